locnet components --biconnected --format table ../../data/fr-vn.json
locnet components --biconnected --format csv --of 'Ha Noi' ../../data/fr-vn.json
locnet components --biconnected --format json --of VN-06 ../../data/fr-vn.json
locnet components --biconnected --format md --of 'Da Nang' ../../data/fr-vn.json
