locnet centrality --measure strength,eigenvector,pagerank --weight weight --format csv nets/weighted.csv
