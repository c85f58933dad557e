# exit 65
locnet partners Atlantis ../../data/fr-vn.json
