locnet convert --to json nets/networkx.graphml
