# one row per session, with its co-chairs' ids and names
locnet events --sessions --format csv ../../data/fr-vn.json
locnet events --sessions --format json nets/events.json
