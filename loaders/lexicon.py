"""Domain lexicons: countries (pycountry + short names, demonyms, cities, historical states),
blocs, titles of office, institution and treaty words, partnership levels. (The event
vocabulary lives with the rules that read it, in ``rules.py``.)

This is knowledge about diplomacy in general, not about any one article; everything the rules
look up by name comes from here, so extending coverage means extending these lists.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry

from diplograph.graph.models import Country, Organization


# letters Unicode does not decompose into a base letter and an accent ('Yıldırım', 'Wałęsa', 'Støre')
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
                               "œ": "oe", "Œ": "Oe"})


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Accent- and case-insensitive key: 'Phạm Minh Chính' -> 'pham minh chinh'."""
    text = text.replace("’", "'").translate(_UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=100_000)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _load(name: str) -> dict:
    return json.loads(resources.files("diplograph.loaders").joinpath("lexicons", name).read_text("utf-8"))


# ---- titles, roles and institutions ---------------------------------------------------------
# Heads of titles of office, longest first when matched. Lower-case keys; matched case-insensitively
# but only when the article capitalises them or they precede a name.
OFFICE_TITLES = [
    "general secretary", "secretary general", "secretary-general", "president", "vice president", "vice-president",
    "head of state", "head of government",
    "prime minister", "deputy prime minister", "premier", "vice premier", "chancellor", "king", "queen", "emperor",
    "crown prince", "heir apparent", "prince", "sultan", "emir", "amir", "chairman", "chairwoman", "chairperson", "chair", "vice chairman",
    "vice chairwoman", "speaker", "minister", "deputy minister", "vice minister", "foreign minister", "defence minister",
    "defense minister", "state councillor", "state councilor", "secretary of state", "secretary", "ambassador",
    "trade representative", "envoy", "special envoy", "consul general", "consul", "director", "director general",
    "director-general", "deputy director", "head", "governor", "mayor", "senator", "spokesperson", "spokesman",
    "spokeswoman", "commissioner", "high commissioner", "permanent representative", "chief of staff", "commander", "ambassador extraordinary and plenipotentiary", "governor-general", "governor general", "attorney general", "attorney-general", "solicitor general",
    "prosecutor general", "procurator general", "inspector general",
    "party chief", "leader", "pm", "fm", "counterpart", "cabinet secretary", "prime cabinet secretary", "counsellor", "attaché", "charge d'affaires", "chargé d'affaires",
    "president-elect", "prime minister-elect", "prime minister-designate", "pope",
    "foreign policy chief", "high representative", "national security adviser", "national security advisor", "top diplomat",
    "taoiseach", "tánaiste", "tanaiste", "member of parliament", "co-leader", "co-chair", "co-chairman", "co-chairperson",
]
# Roles that make a person a member or staff of an organisation rather than its office-holder.
AFFILIATION_ROLES = [
    "senior expert", "expert", "researcher", "senior researcher", "research fellow", "fellow", "senior fellow",
    "professor", "associate professor", "analyst", "scholar", "economist", "lecturer", "member", "adviser", "advisor",
    "correspondent", "journalist",
]
# Government portfolios: the words of "Minister of Industry and Trade", "Health Secretary", "Ministry of
# Finance". Capitalised, they are part of an office or a ministry's name, never of a person's.
PORTFOLIO_WORDS = {
    "industry", "industries", "finance", "interior", "justice", "health", "education", "agriculture", "economy",
    "commerce", "labour", "labor", "transport", "transportation", "tourism", "environment", "information",
    "communications", "communication", "telecommunications", "planning", "mines", "mining", "petroleum",
    "fisheries", "forestry", "welfare", "housing", "infrastructure", "innovation", "digital", "public", "works",
    "natural", "resources", "revenue", "treasury", "home", "youth", "sports", "women", "rural", "urban",
    "employment", "territories", "veterans", "immigration", "citizenship", "heritage", "aviation", "maritime",
    "land", "lands", "management", "water", "climate", "family", "children", "livestock", "budget", "disaster",
    "sanitation", "wildlife", "civil", "policy", "sustainable", "integration", "reconciliation", "equality", "civic",
    "enlargement", "neighbourhood", "neighborhood", "gender", "diaspora", "religious", "minorities", "negotiations",
}
# The country a seat of government names by itself ('Kremlin spokesman Dmitry Peskov' speaks for Russia).
GOVERNMENT_SEAT_COUNTRY = {"kremlin": "country:ru", "pentagon": "country:us", "elysee": "country:fr", "élysée": "country:fr",
                           "zhongnanhai": "country:cn", "whitehall": "country:gb", "malacañang": "country:ph",
                           "malacanang": "country:ph", "kantei": "country:jp", "planalto": "country:br", "miraflores": "country:ve"}
