locnet dot --color-by component --size-by none nets/dot_small.json
