# exit 64
locnet validate --columns a=x nets/two.json
