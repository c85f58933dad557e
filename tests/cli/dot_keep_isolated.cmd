locnet dot --keep-isolated --no-legend nets/dot_small.json
