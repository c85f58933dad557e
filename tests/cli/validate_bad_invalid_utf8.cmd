# exit 65
locnet validate bad/invalid_utf8.json
