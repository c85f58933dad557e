# exit 65
# lines that end with a carriage return alone (old Mac files) are counted as lines: problems are reported where an editor shows them; CSV reads them as row ends
locnet validate nets/cr_only.csv
locnet validate bad/cr_only.json
locnet validate bad/cr_only.ndjson
locnet validate bad/cr_only.csv
