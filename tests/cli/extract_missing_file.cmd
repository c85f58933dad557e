# exit 66
locnet extract bad/no_such_article.txt
