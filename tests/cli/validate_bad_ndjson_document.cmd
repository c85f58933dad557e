# exit 65
# a whole locnet/1 document on one line of an NDJSON file is refused (it once read as a valid network of nothing); read as JSON, it is the network it holds; a partnership without its "type" (it has "sources" too) is no document; a document written over several lines is said once, not line by line
locnet validate --from json bad/document.ndjson
locnet validate bad/untyped.ndjson
locnet validate bad/document.ndjson
locnet validate bad/pretty.ndjson
