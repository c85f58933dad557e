# exit 65
locnet validate bad/csv_problems.csv
