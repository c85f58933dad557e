locnet convert --to csv nets/twins.csv
