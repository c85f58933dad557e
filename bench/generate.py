#!/usr/bin/python3
"""Generate a heavy-tailed locality network for locnet's benchmark.

    /usr/bin/python3 bench/generate.py --localities 100000 --partnerships 500000 -o big.json
    /usr/bin/python3 bench/generate.py --preset 100k -o bench/data/100k.json

The network is a Chung-Lu random multigraph: locality i gets the weight (i + i0)^(-1/(gamma-1))
with gamma = 2.3, and each partnership draws both ends in proportion to weight (self-links are
drawn again). Degrees then follow a power law with exponent gamma: a few hubs with thousands of
partnerships, a long tail of localities with one or two, and some with none.

Records look like locnet's own data: localities have id, name (with diacritics now and then),
country (about 200 codes, Zipf-distributed), level, lat and lon, and a few aliases; partnerships
have a, b, kind and since (90 %), and some have until; half have one to three themes; every one
cites one source (a fifth cite two) out of 20; 1 % have a note. The output is locnet/1 JSON (one
record per line, as locnet writes it), NDJSON (one object per line with "type"), or CSV (an edge
table; --localities-csv writes the localities, --sources-csv the sources).

Deterministic: the same arguments give the same bytes. Only the standard library is used.
"""

import argparse
import json
import random
import sys

PRESETS = {
    "1k": (1000, 5000),
    "100k": (100000, 500000),
    "1m": (1000000, 5000000),
    "50k": (50000, 250000),
}

GAMMA = 2.3
COUNTRIES = (
    "FR VN US DE CN JP IT ES GB PL RU UA BR MX IN KR TR RO CZ SE NL BE AT CH HU PT GR FI NO DK "
    "SK BG HR RS SI LT LV EE IE IL CA AU NZ AR CL CO PE VE CU TH ID MY PH LA KH MM BD PK IR IQ "
    "SA EG MA DZ TN SN CI NG GH KE TZ ZA ET UG AO MZ MG CM BF ML NE TD SD LY JO LB SY AM GE AZ "
    "KZ UZ KG TJ TM MN NP LK AF BY MD AL MK BA ME XK CY MT LU IS EC BO PY UY CR PA NI HN SV GT "
    "DO HT JM TT BS BB PR FJ PG WS TO VU SB NC PF GL FO AD MC SM LI GI IM JE GG QA KW BH OM AE "
    "YE PS TW HK MO BN TL BT MV SC MU KM DJ ER SO SS RW BI CD CG GA GQ CF ST CV GM GN GW SL LR "
    "TG BJ MR EH NA BW ZM ZW MW LS SZ GY SR GF GP MQ RE YT BM KY VG AG DM LC VC GD KN AW CW SX"
).split()
LEVELS = ["commune", "commune", "commune", "city", "district", "department", "province", "region"]
SYLLABLES = ["an", "bel", "ca", "do", "en", "fa", "ga", "ha", "ia", "ko", "la", "mo", "na", "or",
             "pi", "qu", "ra", "sa", "ta", "ul", "va", "wi", "xa", "yo", "za", "Hà", "Nội", "Huế",
             "Đà", "Nẵng", "Île", "Sèvres", "Lyon", "Brest", "Tours", "Metz", "Nîmes", "Thủ",
             "Đức", "Cần", "Thơ", "Bến", "Tre", "Sơn", "La"]
KINDS = ["agreement"] * 16 + ["twinning"] * 3 + ["cochair"]
THEMES = ["culture", "education", "heritage", "health", "urban planning", "agriculture", "water",
          "tourism", "economy", "youth"]


def zipf_weights(count, exponent):
    return [1.0 / (rank + 1) ** exponent for rank in range(count)]


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def name_of(rng, index):
    parts = [rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))]
    word = "".join(parts)
    return "%s%s %d" % (word[0].upper(), word[1:], index)


def localities(rng, count):
    country_cum = cumulative(zipf_weights(len(COUNTRIES), 1.1))
    countries = rng.choices(COUNTRIES, cum_weights=country_cum, k=count)
    for i in range(count):
        record = {
            "id": "L%d" % (i + 1),
            "name": name_of(rng, i + 1),
            "country": countries[i],
            "level": rng.choice(LEVELS),
            "lat": round(rng.uniform(-60, 70), 4),
            "lon": round(rng.uniform(-180, 180), 4),
        }
        if rng.random() < 0.05:
            record["aliases"] = [name_of(rng, i + 1)]
        yield record


