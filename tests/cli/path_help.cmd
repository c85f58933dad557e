locnet path -h
