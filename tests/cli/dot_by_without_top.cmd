# exit 64
locnet dot --by pagerank ../../data/fr-vn.json
