locnet dot --palette JP=#bc002d,XX=#0f0 --shapes prefecture=star,commune=circle nets/dot_small.json
