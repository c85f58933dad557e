# exit 65
locnet validate bad/deep.json
