locnet dot --cluster country --no-legend nets/dot_small.json
