# exit 65
locnet dot bad/duplicate_id.json
