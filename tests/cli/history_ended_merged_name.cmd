# exit 65
# Đống Đa is part of Hà Nội as of 2025-07-01
locnet partners "Đống Đa" --as-of 2025-07-01 ../../data/fr-vn.json
