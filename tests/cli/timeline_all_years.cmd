locnet timeline --all-years --format csv ../../data/fr-vn.json
