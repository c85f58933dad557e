# a network without events lists none
locnet events --format csv nets/two.json
