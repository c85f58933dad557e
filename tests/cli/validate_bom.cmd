locnet validate nets/bom.json
