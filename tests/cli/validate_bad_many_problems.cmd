# exit 65
locnet validate bad/many_problems.json
