# a map: panels for far countries, every node pinned, the legend right of the panels
locnet dot --layout geo ../../data/fr-vn.json
