# exit 65
locnet validate bad/year_zero.json