# Offices only one state has, so the title alone says whose office it is ('External Affairs Minister S Jaishankar').
# states named together by a regional name ('the Baltic states', 'the two Koreas'): the first word -> its members
STATE_GROUPS = {
    "baltic": ("country:ee", "country:lv", "country:lt"),
    "nordic": ("country:dk", "country:fi", "country:is", "country:no", "country:se"),
    "scandinavian": ("country:dk", "country:no", "country:se"),
    "benelux": ("country:be", "country:nl", "country:lu"),
    "central": ("country:kz", "country:kg", "country:tj", "country:tm", "country:uz"),  # Central Asian states
    "koreas": ("country:kp", "country:kr"),
}
STATE_GROUP = re.compile(r"\b(?:(?:two|three|four|five)\s+)?(?P<name>(?:Baltic|Nordic|Scandinavian|Central\s+Asian)\s+"
                         r"(?:states|republics|countries|nations)|Benelux(?:\s+countries)?|(?<=two\s)Koreas)\b")
NATIONAL_OFFICES = {"external affairs minister": "country:in", "minister of external affairs": "country:in",
                    "union minister": "country:in", "taoiseach": "country:ie", "tánaiste": "country:ie",
                    "tanaiste": "country:ie", "chief cabinet secretary": "country:jp", "pope": "country:va",
                    "secretary of state": "country:us"}
# national offices only when no portfolio follows: 'Secretary of State Hillary Clinton' is the United States', but a
# 'Secretary of State for Foreign Affairs' is Britain's
OFFICES_WITHOUT_PORTFOLIO = {"secretary of state"}
# Seats of government named for the government ('the Kremlin said'): never a person. 'Quai' and 'Foggy' are
# half of a two-word name ('Quai d'Orsay', 'Foggy Bottom'), so they give no country by themselves.
GOVERNMENT_SEATS = set(GOVERNMENT_SEAT_COUNTRY) | {"quai", "foggy"}
# Regions whose names contain a country's or its demonym ('South America', 'the South American country'
# are not the United States): matched so the country inside is not
REGIONS = [f"{part} {form}" for part in ("South", "North", "Central", "Latin", "Middle")
           for form in ("America", "American", "Americans")]
# seas, gulfs and straits named after a state name no state ('tensions in the South China Sea', 'the Indian Ocean')
REGIONS += ["South China Sea", "East China Sea", "Sea of Japan", "Gulf of Mexico", "Gulf of Thailand", "Gulf of Oman",
            "Gulf of Guinea", "Gulf of Aden", "Gulf of Finland", "Gulf of Tonkin", "Bay of Bengal", "Sea of Azov", "Strait of Hormuz",
            "Taiwan Strait", "Strait of Malacca", "Korea Strait", "Persian Gulf", "Arabian Sea", "Arabian Gulf", "Arabian Peninsula",
            "Indian Ocean", "Philippine Sea", "West Philippine Sea", "Caribbean Sea", "Korean Peninsula", "Gulf of Bothnia",
            "Irish Sea", "Timor Sea", "Java Sea", "Sulu Sea", "Norwegian Sea", "Horn of Africa"]
# blocs that 'the alliance' can mean
MILITARY_ALLIANCES = frozenset({"North Atlantic Treaty Organization", "Collective Security Treaty Organization", "Warsaw Pact"})
TITLE_MODIFIERS = ["first", "deputy", "vice", "senior", "acting", "former", "then", "incoming", "outgoing", "permanent", "chief",
                   "interim", "transitional", "caretaker"]
