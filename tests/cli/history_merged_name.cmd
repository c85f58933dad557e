# exit 65
# Yên Bái is part of Lào Cai as of 2025-07-01
locnet partners "Yên Bái" --as-of 2025-07-01 ../../data/fr-vn.json
