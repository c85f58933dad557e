# exit 65
locnet validate bad/blank.json
