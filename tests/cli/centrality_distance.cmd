locnet centrality --measure betweenness,closeness,harmonic --distance km --format csv nets/weighted.csv
