locnet timeline --measure pagerank --top 3 --format csv ../../data/fr-vn.json
