# exit 65
locnet validate bad/cycles.json
