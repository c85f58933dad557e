locnet timeline --measure degree --top 2 --format table nets/chain.json
