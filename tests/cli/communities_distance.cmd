# exit 64
locnet communities --distance km nets/weighted.csv
