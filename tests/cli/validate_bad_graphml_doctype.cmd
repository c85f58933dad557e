# exit 65
# a document type whose internal subset declares entities, then breaks: libxml2's message at its place, and the declarations libxml2 kept are freed (the sanitizer and valgrind passes run this test)
locnet validate bad/graphml_doctype.graphml
