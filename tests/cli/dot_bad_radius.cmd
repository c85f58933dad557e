# exit 64
locnet dot --radius -1 --around "Ha Noi" ../../data/fr-vn.json
