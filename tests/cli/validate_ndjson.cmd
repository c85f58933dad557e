locnet validate nets/two.ndjson
