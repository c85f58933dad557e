# exit 65
# an error message quoting the input shows its control characters escaped: no retitle, no clear, no forged line
locnet validate bad/terminal_escape.json
