locnet timeline --format csv --as-of 2025-07-01 nets/chain.json
