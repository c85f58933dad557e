# exit 64
locnet dot --size-by influence ../../data/fr-vn.json
