locnet summary --format csv --as-of 2025-07-01 ../../data/fr-vn.json
