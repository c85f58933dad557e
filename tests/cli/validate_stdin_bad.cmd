# exit 65
locnet validate - < bad/self_loop.json
