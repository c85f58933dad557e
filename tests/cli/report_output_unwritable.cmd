# exit 73
locnet report --diagram-top 5 -o /nonexistent-folder/report.html ../../data/fr-vn.json
