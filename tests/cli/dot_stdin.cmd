locnet dot --no-legend --size-by none - < nets/two.json
