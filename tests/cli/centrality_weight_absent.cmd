# exit 65
locnet centrality --measure pagerank --weight wieght nets/weighted.csv
