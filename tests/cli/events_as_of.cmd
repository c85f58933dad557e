# with --as-of, places and co-chairs are the units that held them on that date: the 6th
# conference (2005, in the old city of Huế) is in Huế
locnet events --as-of 2025-07-01 --format csv ../../data/fr-vn.json | grep -e '^id,' -e assises-06
locnet events --sessions --as-of 2025-07-01 --format csv nets/events.json
