# exit 65
locnet validate bad/unknown_locality.json
