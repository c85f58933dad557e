locnet dot --size-by pagerank --no-legend nets/dot_small.json
