# exit 65
locnet dot --around "Paris" ../../data/fr-vn.json
