locnet dot --size-by betweenness --no-legend --layout neato nets/dot_small.json
