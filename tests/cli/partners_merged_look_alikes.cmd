# merged, Chișinău (the spelling with more partnerships) keeps every partnership of both, with the way each came; the partnership between the two spellings is dropped; the other spelling and the aliases are aliases
locnet partners Chisinau --look-alikes spelling --format csv nets/look_alikes.json
locnet convert --look-alikes spelling nets/look_alikes.json --to json 2>/dev/null | grep -A 8 '"MD-2"'
