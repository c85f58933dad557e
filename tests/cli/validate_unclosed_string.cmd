# exit 65
# a string never closed (a file cut short, a quote missing) is reported at its opening quote, not at its first letter as if that letter were wrong; in NDJSON each line is its own record
locnet validate bad/unclosed_string.json
locnet validate bad/unclosed_string.ndjson
