locnet convert --to json nets/ends.csv --localities nets/places.csv --sources nets/sources.csv
