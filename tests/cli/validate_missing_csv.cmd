# exit 66
locnet validate nets/ends.csv --localities nets/no_such_file.csv
