locnet dot --edge-label since --no-legend --size-by none nets/dot_small.json
