#!/usr/bin/env python3
"""Turns the world twin-town list (city1,country1,lat1,lng1,city2,country2,lat2,lng2) into a
locnet/1 JSON network, for trying `locnet dot` on a 26,000-partnership network until locnet reads
CSV itself. Standard library only; country names become ISO 3166-1 alpha-2 codes through Debian's
iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) when present, a few hand mappings, and
user-assigned codes (XA, XB, ...) for the rest.

usage: twincities_to_locnet.py twin_cities.csv > twin_cities.json
"""
import csv
import json
import sys

HAND = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
        "Russia": "RU", "Czech Republic": "CZ", "South Korea": "KR", "North Korea": "KP",
        "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Taiwan": "TW", "Moldova": "MD",
        "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Laos": "LA", "Macedonia": "MK",
        "Kosovo": "XK", "Palestine": "PS", "Brunei": "BN", "Cape Verde": "CV", "Ivory Coast": "CI",
        "United States": "US", "United Kingdom": "GB", "Turkey": "TR"}


def country_codes():
    codes = dict(HAND)
    try:
        with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
            for entry in json.load(f)["3166-1"]:
                for key in ("name", "common_name", "official_name"):
                    if key in entry:
                        codes.setdefault(entry[key], entry["alpha_2"])
    except OSError:
        pass
    return codes


def main():
    codes = country_codes()
    # ISO 3166-1's user-assigned codes (XK, Kosovo's, is taken): XA to XZ, then QM to QZ
    spare = iter(["X" + b for b in "ABCDEFGHIJLMNOPQRSTUVWXYZ"] + ["Q" + b for b in "MNOPQRSTUVWXYZ"])
    localities, ids, partnerships = [], {}, []

    def locality(city, country, lat, lng):
        code = codes.get(country)
        if code is None:
            code = codes[country] = next(spare)
        key = (city, country)
        if key not in ids:
            ids[key] = "%s-%d" % (code, len(ids) + 1)
            item = {"id": ids[key], "name": city, "country": code, "level": "city"}
            try:
                item["lat"], item["lon"] = float(lat), float(lng)
                if not (-90 <= item["lat"] <= 90 and -180 <= item["lon"] <= 180):
                    del item["lat"], item["lon"]
            except ValueError:
                pass
            localities.append(item)
        return ids[key]

    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a = locality(row["city1"], row["country1"], row["lat1"], row["lng1"])
            b = locality(row["city2"], row["country2"], row["lat2"], row["lng2"])
            if a != b:
                partnerships.append({"a": a, "b": b, "kind": "twinning", "sources": ["hekman"]})
    json.dump({"format": "locnet/1",
               "sources": [{"id": "hekman", "title": "twin_cities.csv",
                            "publisher": "Hekman/twincities (GitHub), data from Wikipedia",
                            "date": "2026-11"}],
               "localities": localities, "partnerships": partnerships},
              sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
