locnet dot --no-legend nets/dot_hostile.json
