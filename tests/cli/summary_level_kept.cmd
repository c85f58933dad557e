locnet summary --format csv --level department nets/chain.json
