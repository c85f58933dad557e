# exit 65
locnet dot --around "Bordeaux" ../../data/fr-vn.json
