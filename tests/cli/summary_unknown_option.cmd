# exit 64
locnet summary --frobnicate nets/two.json
