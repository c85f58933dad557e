locnet communities -h
