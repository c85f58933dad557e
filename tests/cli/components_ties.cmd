locnet components --format table ../reference/generated/ties.json
locnet components --cut-vertices --format table ../reference/generated/ties.json
locnet components --bridges --format table ../reference/generated/ties.json
