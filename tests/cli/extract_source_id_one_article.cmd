# exit 64
locnet extract --source-id x ../extract/own/fr_assises.txt ../extract/own/vn_danh_sach.txt
