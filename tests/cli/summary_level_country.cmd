locnet summary --level country --format csv nets/twins.csv
