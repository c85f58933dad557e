# exit 65
locnet validate bad/csv_quote.csv
