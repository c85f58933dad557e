# exit 64
locnet validate --columns foo=bar nets/ends.csv
