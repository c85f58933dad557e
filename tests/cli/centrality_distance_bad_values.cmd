# exit 65
locnet centrality --measure closeness --distance km nets/bad_weights.csv
