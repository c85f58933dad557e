locnet communities --method walktrap --steps 3 --format table ../reference/classic/karate_edges.csv
