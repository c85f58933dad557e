# exit 65
locnet components --until 1999 --of Rennes ../../data/fr-vn.json
