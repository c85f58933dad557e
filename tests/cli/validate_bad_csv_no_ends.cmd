# exit 65
locnet validate bad/csv_no_ends.csv
