# exit 64
# -o "" is a usage error, not a write failure
locnet summary -o "" nets/two.json
