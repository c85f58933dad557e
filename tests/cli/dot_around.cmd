locnet dot --around "ha noi" --radius 1 ../../data/fr-vn.json
