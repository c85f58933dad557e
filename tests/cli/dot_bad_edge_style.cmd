# exit 64
locnet dot --edge-style agreement=wavy nets/dot_small.json
