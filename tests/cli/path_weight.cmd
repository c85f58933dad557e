# exit 64
locnet path --weight weight Brest Hanoi nets/weighted.csv
