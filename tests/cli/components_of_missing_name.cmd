# exit 64
locnet components --of
