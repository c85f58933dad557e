# exit 74
locnet convert nets/two.json --to graphml -o /dev/full
