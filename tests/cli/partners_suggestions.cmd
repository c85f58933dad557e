# exit 65
locnet partners lyo ../../data/fr-vn.json
