# two successions: Old Town (2016) -> Middle Town (2025) -> New Town
locnet partners "New Town" --as-of 2025-07-01 --format csv nets/chain.json
locnet partners "Middle Town" --as-of 2020 --format csv nets/chain.json
