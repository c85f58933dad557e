# exit 65
locnet validate bad/year_fraction.json
