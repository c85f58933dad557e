locnet components --until 1999 --format table ../../data/fr-vn.json
locnet components --until 1999 --bridges --format csv ../../data/fr-vn.json
locnet components --since 2023 --format table ../../data/fr-vn.json
locnet components --kind twinning --cut-vertices --format table ../../data/fr-vn.json
locnet components --as-of 2025 --cut-vertices --format table ../../data/fr-vn.json
