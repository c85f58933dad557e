locnet centrality --measure strength,pagerank --weight weight --format csv nets/gephi.graphml
