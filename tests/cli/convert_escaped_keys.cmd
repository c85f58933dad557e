# a key written with an escape ("\u0073ources") is read as the key it spells, and the list under it is the one written there, not a later member's of the same name ("extra": {"sources": ["s2"]}): the ended locality keeps ["s1"]
locnet convert --to ndjson nets/escaped_keys.json
