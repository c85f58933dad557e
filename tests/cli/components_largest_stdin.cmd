locnet components --largest --bridges --format table ../../data/fr-vn.json
locnet components --format table - < nets/two.json
