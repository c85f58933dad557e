locnet components --format csv ../reference/generated/star_and_path.json
locnet components --cut-vertices --format csv ../reference/generated/star_and_path.json
locnet components --bridges --format csv ../reference/generated/star_and_path.json
locnet components --biconnected --format table ../reference/generated/star_and_path.json
