locnet partners --format table VN-SG ../../data/fr-vn.json
