locnet convert --to graphml nets/forward_refs.json