def partnerships(rng, localities_count, count, source_ids):
    i0 = max(1.0, localities_count / 200.0)
    weights = [(i + i0) ** (-1.0 / (GAMMA - 1.0)) for i in range(localities_count)]
    # Shuffle which id gets which weight, so hubs are spread through the file.
    order = list(range(localities_count))
    rng.shuffle(order)
    cum = cumulative(weights)
    produced = 0
    while produced < count:
        batch = min(200000, count - produced)
        ends_a = rng.choices(order, cum_weights=cum, k=batch)
        ends_b = rng.choices(order, cum_weights=cum, k=batch)
        for a, b in zip(ends_a, ends_b):
            while a == b:
                b = rng.choices(order, cum_weights=cum, k=1)[0]
            record = {"a": "L%d" % (a + 1), "b": "L%d" % (b + 1), "kind": rng.choice(KINDS)}
            if rng.random() < 0.9:
                record["since"] = rng.randint(1950, 2025)
                if rng.random() < 0.03:
                    record["until"] = rng.randint(record["since"], 2025)
            if rng.random() < 0.5:
                record["themes"] = rng.sample(THEMES, rng.randint(1, 3))
            record["sources"] = rng.sample(source_ids, 1 if rng.random() < 0.8 else 2)
            if rng.random() < 0.01:
                record["note"] = "renewed in %d" % rng.randint(1990, 2025)
            yield record
            produced += 1


def sources(count):
    for i in range(count):
        yield {"id": "src-%02d" % (i + 1), "title": "Cooperation report %d" % (i + 1),
               "publisher": "Benchmark press", "date": "20%02d-0%d" % (i % 25, 1 + i % 9)}


def dumps(record):
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_json(out, srcs, locs, parts):
    out.write('{\n  "format": "locnet/1",\n  "sources": [')
    for name, records in (("sources", srcs), ("localities", locs), ("partnerships", parts)):
        if name != "sources":
            out.write('],\n  "%s": [' % name)
        first = True
        for record in records:
            out.write("\n    " if first else ",\n    ")
            out.write(dumps(record))
            first = False
        if not first:
            out.write("\n  ")
    out.write("]\n}\n")


def write_ndjson(out, srcs, locs, parts):
    for kind, records in (("source", srcs), ("locality", locs), ("partnership", parts)):
        for record in records:
            out.write(dumps(dict({"type": kind}, **record)))
            out.write("\n")


def csv_cell(value):
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = "" if value is None else str(value)
    if any(c in text for c in ',"\n\r'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def write_csv(out, columns, records):
    out.write(",".join(columns) + "\n")
    for record in records:
        out.write(",".join(csv_cell(record.get(c)) for c in columns) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preset", choices=sorted(PRESETS))
    parser.add_argument("--localities", type=int)
    parser.add_argument("--partnerships", type=int)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--to", choices=["json", "ndjson", "csv"], default=None,
                        help="output format (default: from the extension of -o, else json)")
    parser.add_argument("--localities-csv", help="with --to csv: also write the localities here")
    parser.add_argument("--sources-csv", help="with --to csv: also write the sources here")
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    if args.preset:
        n, m = PRESETS[args.preset]
    else:
        n, m = args.localities or 1000, args.partnerships or 5000
    fmt = args.to
    if fmt is None:
        fmt = next((f for f in ("ndjson", "csv", "json") if args.output.endswith("." + f)), "json")
    rng = random.Random(args.seed)
    source_ids = ["src-%02d" % (i + 1) for i in range(20)]
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8",
                                                     newline="\n")
    locs = localities(random.Random(args.seed + 1), n)
    parts = partnerships(rng, n, m, source_ids)
    if fmt == "json":
        write_json(out, sources(20), locs, parts)
    elif fmt == "ndjson":
        write_ndjson(out, sources(20), locs, parts)
    else:
        write_csv(out, ["a", "b", "kind", "since", "until", "themes", "sources", "note"], parts)
        if args.localities_csv:
            with open(args.localities_csv, "w", encoding="utf-8", newline="\n") as loc_out:
                write_csv(loc_out, ["id", "name", "country", "level", "lat", "lon", "aliases"],
                          locs)
        if args.sources_csv:
            with open(args.sources_csv, "w", encoding="utf-8", newline="\n") as source_out:
                write_csv(source_out, ["id", "title", "publisher", "date"], sources(20))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
