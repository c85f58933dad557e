locnet communities --weight weight --format table nets/weighted.csv