HONORIFICS = ["Excellency", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Madam", "Madame", "Dr.", "Dr", "Prof.", "Prof", "His Excellency",
              "Her Excellency", "H.E.", "HE", "HH", "H.H.", "HRH", "H.R.H.", "Majesty", "His Majesty", "Her Majesty", "HM", "H.M.", "Sir", "Dame", "Comrade", "Lady", "First Lady",
              # military ranks as written before names ('Lt Gen Saikhanbayar Gursed', 'Maj. Gen. X')
              "Lt", "Lt.", "Gen", "Gen.", "Maj", "Maj.", "Col", "Col.", "Brig", "Brig.", "Adm", "Adm.",
              "Commodore", "Colonel", "Brigadier", "Admiral", "Marshal", "General",  # ranks, not offices
              "Honorable", "Honourable", "Hon.", "Hon", "Rt", "Rt.",  # parliamentary style ('Hon Ham Lini', 'Rt Hon X')
              "Rep.", "Sen.",  # legislators' styles ('Rep. Park Jin')
              "Shri", "Smt.", "Smt", "Shrimati",  # Indian honorifics ('Prime Minister Shri Narendra Modi')
              # Malay and Bruneian styles ('Datuk Seri Anwar Ibrahim', 'Pehin Dato Haji X'); 'Tan Sri' and
              # 'Puan Sri' are read in context (Tan is a surname too)
              "Datuk", "Dato", "Dato'", "Datin", "Seri", "Haji", "Hajah", "Pehin", "Pengiran", "Awang", "Dayang"]
# every style written with a full stop before a name ('Dr.', 'Lt. Gen.', 'H.E.', 'Capt.'): its full stop ends no sentence
ABBREVIATED_STYLES = sorted({h for h in HONORIFICS if h.endswith(".") and " " not in h} | {"Capt.", "Cdr.", "Cmdr.", "Sgt.", "Amb."})
FEMALE_CUES = {"mrs", "mrs.", "ms", "ms.", "madam", "madame", "her excellency", "lady", "first lady", "chairwoman", "smt", "smt.", "shrimati",
               "spokeswoman", "queen", "dame"}

ORG_HEADS = {
    "ministry": "ministry", "ministries": "ministry", "party": "party", "agency": "agency", "institute": "institute",
    "institution": "institute", "center": "institute", "centre": "institute", "academy": "institute",
    "university": "university", "college": "university", "school": "university", "hospital": "institute",
    "museum": "institute", "council": "government", "committee": "government",
    "commission": "government", "assembly": "parliament", "parliament": "parliament", "congress": "parliament",
    "senate": "parliament", "duma": "parliament", "government": "government",
    "cabinet": "government", "secretariat": "government", "office": "government", "embassy": "embassy",
    "consulate": "embassy", "bank": "company", "corporation": "company", "company": "company", "group": "company",
    "association": "association", "society": "association", "union": "bloc", "organization": "bloc",
    "organisation": "bloc", "forum": "association", "foundation": "association", "fund": "association",
    "coalition": "bloc", "alliance": "bloc", "network": "association", "bureau": "agency", "service": "agency",
    "news agency": "news_agency", "press": "news_agency", "daily": "news_agency", "times": "news_agency",
    "television": "news_agency", "radio": "news_agency", "army": "military", "navy": "military",
    "forces": "military", "guard": "military", "court": "government", "front": "party", "league": "association",
    "electronics": "company", "motor": "company", "motors": "company", "airlines": "company", "airways": "company", "railways": "company", "railway": "company",
    "holdings": "company", "corp": "company", "corp.": "company", "inc": "company", "inc.": "company", "ltd": "company",
    "ltd.": "company", "limited": "company", "industries": "company", "petroleum": "company", "telecom": "company",
    # parliaments by their own names ('Speaker of the State Great Khural X', 'the Knesset', 'the Lok Sabha')
    "khural": "parliament", "hural": "parliament", "knesset": "parliament", "majlis": "parliament", "sejm": "parliament",
    "riksdag": "parliament", "bundestag": "parliament", "bundesrat": "parliament", "storting": "parliament",
    "rada": "parliament", "saeima": "parliament", "seimas": "parliament", "folketing": "parliament",
    "eduskunta": "parliament", "althing": "parliament", "sabha": "parliament", "sangsad": "parliament",
    "oireachtas": "parliament", "legislature": "parliament", "diet": "parliament",
    # the humanitarian movement's bodies by their own names ('the President of the Mexican Red Cross, X')
    "cross": "association", "crescent": "association",
}

