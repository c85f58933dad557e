locnet centrality --measure coreness,strength --top 6 --format csv ../reference/generated/disconnected.json
