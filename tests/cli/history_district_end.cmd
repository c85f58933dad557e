# Đống Đa and Nha Trang ended on 2025-07-01 (the district level was abolished): from that day
# their partnerships are held by their province; the day before, nothing moves
locnet partners "Hà Nội" --as-of 2025-07-01 --format csv ../../data/fr-vn.json | grep -e '^id,' -e 'Đống Đa'
locnet partners "Khánh Hòa" --as-of 2025-07-01 --format csv ../../data/fr-vn.json
locnet partners "Đống Đa" --as-of 2025-06-30 --format csv ../../data/fr-vn.json
# the old city of Huế ended on 2025-01-01: its partnerships go to its province, which became
# the centrally governed city of Huế that day
locnet partners VN-HUE --as-of 2025-01-01 --format csv ../../data/fr-vn.json | grep -c 'Huế (thành phố thuộc tỉnh) → Huế'
# an end with no source cited still moves the partnerships (VN-X to Hà Nội)
locnet partners "Île-de-France" --as-of 2026 --format csv nets/events.json
