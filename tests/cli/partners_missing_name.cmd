# exit 64
locnet partners