TREATY_HEADS = {
    "treaty": "treaty", "agreement": "agreement", "free trade agreement": "free_trade_agreement",
    "joint declaration": "joint_declaration", "joint statement": "joint_statement", "declaration": "joint_declaration",
    "joint communique": "joint_statement", "joint communiqué": "joint_statement", "memorandum of understanding": "memorandum",
    "memorandum": "memorandum", "mou": "memorandum", "plan of action": "partnership_framework",
    "action plan": "partnership_framework", "convention": "treaty", "protocol": "treaty", "charter": "treaty",
    "accord": "treaty", "accords": "treaty", "pact": "treaty", "framework": "partnership_framework",
    "agreements": "agreement", "conventions": "treaty",  # one name for several instruments: the Minsk Agreements
}

# Partnership levels: a canonical level for each way articles spell it.
PARTNERSHIP_LEVEL = re.compile(
    r"\b(?P<level>(?:(?:long[- ]term|comprehensive|global|strategic|cooperative|extensive|all[- ]round|"
    r"enhanced|special|privileged|priority|traditional|new[- ]type|future[- ]oriented|friendly|permanent)[ -]){0,4}"
    r"(?:strategic\s+)?partnership(?:\s+of\s+(?:strategic\s+)?cooperation)?)\b",
    re.IGNORECASE,
)



# ---- countries --------------------------------------------------------------------------------
@dataclass
class CountryLexicon:
    """Every way a country can be written, mapped to its node."""

    nodes: dict[str, Country] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)      # surface (exact case) -> node id
    demonyms: dict[str, str] = field(default_factory=dict)   # surface -> node id
    cities: dict[str, str] = field(default_factory=dict)     # surface -> node id
    capitals: set[str] = field(default_factory=set)          # cities that can stand for their government
    # a historical state's capital -> (state node id, first day, last day): 'Moscow' in 1959 is the Soviet Union's
    era_capitals: dict[str, list[tuple[str, dt.date, dt.date]]] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)

    def by_key(self, key: str) -> str | None:
        return self.names.get(key)


def country_id(alpha2: str) -> str:
    return "country:" + alpha2.lower()


def _demonym_rule(name: str) -> list[str]:
    if name.endswith("ia"):
        return [name + "n"]
    if name.endswith("a"):
        return [name + "n"]
    return []


