locnet validate nets/forward_refs.json
