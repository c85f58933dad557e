# exit 64
locnet communities --method walktrap --resolution 2
