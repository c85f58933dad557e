# exit 65
locnet validate --columns since=year nets/ends.csv
