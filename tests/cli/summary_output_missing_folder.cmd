# exit 73
locnet summary --format csv -o no/such/folder/out.csv nets/two.json
