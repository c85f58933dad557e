# only the 2 localities with most partners are named; the others are small nodes
locnet dot --labels 2 --no-legend nets/dot_small.json
