locnet convert --to csv ../../data/fr-vn.json > /dev/null
