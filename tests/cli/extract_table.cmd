locnet extract --format table ../extract/own/vn_danh_sach.txt ../extract/own/fr_jumelage.txt --date 2023-05
