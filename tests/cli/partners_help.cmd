locnet partners -h
