# exit 64
locnet centrality --measure pagerank --distance km nets/weighted.csv
