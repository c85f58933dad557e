locnet convert --to csv nets/tabs.tsv
