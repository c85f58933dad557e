locnet communities --format csv nets/pair_and_loners.json
