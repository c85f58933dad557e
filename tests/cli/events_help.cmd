locnet events -h
