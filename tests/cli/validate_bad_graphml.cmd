# exit 65
locnet validate bad/malformed.graphml
