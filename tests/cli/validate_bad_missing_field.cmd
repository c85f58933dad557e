# exit 65
locnet validate bad/missing_field.json
