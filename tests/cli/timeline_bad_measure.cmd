# exit 64
locnet timeline --measure fame nets/chain.json
