# exit 64
locnet dot --colour-by kind nets/dot_small.json
