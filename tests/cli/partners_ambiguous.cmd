# exit 65
locnet partners hue ../../data/fr-vn.json
