locnet convert --to ndjson nets/forward_refs.json
