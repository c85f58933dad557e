# An event whose place or co-chairs the filters leave out still names them: with --kind twinning the network keeps no Lille, yet the 1st conference is at Lille; at country level the co-chairs are the countries
locnet events --kind twinning --until 1996 --format csv
locnet events --sessions --level country --since 2016 --format csv
