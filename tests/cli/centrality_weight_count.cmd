locnet centrality --measure strength,pagerank --weight count --format csv nets/weighted.csv
