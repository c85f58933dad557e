# exit 65
locnet summary bad/many_problems.json
