# kinds drawn as asked; the most common kind otherwise solid
locnet dot --edge-style cochair=bold,twinning=dotted --no-legend nets/dot_small.json
