locnet validate --from ndjson - < nets/two.ndjson
