# exit 64
locnet communities --method spectral