@lru_cache(maxsize=1)
def countries() -> CountryLexicon:
    data = _load("countries.json")
    lex = CountryLexicon(ambiguous=set(data["ambiguous"]))
    wikidata = data["wikidata"]
    for entry in pycountry.countries:
        code = entry.alpha_2
        short = data["short_names"].get(code, [])
        common = getattr(entry, "common_name", None)
        names = [*short]
        for candidate in (common, entry.name, getattr(entry, "official_name", None)):
            if candidate and "," not in candidate and candidate not in names:
                names.append(candidate)
        canonical = names[0] if names else entry.name
        official = getattr(entry, "official_name", "") or ""
        if official.endswith(" Republic") and " of " not in official:  # 'Gabonese Republic' is written 'Republic of Gabon' too
            names.append(f"Republic of {canonical}")
        node = Country(
            id=country_id(code), name=canonical, aliases=[n for n in names[1:]],
            iso_code=code, external_ids={"iso3166": code, **({"wikidata": wikidata[code]} if code in wikidata else {})},
        )
        lex.nodes[node.id] = node
        for name in names:
            lex.names.setdefault(name, node.id)
        for demonym in _demonym_rule(canonical) if code not in data["demonym_exceptions"] else ():
            lex.demonyms.setdefault(demonym, node.id)
    for code, demonyms in data["demonym_exceptions"].items():  # the hand-kept ones win over the rule's
        for demonym in demonyms:                              # ('Dominican': the Dominican Republic's, not Dominica's)
            lex.demonyms[demonym] = country_id(code)
    for entry in data["other_states"]:  # states outside ISO 3166 ('Kosovo')
        node = Country(
            id=country_id(entry["code"]) if entry["code"] else "country:" + entry["slug"], name=entry["name"],
            aliases=entry["aliases"], iso_code=entry["code"],
            external_ids={k: v for k, v in (("iso3166", entry["code"]), ("wikidata", entry["wikidata"])) if v},
        )
        lex.nodes[node.id] = node
        for name in [entry["name"], *entry["aliases"]]:
            lex.names.setdefault(name, node.id)
        for demonym in entry["demonyms"]:
            lex.demonyms.setdefault(demonym, node.id)
    for entry in data["historical"]:
        node_id = "country:" + entry["slug"]
        successor = entry["successor"]
        if successor and not successor.startswith("country:"):
            successor = country_id(successor)
        node = Country(
            id=node_id, name=entry["name"], aliases=entry["aliases"], historical=True, iso_code=entry["iso"],
            successor=successor,
            external_ids={k: v for k, v in (("iso3166-3", entry["iso"]), ("wikidata", entry["wikidata"])) if v},
        )
        lex.nodes[node_id] = node
        for name in [entry["name"], *entry["aliases"]]:
            lex.names[name] = node_id
        for demonym in entry["demonyms"]:
            lex.demonyms[demonym] = node_id
        if entry.get("capital"):
            era = (node_id, dt.date.fromisoformat(entry["from"]), dt.date.fromisoformat(entry["until"]))
            lex.era_capitals.setdefault(entry["capital"], []).append(era)
    for node in list(lex.nodes.values()):  # predecessor links mirror successor links
        if node.successor and node.successor in lex.nodes and lex.nodes[node.successor].predecessor is None:
            lex.nodes[node.successor] = lex.nodes[node.successor].model_copy(update={"predecessor": node.id})
    for name, node_id in list(lex.names.items()):  # 'Antigua & Barbuda', 'Trinidad & Tobago': the ampersand spelling
        if " and " in name:
            lex.names.setdefault(name.replace(" and ", " & "), node_id)
    for city, code in data["cities"].items():
        lex.cities[city.strip()] = country_id(code)
    gazetteer = _load("cities.json")
    for city, code in gazetteer["cities"].items():  # GeoNames' larger cities and capitals
        if city not in lex.names and city not in lex.demonyms and country_id(code) in lex.nodes:
            lex.cities.setdefault(city, country_id(code))  # the hand-kept list above wins
    lex.capitals = {city for city in [*gazetteer["capitals"], *data.get("capital_spellings", [])] if city in lex.cities}  # ('Peking')
    for table in (lex.names, lex.demonyms, lex.cities):  # 'People’s Republic of China' as typeset, with a curly apostrophe
        for name, node_id in list(table.items()):
            if "'" in name:
                table.setdefault(name.replace("'", "’"), node_id)
    return lex


@lru_cache(maxsize=1)
def blocs() -> dict[str, Organization]:
    """Surface name or acronym -> bloc node."""
    out: dict[str, Organization] = {}
    for entry in _load("blocs.json")["blocs"]:
        node = Organization(
            id="org:" + slug(entry["name"]), name=entry["name"], aliases=entry["aliases"], kind="bloc",
            external_ids={"wikidata": entry["wikidata"]} if entry.get("wikidata") else {},
        )
        for name in [entry["name"], *entry["aliases"]]:
            out[name] = node
            if " " not in name and not name.isupper() and len(name) > 4:
                out.setdefault(name.upper(), node)  # 'MERCOSUR', 'COMECON': one-word names as some write them
            elif name.isupper() and name.isalpha() and len(name) >= 4:
                out.setdefault(name.capitalize(), node)  # 'Nato', 'Asean': acronyms as British style writes them
    return out


@lru_cache(maxsize=1)
def dates_words() -> frozenset[str]:
    """Capitalised calendar words that are never part of a name."""
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    return frozenset(months + days)
