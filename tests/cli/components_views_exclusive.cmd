# exit 64
locnet components --bridges --cut-vertices ../../data/fr-vn.json
