locnet report -h
