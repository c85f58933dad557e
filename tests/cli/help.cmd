locnet help
