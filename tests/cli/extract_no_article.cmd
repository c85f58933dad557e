# exit 64
locnet extract
