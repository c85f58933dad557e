# exit 65
locnet dot --around hue ../../data/fr-vn.json
