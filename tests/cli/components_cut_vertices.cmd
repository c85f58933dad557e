locnet components --cut-vertices --format table ../../data/fr-vn.json
locnet components --cut-vertices --format csv ../../data/fr-vn.json
locnet components --cut-vertices --format json --of 'Ha Noi' ../../data/fr-vn.json
locnet components --cut-vertices --format md --of Rennes ../../data/fr-vn.json
