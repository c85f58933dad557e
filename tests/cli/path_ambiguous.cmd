# exit 65
locnet path Hue Rennes nets/two_hue.json
