locnet partners "Hải Phòng" --as-of 2025-07-01 --format csv ../../data/fr-vn.json
