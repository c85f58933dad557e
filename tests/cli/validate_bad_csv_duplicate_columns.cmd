# exit 65
# a header written twice for one field (case ignored) is refused at the second one, as JSON's duplicate keys are: Python's csv.DictReader would read the last, locnet read the first
locnet validate bad/csv_duplicate_columns.csv
