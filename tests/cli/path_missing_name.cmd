# exit 64
locnet path Rennes
