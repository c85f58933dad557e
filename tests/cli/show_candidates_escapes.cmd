# exit 65
# candidate lists are shown escaped and padded by display width, not by bytes
locnet partners Huế nets/terminal_hostile.json
locnet partners Hu nets/terminal_hostile.json
