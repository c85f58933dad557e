locnet convert -h
