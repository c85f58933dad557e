locnet convert --to graphml nets/gephi.graphml
