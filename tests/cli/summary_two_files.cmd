# exit 64
locnet summary nets/two.json nets/bom.json
