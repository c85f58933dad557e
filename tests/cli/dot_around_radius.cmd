locnet dot --around VN-26-hue --radius 2 --no-legend nets/dot_small.json
