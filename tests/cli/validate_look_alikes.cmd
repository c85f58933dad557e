# validate lists the localities of one country and one level whose names differ only in case, spacing, compatibility forms (NFKC) or diacritics, cedilla and comma below included; a department and a commune both named Paris, or two countries' Iași, are not look-alikes
locnet validate nets/look_alikes.json
