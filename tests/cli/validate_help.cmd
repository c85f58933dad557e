locnet validate --help
