# exit 65
locnet path Hue Rennes ../../data/fr-vn.json
