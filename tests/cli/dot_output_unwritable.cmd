# exit 73
locnet dot -o /nonexistent-folder/diagram.dot ../../data/fr-vn.json
