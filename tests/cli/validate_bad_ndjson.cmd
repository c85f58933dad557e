# exit 65
locnet validate bad/ndjson_problems.ndjson
