# exit 64
locnet centrality --s 3 nets/two.json
