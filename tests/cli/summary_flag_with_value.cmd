# exit 64
locnet summary --largest=1 nets/two.json
