# exit 65
locnet components --until 1999 --of 'Le Havre' ../../data/fr-vn.json
locnet components --as-of 2020 --of Aquitaine ../../data/fr-vn.json
