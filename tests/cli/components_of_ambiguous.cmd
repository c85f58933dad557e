# exit 65
locnet components --of hue ../../data/fr-vn.json
