# exit 65
locnet extract bad/extract_english.txt
