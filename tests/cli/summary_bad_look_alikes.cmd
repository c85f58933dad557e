# exit 64
locnet summary --look-alikes accents nets/look_alikes.json
