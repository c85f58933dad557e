# exit 65
locnet components --of 'ha' ../../data/fr-vn.json
