# exit 64
locnet summary --as-of 2025-13-01 nets/chain.json
