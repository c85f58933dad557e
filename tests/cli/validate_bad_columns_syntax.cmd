# exit 64
locnet validate --columns a nets/ends.csv
