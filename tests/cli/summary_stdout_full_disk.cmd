# exit 74
locnet summary --format csv nets/two.json > /dev/full
