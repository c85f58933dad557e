# exit 65
locnet report -o /nonexistent-folder/report.html bad/blank.json
