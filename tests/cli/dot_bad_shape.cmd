# exit 64
locnet dot --shapes region=record ../../data/fr-vn.json
