locnet help summary
