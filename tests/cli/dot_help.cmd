locnet dot -h
