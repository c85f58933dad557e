locnet validate nets/two.json
