locnet validate - < nets/gephi.graphml
