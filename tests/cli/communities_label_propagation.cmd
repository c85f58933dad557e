locnet communities --method label-propagation --trials 3 --format csv ../reference/classic/karate_edges.csv
