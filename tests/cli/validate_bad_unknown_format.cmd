# exit 65
locnet validate bad/unknown_format.json
