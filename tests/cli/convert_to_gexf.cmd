locnet convert nets/two.json --to gexf
