# exit 64
locnet
