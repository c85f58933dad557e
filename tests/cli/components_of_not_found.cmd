# exit 65
locnet components --of Atlantis ../../data/fr-vn.json
