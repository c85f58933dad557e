# --since and --until keep the events that started in those years (the bundled data: the 10th to 12th conferences from 2016; only the 9th and 10th between 2013 and 2016; no session before 2006)
locnet events --since 2016 --format csv
locnet events --since 2013 --until 2016 --format csv
locnet events --until 2005 --sessions --format csv
