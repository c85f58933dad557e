locnet communities --method infomap --trials 2 --format json ../reference/classic/florentine_edges.csv
