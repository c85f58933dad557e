locnet summary --format csv --kind cochair ../../data/fr-vn.json
