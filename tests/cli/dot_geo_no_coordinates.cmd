# localities without coordinates: beside their parent, else in the margin, and named
locnet dot --layout geo --no-legend nets/geo_partial.json
