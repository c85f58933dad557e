# exit 65
locnet validate bad/duplicate_id.json
