# exit 64
locnet centrality --measure pagerank,betweenness --weight weight nets/weighted.csv
