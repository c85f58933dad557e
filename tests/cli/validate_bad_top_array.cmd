# exit 65
locnet validate bad/top_array.json
