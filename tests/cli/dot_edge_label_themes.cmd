locnet dot --edge-label themes --no-legend --size-by none nets/dot_small.json
