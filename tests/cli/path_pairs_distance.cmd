locnet path --pairs nets/pairs_weighted.csv --distance km --format csv nets/weighted.csv
