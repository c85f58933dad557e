locnet summary -h
