# exit 64
locnet summary --since 19x9 nets/two.json
