# exit 64
locnet dot --palette VN=red ../../data/fr-vn.json
