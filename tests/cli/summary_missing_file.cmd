# exit 66
locnet summary bad/no_such_file.json
