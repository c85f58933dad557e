# exit 64
locnet dot --edge-label note ../../data/fr-vn.json
