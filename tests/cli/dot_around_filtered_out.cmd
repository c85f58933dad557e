# exit 65
locnet dot --kind cochair --around "Lyon" ../../data/fr-vn.json
