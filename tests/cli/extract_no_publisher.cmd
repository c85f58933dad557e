# exit 65
locnet extract ../extract/own/vn_danh_sach.txt
