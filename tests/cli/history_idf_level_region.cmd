locnet partners "Île-de-France" --level region --format csv ../../data/fr-vn.json
