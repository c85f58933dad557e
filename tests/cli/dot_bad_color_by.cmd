# exit 64
locnet dot --color-by kind nets/dot_small.json
