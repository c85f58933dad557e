# exit 65
locnet validate bad/nul_byte.json
