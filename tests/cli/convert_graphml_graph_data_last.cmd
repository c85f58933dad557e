# the graph's own data may follow its nodes and edges (GraphML allows it): its sources are read, not dropped
locnet convert nets/graph_data_last.graphml --to json
