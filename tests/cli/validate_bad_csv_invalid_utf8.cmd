# exit 65
locnet validate bad/csv_invalid_utf8.csv
