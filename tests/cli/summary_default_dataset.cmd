# the bundled dataset is found without FILE
locnet summary --format csv
