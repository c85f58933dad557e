# report CSV guards text cells against formulas, leaves numbers alone; --raw-csv turns it off
locnet partners L1 --format csv nets/formulas.json
locnet partners L1 --format csv --raw-csv nets/formulas.json
locnet summary --format csv nets/formulas.json | grep -i "kind,"
