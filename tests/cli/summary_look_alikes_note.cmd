# a command that loads a network with look-alike names says so once; --look-alikes merges them (spelling: not Münster and Munster; diacritics: those too)
locnet summary --format csv nets/look_alikes.json | grep total
locnet summary --format csv --look-alikes spelling nets/look_alikes.json | grep total
locnet summary --format csv --look-alikes diacritics nets/look_alikes.json | grep total
