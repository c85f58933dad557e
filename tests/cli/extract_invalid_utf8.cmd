# exit 65
locnet extract bad/extract_invalid_utf8.txt
