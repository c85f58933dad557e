# exit 65
locnet partners hue nets/two_hue.json
