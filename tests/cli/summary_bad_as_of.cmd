# exit 64
# a date written otherwise, and dates of the right shape that no calendar has
locnet summary --as-of 2025/07 nets/chain.json
locnet summary --as-of 2025-13-01 nets/chain.json
locnet summary --as-of 2023-02-29 nets/chain.json
