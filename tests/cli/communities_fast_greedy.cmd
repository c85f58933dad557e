locnet communities --method fast-greedy --format table ../reference/classic/lesmis_edges.csv
