locnet centrality --measure eigenvector --format csv nets/two_triangles.csv
