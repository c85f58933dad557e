locnet centrality --country vn --measure strength,degree --top 5 --format csv ../../data/fr-vn.json
