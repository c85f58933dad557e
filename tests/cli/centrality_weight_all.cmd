locnet centrality --weight weight --top 2 --format csv nets/weighted.csv
