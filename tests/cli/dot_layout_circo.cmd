locnet dot --layout circo --size-by strength --no-legend nets/dot_small.json
