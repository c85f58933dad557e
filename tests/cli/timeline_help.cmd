locnet timeline -h
