# against the bundled network: the 2023 co-chairs are known; merging adds the article as a source
t=$(mktemp -d)
locnet extract --format csv --known ../../data/fr-vn.json --publisher Test ../extract/own/fr_assises.txt ../extract/own/vn_danh_sach.txt
locnet extract --merge ../../data/fr-vn.json --publisher Test ../extract/own/fr_assises.txt ../extract/own/vn_danh_sach.txt -o "$t/m.json"
locnet summary --format csv "$t/m.json" | head -3
locnet partners --format csv "Île-de-France" "$t/m.json"
rm -rf "$t"
