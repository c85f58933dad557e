# exit 64
locnet communities --method fast-greedy --seed 3
