locnet components -h
