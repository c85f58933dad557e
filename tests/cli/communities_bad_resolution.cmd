# exit 64
locnet communities --method leiden --resolution -1
