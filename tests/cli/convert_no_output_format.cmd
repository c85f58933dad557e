# exit 64
locnet convert nets/two.json
