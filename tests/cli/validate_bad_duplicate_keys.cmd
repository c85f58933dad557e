# exit 65
# an object that gives one key twice is refused where the second one is written (readers disagree: cJSON keeps the first "a", Python's json the last): in records, in their nested objects (with an escaped name), at the top level, on NDJSON's format line, and in a map written as JSON in a CSV cell
locnet validate bad/duplicate_keys.json
locnet validate bad/duplicate_keys.ndjson
locnet validate bad/duplicate_keys_edges.csv --localities bad/duplicate_keys_localities.csv
