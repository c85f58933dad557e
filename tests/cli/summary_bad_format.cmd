# exit 64
locnet summary --format xml nets/two.json
