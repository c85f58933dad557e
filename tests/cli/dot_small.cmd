locnet dot nets/dot_small.json
