# exit 65
locnet centrality --weight weight nets/bad_weights.csv
