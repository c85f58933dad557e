# exit 66
locnet validate bad/no_such_file.json
