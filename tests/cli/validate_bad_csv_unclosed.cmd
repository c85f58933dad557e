# exit 65
locnet validate bad/csv_unclosed.csv
