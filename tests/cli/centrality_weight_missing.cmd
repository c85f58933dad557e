# exit 65
locnet centrality --measure pagerank --weight weight ../reference/classic/florentine_edges.csv
