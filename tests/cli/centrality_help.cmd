locnet centrality -h
