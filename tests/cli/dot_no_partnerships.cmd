locnet dot nets/dot_no_partnerships.json
locnet dot --keep-isolated nets/dot_no_partnerships.json
