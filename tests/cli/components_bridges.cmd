locnet components --bridges --format table ../../data/fr-vn.json
locnet components --bridges --format csv ../../data/fr-vn.json
locnet components --bridges --format json --of 'Yen Bai' ../../data/fr-vn.json
locnet components --bridges --format md --of 'Da Nang' ../../data/fr-vn.json
