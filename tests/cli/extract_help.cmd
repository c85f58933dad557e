locnet extract -h
