locnet path --distance km --format table Brest Hanoi nets/weighted.csv
