locnet dot --cluster parent --no-legend --size-by none nets/dot_small.json
