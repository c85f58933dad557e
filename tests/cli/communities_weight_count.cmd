locnet communities --weight count --format csv ../reference/generated/disconnected.json
