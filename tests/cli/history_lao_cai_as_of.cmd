locnet partners "Lào Cai" --as-of 2025-07-01 --format csv ../../data/fr-vn.json
