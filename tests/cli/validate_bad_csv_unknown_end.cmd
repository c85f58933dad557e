# exit 65
locnet validate bad/ends_unknown.csv --localities nets/places.csv
