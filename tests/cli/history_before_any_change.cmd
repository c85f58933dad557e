# before the date of any change nothing moves
locnet partners "Yên Bái" --as-of 2010-01-01 --format csv ../../data/fr-vn.json
locnet summary --as-of 2010-01-01 --format csv ../../data/fr-vn.json | head -2
