# exit 65
locnet validate nets/ends.csv --localities bad/places_bad.csv --sources nets/sources.csv
