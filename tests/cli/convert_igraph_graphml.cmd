locnet convert --to json nets/igraph.graphml
