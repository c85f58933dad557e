# exit 74
locnet summary --format csv -o /dev/full nets/two.json
