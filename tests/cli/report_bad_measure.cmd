# exit 64
locnet report --measure degree,nearness ../../data/fr-vn.json
