locnet dot nets/dot_no_partnerships.json
