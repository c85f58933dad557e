# exit 65
locnet path 'Ha Noi' Atlantis ../../data/fr-vn.json
