# exit 64
locnet convert nets/two.json --to json --localities-out places.csv
