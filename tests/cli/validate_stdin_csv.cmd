locnet validate - < nets/twins.csv
