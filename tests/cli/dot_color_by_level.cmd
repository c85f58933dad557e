locnet dot --color-by level nets/dot_small.json
