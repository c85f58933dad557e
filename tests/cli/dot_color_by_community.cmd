# Louvain communities, seed 1, named by their most partnered locality; with --size-by
locnet dot --color-by community --size-by pagerank ../../data/fr-vn.json
