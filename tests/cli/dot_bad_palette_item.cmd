# exit 64
locnet dot --palette VN ../../data/fr-vn.json
