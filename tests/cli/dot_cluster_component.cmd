locnet dot --cluster component --no-legend --size-by none nets/dot_small.json
