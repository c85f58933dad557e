locnet summary --format csv nets/twins.csv
