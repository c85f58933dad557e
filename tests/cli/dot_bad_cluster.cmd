# exit 64
locnet dot --cluster level ../../data/fr-vn.json
