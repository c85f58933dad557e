# exit 65
locnet validate bad/csv_years.csv
