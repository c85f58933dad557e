# exit 66
locnet validate bad
