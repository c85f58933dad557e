# exit 65
locnet validate bad/empty.json
