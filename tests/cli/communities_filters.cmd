locnet communities --as-of 2025-07-01 --level region --largest -o /dev/stdout --format csv ../../data/fr-vn.json
