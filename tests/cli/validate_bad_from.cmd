# exit 64
locnet validate --from xml nets/two.json
