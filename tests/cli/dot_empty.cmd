locnet dot --kind no-such-kind ../../data/fr-vn.json
