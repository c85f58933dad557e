# exit 64
locnet frobnicate
