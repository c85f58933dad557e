# exit 65
locnet validate bad/wrong_type.json
