"""Finding mentions in a sentence: countries, cities, blocs, organisations, treaties, persons
with their titles, pronouns and descriptions ("the expert", "the Russian President").

spaCy supplies sentences, tokens and character offsets (a blank English pipeline with the rule
sentencizer, so nothing is downloaded) and a PhraseMatcher over the gazetteers in ``lexicon``.
Everything else is token-level rules over capitalised chunks: a person is a run of name-like
tokens with evidence of personhood (a title or honorific before it, an appositive role after
it, a speech verb next to it), an organisation or treaty is a capitalised chunk with an
institution or treaty head word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from diplograph.loaders import lexicon as lx

CONNECTORS = {"of", "for", "on", "the", "and", "&", "de", "du", "des", "la", "'s", "’s", "-", "–"}
POSSESSIVE = {"'s", "’s"}
_NAME_SYLLABLES = {"to", "an", "do", "ha", "vo", "ho"}
NAME_PARTICLES = {"arap", "te", "bin", "bint", "van", "von", "de", "da", "al", "el", "ibn", "der", "den", "le", "dos", "di", "del", "ten", "ter"}
# words of offices' and institutions' names spelt with a hyphen after a capitalised prefix: split, their
# lower-case half would end the name ('International Co-operation', 'Treaty on the Non-proliferation of ...')
_PREFIXED_WORDS = ("Co-operation", "Co-ordination", "Co-ordinator", "Co-operative", "Non-proliferation", "Non-aligned",
                   "Self-defence", "Self-defense", "Counter-terrorism", "Anti-corruption", "Socio-economic",
                   "Inter-parliamentary", "Inter-governmental")
CAP_STOP = {
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "with", "during", "after", "before", "following", "special",
    "upper", "lower",  # ('the Upper House': a chamber, no name)
    "according", "since", "over", "under", "throughout", "this", "that", "these", "those", "both", "it", "he", "she",
    "they", "we", "i", "our", "his", "her", "their", "its", "photo", "source", "comment", "however", "meanwhile",
    "also", "and", "but", "furthermore", "moreover", "notably", "thanks", "conversely", "while", "as", "when",
    "speaking", "welcoming", "there", "here", "what", "which", "who", "one", "two", "three", "all", "every",
    "each", "some", "many", "most", "other", "new", "such", "if", "although", "because", "so", "then", "now",
    "yet", "not", "no", "prior", "upon", "among", "between", "amid", "amidst", "within", "without", "via",
    "side", "sides", "state", "visit", "leaders", "people", "nation", "nations", "national",
    "international", "global", "regional", "bilateral", "first", "second", "third", "last", "next", "early",
    "late", "mid", "year", "years", "day", "days", "week", "month", "anniversary", "ceremony", "summit",
    "retreat", "session", "talks", "meeting", "banquet", "dinner", "luncheon", "reception", "gala", "news", "peace",
    "states", "member", "abroad", "overseas", "responsible",
    "vna", "pti", "afp", "reuters", "xinhua", "tass", "ap", "conference", "press", "agreement", "party",
    "partnership", "cooperation", "cooperative", "relations", "relationship", "friendship", "strategic",
    "comprehensive", "economic", "trade", "development", "security", "defence", "defense", "principles",
    "friendly", "multifaceted", "basic", "free", "joint", "plan", "action", "affairs", "external", "foreign",
    "science", "culture", "technology", "energy", "investment", "political", "cultural", "military",
    "continuing", "overcoming", "outlining", "senior", "top", "chief", "asia",
    "europe", "africa", "america", "southeast", "south", "north", "east", "west", "pacific", "middle",
    "african", "asian", "european", "eurasian", "arab", "nordic", "baltic", "balkan", "scandinavian", "caribbean",
    "atlantic", "mediterranean", "latin", "andean", "gulf", "euro",  # regions' adjectives: 'other African countries' names no one
    "central", "western", "eastern", "northern", "southern", "asean", "union", "world", "republic", "kingdom",
    "people", "peoples", "presidential", "royal", "supreme", "lady", "workers", "analysts", "officials",
    "diplomats", "experts", "observers", "sources", "critics", "leaders", "ministers", "reporters", "delegates",
    "interlocutors", "participants", "negotiators", "spokesmen", "envoys", "authorities", "organisers", "organizers",
    "journalists", "protesters", "residents", "investors", "lawmakers", "legislators", "scholars", "researchers",
    "arrives", "arrived", "arriving", "departs", "departing", "visits", "meets", "signs", "says", "holds", "hails", "welcomes",
    "opens", "calls", "urges",
} | lx.PORTFOLIO_WORDS | lx.GOVERNMENT_SEATS | {w.lower() for w in _PREFIXED_WORDS}
PLACE_HEADS = {
    "airport", "camp", "city", "province", "palace", "hall", "house", "bhavan", "street", "square", "park", "hotel",
    "mausoleum", "station", "port", "island", "islands", "sea", "ocean", "river", "mountain", "valley", "region",
    "district", "village", "town", "war", "revolution", "games", "cup", "expo", "day", "week", "year", "era",
    "dynasty", "prize", "award", "initiative", "programme", "program", "project", "road", "belt", "corridor",
    "bridge", "zone", "complex", "campus", "stadium", "memorial", "museum", "temple", "pagoda", "cathedral",
}
TITLE_WORDS = {w for t in lx.OFFICE_TITLES for w in t.split()} - {"of", "and", "state", "general", "head", "leader", "chair", "house"}
TITLE_WORDS |= {"general"}
ROLE_WORDS = {w for t in lx.AFFILIATION_ROLES for w in t.split()}
TITLE_HEADS = {t.split()[-1] for t in lx.OFFICE_TITLES + lx.AFFILIATION_ROLES} - {"general", "head", "leader", "chair", "member",
                                                                                  "state", "government"}  # ('head of state')
_DESCRIPTION_WORDS = ROLE_WORDS | TITLE_WORDS
PLURAL_TITLES = {w + "s" for w in TITLE_WORDS} | {"ministers", "presidents", "leaders", "ambassadors", "secretaries"}
_VISITING_HEADS = {"leader", "president", "premier", "minister", "guest", "dignitary", "king", "queen", "emperor", "chancellor",
                   "monarch", "prince", "envoy", "secretary"}
# prepositions that end a titled person's name ('President X on the South China Sea', 'thanked X for the Philippines'
# support'); 'of' is not one ('President X of Ghana' is read whole)
_AFTER_A_NAME = {"on", "for", "at", "with", "from", "to", "in", "over", "about", "against", "during", "after", "before"}
# words of taking an office, before 'as' and its title ('was sworn in as', 'assumed office as', 'took over as')
_TAKING_OFFICE = {"assumed", "assumes", "assume", "took", "takes", "take", "sworn", "appointed", "appoints", "named", "elected",
                  "re-elected", "reelected", "reappointed", "installed", "became", "becomes", "serves", "served", "serving",
                  "confirmed", "designated", "inaugurated"}
PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f", "him": "m"}


_LOWER_TREATY_CUES = ("statement", "declaration", "communiq", "plan of action", "action plan", "memorandum", "agreement", "accord",
                      "treat", "pact", "protocol", "convention")
# 'the Camp David accords', 'the Oslo accords', 'the Panama Canal treaties', 'the INF treaty': a name, then a head in lower case
_NAMED_LOWER_HEAD = re.compile(r"\b(?:the|(?<=\bsign\s)|(?<=\bsigns\s)|(?<=\bsigned\s)|(?<=\bink\s)|(?<=\binks\s))\s*(?P<name>[A-Z][\w'’.-]*\s+(?:(?:(?:and|of|on|for)\s+)?[A-Z][\w'’.-]*\s+){0,4})(?P<head>accords?|treat(?:y|ies)|agreements?|pacts?|"
                               r"protocols?|conventions?|declaration)\b")


def _singular(head: str) -> str:
    """'treaties' -> 'treaty', 'accords' -> 'accord': the lexicon's instrument heads are singular."""
    return head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")


_LOWER_TREATY = re.compile(r"\b(?:joint statement|joint declaration|joint communiqu[eé]|plan of action|action plan|memorandum of understanding|framework agreement|agreement|declaration)\b")
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_NO_QUOTES = str.maketrans("", "", '"“”‘’')


@dataclass
class Mention:
    kind: str            # country, city, bloc, org, treaty, person, pronoun, description
    start: int           # absolute character offsets in the document
    end: int
    text: str
    tok_start: int       # token indices within the sentence Span's doc
    tok_end: int
    node_id: str | None = None
    name: str | None = None          # canonical surface (persons: the name without title)
    title: str | None = None         # persons: the title phrase seen with this mention
    title_country: str | None = None  # country id the title refers to (demonym or "of X")
    title_org: str | None = None      # org name the title refers to ("Director of the X Center")
    role: str | None = None           # "office" or "affiliation"
    gender: str | None = None
    via: str = ""                     # how the person was recognised (title, appositive, speech...)
    extra: dict = field(default_factory=dict)


_LABELS: dict[int, str] = {}  # the phrase matchers' match ids (hashes) -> their labels


@lru_cache(maxsize=1)
def pipeline():
    """A blank English spaCy pipeline with the sentencizer and gazetteer PhraseMatcher."""
    nlp = spacy.blank("en")
    # 'U.S.-China', 'U.K.-EU': a hyphen after an abbreviation's full stop splits two names, as it does
    # between words ('US-India'); spaCy's own infixes want a letter before it ('U.S.-led' stays whole)
    # ('Wang Yi.-VNA': a wire service's credit after the full stop is split off as well; so is '(UPI)-French')
    # ('Kh.Battulga', 'Ts.Elbegdorj': a Mongolian patronymic initial joined to the name stays one token, as
    # 'D.Tsogtbaatar' does, instead of a 'word.Word' run-on split into a sentence end)
    infixes = [r"(?<!\b[A-Z][a-z])" + p if p.startswith("(?<=") and "\\.(?=" in p else p for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, r"(?<=[A-Z]\.)[-–](?=[A-Z])",
                                                        r"(?<=[a-z])\.[-–](?=[A-Z])",
                                                        # 'ISLAMABAD, Feb 12 (APP):President Erdogan': a wire's colon
                                                        r"\)(?=:[A-Z])", r"(?<=\)):(?=[A-Z])",
                                                        # 'MONTREAL (UPI)-French President': a credit's dash
                                                        r"(?<=\))[-–](?=[A-Z])"]).finditer
    for short in lx.ABBREVIATED_STYLES:  # honorifics and ranks spaCy's exceptions lack ('Lt.', 'Smt.'):
        if len(nlp.tokenizer(short)) > 1:  # kept whole, so 'Lt. Gen. X' is no sentence end
            nlp.tokenizer.add_special_case(short, [{ORTH: short}])
    for word in _PREFIXED_WORDS:  # 'Minister of Foreign Affairs and International Co-operation': one capitalised word
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2_000_000
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    countries = lx.countries()
    def add(label: str, surfaces):
        surfaces = [s for s in surfaces if s]
        matcher.add(label, list(nlp.tokenizer.pipe(surfaces)))
        _LABELS[nlp.vocab.strings[label]] = label
    add("COUNTRY", [s for s in countries.names])
    add("DEMONYM", [s for s in countries.demonyms])
    add("CITY", [s for s in countries.cities])
    add("BLOC", list(lx.blocs()))
    add("REGION", lx.REGIONS)
    return nlp, matcher


_IN_OFFICE_NOW = frozenset({"current", "incumbent", "outgoing", "rotating", "serving", "sitting"})  # 'X, the current Chair of Y'


def is_plural_title(title: str) -> bool:
    """'Foreign Ministers', 'Members of Parliament': a title shared by the names listed after it."""
    head = title.split(" of ")[0] if " of " in title else title
    return head.split()[-1].lower() in PLURAL_TITLES


def _plural(phrase: str) -> str:
    """'Foreign Minister' -> 'Foreign Ministers', 'Secretary' -> 'Secretaries', 'Prince' -> 'Princes'."""
    if phrase.endswith(("s", "sh", "ch")):
        return f"{phrase}es"
    return f"{phrase[:-1]}ies" if phrase.endswith("y") and phrase[-2] not in "aeiou" else f"{phrase}s"


@lru_cache(maxsize=1)
def _title_matcher() -> PhraseMatcher:
    """Titles and roles, matched case-insensitively (LOWER) by spaCy instead of a long regex."""
    nlp, _ = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    # plurals of two-word titles too ('the Prime Ministers of Georgia and Armenia', 'Foreign Ministers X and Y')
    plurals = [_plural(p) for p in lx.OFFICE_TITLES if " " in p and p.split()[-1].lower() in TITLE_WORDS]
    # ('Members of Parliament X and Y', 'Secretaries of State'): the head before 'of' takes the plural
    plurals += [f"{_plural(p.split(' of ')[0])} of {p.split(' of ', 1)[1]}" for p in lx.OFFICE_TITLES
                if " of " in p and " " not in p.split(" of ")[0]]
    for label, phrases in (("TITLE", [*lx.OFFICE_TITLES, *plurals]), ("ROLE", lx.AFFILIATION_ROLES)):
        matcher.add(label, list(nlp.tokenizer.pipe(phrases)))
        _LABELS[nlp.vocab.strings[label]] = label
    return matcher


def warm_up() -> None:
    """Build the cached pipeline and matchers now (before worker processes fork, so they share them)."""
    find_matches(pipeline()[0]("warm up"))


def find_matches(doc: Doc) -> list[tuple[str, int, int]]:
    """Every gazetteer, title and role match in a spaCy Doc as (label, start token, end token)."""
    _, matcher = pipeline()
    labels = _LABELS  # match id (a hash) -> label: a dict lookup instead of the StringStore's
    return [(labels[m], i, j) for m, i, j in matcher(doc)] + [(labels[m], i, j) for m, i, j in _title_matcher()(doc)]


def _capitalised_word(text: str) -> bool:
    """'Putin', 'G.L.', "O'Brien", 'Kassym-Jomart', "d'Alema" (an elided particle before a capital, as in
    "Giscard d'Estaing"): a capitalised word, not a number or a sign."""
    return bool(text) and (text[0].isupper() or text[0] == "d" and text[1:2] in ("'", "’") and text[2:3].isupper()) \
        and text.replace(".", "").replace("'", "").replace("’", "").replace("-", "").isalpha()


def _name_in_case(name: str) -> str:
    """'KISHIDA Fumio', 'XI Jinping' -> 'Kishida Fumio', 'Xi Jinping': a name word in capitals written as a name
    (not 'III', 'J.', or initials with no vowel: 'KP Sharma Oli')."""
    if name.endswith(".") and _REGNAL.fullmatch(name.rsplit(" ", 1)[-1][:-1]):
        name = name[:-1]  # 'King George Tupou V.' ending a sentence: the full stop is the sentence's
    return " ".join(word.title() if len(word) > 1 and word.isalpha() and word.isupper() and not _REGNAL.fullmatch(word)
                    and not (len(word) <= 3 and not set(word) & set("AEIOUY"))
                    else word for word in name.split(" "))


def _is_cap(token) -> bool:
    return _capitalised_word(token.text)


_MODIFIERS = frozenset(lx.TITLE_MODIFIERS)
_TREATY_OPENERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "new", "following",
                             "under", "after", "before", "during", "since", "with", "by", "in", "on", "at", "and", "but",
                             "both", "landmark", "historic", "bilateral"})
_TREATY_LAST_WORDS = frozenset({w.split()[-1] for w in lx.TREATY_HEADS} | {"plan", "action", "joint"})
_PLURAL_VERBS = frozenset({"discuss", "meet", "hold", "agree", "sign", "review", "hail", "vow", "pledge", "talk", "reaffirm",
                           "call", "urge", "launch", "mark", "attend", "seek", "stress", "welcome", "open", "exchange", "are",
                           "were", "have"})
_NAMESAKE_STYLES = frozenset({"king", "queen", "prince", "princess", "emir", "amir", "sultan", "sheikh"})
NAME_STYLES = frozenset({"Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sheik"})  # styles that begin an Arabic name
_AIDE_WORDS = frozenset({"adviser", "advisor", "assistant", "aide", "counsellor", "counselor", "envoy"})
_TITLE_ENDINGS = frozenset({"Affairs", "Relations", "Defence", "Defense", "Unification", "Finance", "Trade", "Economy"})
_SURNAMES_LIKE_PLACES = {"park"}  # 'Foreign Minister Park Jin': a Korean family name, not a park
# short forms of styles written without their full stop ('Sen', 'Gen', 'Col') that are also surnames ('Hun Sen')
_SHORT_STYLES = frozenset(h.rstrip(".").lower() for h in lx.HONORIFICS if h.endswith(".") and " " not in h and len(h) <= 5)
# Malay styles of two words whose first is also a surname ('Tan Sri Muhyiddin Yassin', 'Puan Sri X', 'Datuk Sri X')
_STYLE_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("datuk", "sri"), ("dato", "sri"), ("dato'", "sri")})
_POST_NOMINALS = frozenset({"MP", "MPs", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "GCMG", "KCMG", "CMG", "PC", "MHA", "MLA", "TD",
                            "GCFR", "GCON"})
# offices held abroad for a sending state ('Ambassador of X to Y', 'High Commissioner to Z'): the title ends before 'to'
_ENVOY_WORDS = r"ambassador|representative|envoy|consul|commissioner"
_JOINED_INITIAL = re.compile(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]")  # 'D.Tsogtbaatar', 'Kh.Battulga', 'I.K.Azizov'
_MONTH_SURNAMES = frozenset({"may", "june", "august"})  # months that are also family names ('Theresa May')
_CONTEXT_WORDS = frozenset(_MONTH_SURNAMES | NAME_PARTICLES | _NAME_SYLLABLES | POSSESSIVE | _SURNAMES_LIKE_PLACES | _SHORT_STYLES
                           | {a for a, _ in _STYLE_PAIRS} | {b for _, b in _STYLE_PAIRS})  # kinds that depend on the neighbours
_PLACE_BEFORE = frozenset({"in", "to", "at", "from", "of", "near", "via", "visit", "visited", "visiting", "and", ",", "outside",
                           "into", "toward", "towards", "across", "around"})  # words that put a place next
_CLAUSE_OPENERS = frozenset({"when", "while", "after", "before", "as", "since", "although", "though", "if", "once", "until",
                             "because", "whereas", "but", "and", "so", "following", "during", "despite", "amid", "unlike"})
_STYLES_IN_CAPITALS = frozenset(h for h in lx.HONORIFICS if h.isupper() and h.isalpha())  # 'HE', 'HH', 'HRH': no acronyms
_ROYAL_STYLES = frozenset({"Highness", "Majesty"})  # 'His (Royal) Highness', 'Her Majesty'
# 'His Majesty said': a royal style standing for a monarch, not 'his' of the last man named ('His Excellency' stays
# a pronoun: it is said of whoever holds office, most often the official just named)
_STYLE_HEADS = _ROYAL_STYLES | {"Royal"}
_TIME_OF_OFFICE = frozenset({"former", "then", "outgoing", "incoming"})  # when an office was held, not part of a name
# an institution's head word alone (singular) names no one body
_VAGUE_BODIES = frozenset({"government", "party", "state", "parliament", "ministry", "embassy", "office", "center", "centre",
                           "union", "group", "council", "committee", "commission", "agency", "institute", "forum",
                           "assembly", "organization", "organisation", "department", "bureau", "secretariat", "court",
                           "alliance"})
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in lx.HONORIFICS)


# a royal style between an office and the name ('Foreign Minister Prince Faisal bin Farhan'), not 'Crown Prince'
_ROYAL_STYLE_AFTER_OFFICE = re.compile(r"(?<=\S)(?<!Crown)(?<!crown)\s+(?:Prince|Princess)$")
# lower-case words between a country and a title that name the office's department ("foreign ministry spokesperson")
_OFFICE_WORDS = frozenset({"foreign", "ministry", "defence", "defense", "affairs", "trade", "interior", "finance", "office",
                           "press", "presidential", "government", "state", "department", "embassy", "cabinet"})
# an instrument's head words as whole words: any of them, and each with its kind, longest first
_ANY_TREATY_HEAD = re.compile(r"\b(?:" + "|".join(map(re.escape, lx.TREATY_HEADS)) + r")\b")
_TREATY_HEAD_PATTERNS = tuple((re.compile(r"\b" + re.escape(head) + r"\b"), kind)
                              for head, kind in sorted(lx.TREATY_HEADS.items(), key=lambda h: -len(h[0])))
_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}V?")  # II-XVIII; a lone 'I' or 'V' is a word


# words joined to a place or a name by a hyphen that make an adjective ('Abu Dhabi-based', 'Putin-led'), never a syllable
_HYPHEN_SUFFIXES = frozenset({"based", "led", "born", "run", "owned", "made", "style", "era", "type", "like", "wide", "level",
                              "free", "only", "bound", "held", "funded", "ruled", "built", "area", "zone"})


@lru_cache(maxsize=200_000)
def _static_kind(text: str) -> str:
    """What a token is by its spelling alone (cached: most words repeat)."""
    low = text.lower()
    if low in CONNECTORS:
        return "conn"
    if not _capitalised_word(text):
        return "lower"
    if re.fullmatch(r"[A-Z]\.", text) or _REGNAL.fullmatch(text):
        return "name"  # an initial: 'S. Jaishankar'; a regnal number: 'King Charles III'
    if text in _STYLES_IN_CAPITALS:
        return "honorific"  # 'HE President X', 'HH the Amir': His Excellency, His Highness written short
    if len(text) > 1 and text.replace(".", "").isupper() and "." not in text[:-1]:
        return "acronym"  # 'RISI', 'TTP': organisations' short names, never a person's
    if low in lx.ORG_HEADS or low.rstrip("s") in lx.ORG_HEADS:
        return "orghead"
    if low in _TREATY_LAST_WORDS:
        return "treatyhead"
    if low in PLACE_HEADS:
        return "place"
    if low in PLURAL_TITLES:
        return "title"
    if low in CAP_STOP or low in lx.dates_words():
        return "stop"
    if text.rstrip(".") in _HONORIFIC_WORDS:
        return "honorific"
    return "name"


class SentenceAnalysis:
    """Mentions in one sentence, with per-token labels the event rules read."""

    def __init__(self, sent: Span, base: int, matches: list[tuple[str, int, int]], doc_text: str | None = None):
        self.sent = sent
        self.base = base                     # absolute offset of the chunk the Doc was built from
        self.doc_text = sent.doc.text if doc_text is None else doc_text  # Doc.text re-joins tokens on every call
        self.doc: Doc = sent.doc
        self.lo, self.hi = sent.start, sent.end  # the sentence's token range (read often; Span looks it up each time)
        self._texts = [t.text for t in sent]   # token texts, sentence-relative (a Token is built on each access)
        self.labels: dict[int, str] = {}     # token index (doc-level) -> label
        self._kinds: dict[int, str] = {}     # token_kind memo; cleared whenever a label changes
        self.mentions: list[Mention] = []
        self._gazetteer(matches)
        self._titles(matches)
        self._chunks()
        self.lowercase_treaties()
        self._refresh_titles()

    # ---- helpers ---------------------------------------------------------------------------
    def _label(self, k: int, kind: str, replace: bool = True) -> None:
        """Set a token's label (``replace=False`` keeps an existing one) and forget memoised kinds,
        which read the labels of neighbouring tokens."""
        if replace or k not in self.labels:
            self.labels[k] = kind
            self._kinds.clear()

    def abs(self, char: int) -> int:
        return self.base + char

    def span_mention(self, kind: str, i: int, j: int, **kw) -> Mention:
        doc = self.doc
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        return Mention(kind, self.abs(start), self.abs(end), self.doc_text[start:end], i, j, **kw)

    def text_between(self, i: int, j: int) -> str:
        doc = self.doc
        if j <= i:
            return ""
        return self.doc_text[doc[i].idx:doc[j - 1].idx + len(doc[j - 1].text)]

    # ---- gazetteers ----------------------------------------------------------------------
    def _gazetteer(self, matches) -> None:
        countries = lx.countries()
        blocs = lx.blocs()
        chosen: list[tuple[str, int, int]] = []
        for label, i, j in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
            if i < self.lo or j > self.hi:
                continue
            if any(i < cj and ci < j for _, ci, cj in chosen):
                continue
            chosen.append((label, i, j))
        for label, i, j in sorted(chosen, key=lambda m: m[1]):
            surface = self.doc[i:j].text
            if label == "COUNTRY":
                node_id = countries.names[surface]
                if j - i == 1 and self._country_in_person_name(i, j):
                    continue
                if surface in countries.ambiguous and not self._country_context(i, j):
                    continue
                if surface in ("US", "U.S.") and i > self.lo and self.doc[i - 1].lower_ in ("of", "to", "for", "with", "among", "like") \
                        and not (j < self.hi and _is_cap(self.doc[j])):
                    continue  # 'JOIN US' in a shouted line, but 'with US President Donald Trump' is the country
                self.mentions.append(self.span_mention("country", i, j, node_id=node_id, name=surface))
                for k in range(i, j):
                    self._label(k, "country")
            elif label == "DEMONYM":
                node_id = countries.demonyms[surface]
                self.mentions.append(self.span_mention("demonym", i, j, node_id=node_id, name=surface))
                for k in range(i, j):
                    self._label(k, "demonym")
            elif label == "CITY":
                if self._city_in_person_name(i, j):
                    continue
                if surface in countries.ambiguous and not self._country_context(i, j):
                    continue  # 'Male voters', but 'talks in Male'
                self.mentions.append(self.span_mention("city", i, j, node_id=countries.cities[surface], name=surface))
                for k in range(i, j):
                    self._label(k, "city")
            elif label == "REGION":  # 'South America', 'the South China Sea': no country, though 'America' is one
                for k in range(i, j):
                    self._label(k, "stop")  # (nor a person: 'peace on the Korean Peninsula')
            elif label == "BLOC":
                node = blocs[surface]
                self.mentions.append(self.span_mention("bloc", i, j, node_id=node.id, name=node.name))
                for k in range(i, j):
                    self._label(k, "bloc")

    def _city_in_person_name(self, i: int, j: int) -> bool:
        """'his counterpart Santiago Peña', 'Foreign Minister Sofia Ramos': a city's name used as a
        first name (a name follows, and no preposition or comma puts a place here), or ending a titled
        name ('Chairman Vuong Dinh Hue')."""
        if self._last_name_of_person(i):
            return True
        following = self._texts[j - self.lo] if j < self.hi else ""
        if _static_kind(following) != "name" if following else True:
            return False
        if following.lower() in TITLE_WORDS:
            return False  # 'Santiago Mayor Claudio Orrego': the city's office-holder
        k = j
        while k < self.hi and _static_kind(self._texts[k - self.lo]) == "name":
            k += 1
        if k < self.hi and _static_kind(self._texts[k - self.lo]) in ("orghead", "treatyhead", "place"):
            return False  # 'the Paris Peace Accords', 'Cairo International Airport': a name of something else
        if k + 1 < self.hi and self._texts[k - self.lo] == "of" and self._texts[k + 1 - self.lo] in lx.countries().names:
            return True  # '..., Santiago Peña of Paraguay': a name, then the state it serves
        return i == self.lo or self.doc[i - 1].lower_ not in _PLACE_BEFORE

    def _country_in_person_name(self, i: int, j: int) -> bool:
        """'Prime Minister Luis Montenegro', 'Defence Minister Israel Katz': a country's name inside a name
        that a title opens, as its last name (no name follows) or its first (a name follows the title's word)."""
        following = self._texts[j - self.lo] if j < self.hi else ""
        follows_name = bool(following) and _static_kind(following) == "name" and following.lower() not in TITLE_WORDS
        given = self._texts[i - 1 - self.lo] if i > self.lo else ""
        if i - 2 >= self.lo and self._texts[i - 2 - self.lo].lower() in TITLE_WORDS and _static_kind(given) == "name" \
                and given.lower() not in TITLE_WORDS:
            return not follows_name  # one given name, then the country's: 'Minister Wang Yi Japan visit' is not a name
        return given.lower() in TITLE_WORDS and follows_name

    def _last_name_of_person(self, i: int) -> bool:
        """'Chairman Vuong Dinh Hue': a city's name ending a name that a title opens."""
        k = i - 1
        while k >= self.lo and _static_kind(self._texts[k - self.lo]) == "name" and self._texts[k - self.lo].lower() not in TITLE_WORDS:
            k -= 1
        return self.lo <= k < i - 1 and self._texts[k - self.lo].lower() in TITLE_WORDS

    def _country_context(self, i: int, j: int) -> bool:
        """Ambiguous names (Georgia, Jordan, Chad...) count as countries only after a preposition, or listed before
        another country ('Togo and Gabon were admitted'), not after a capitalised name ('Michael Jordan and ...')."""
        if i > self.lo and self.doc[i - 1].lower_ in {"to", "in", "of", "and", "with", "from", "between", "visit", "visited",
                                                       "visiting", "visits"}:
            return True
        if i > self.lo and _is_cap(self.doc[i - 1]) and self.doc[i - 1].lower_ not in CAP_STOP:
            return False
        lexicon = lx.countries()
        return j + 1 < self.hi and self.doc[j].text in ("and", ",") and any(
            self.doc[j + 1:k].text in lexicon.names and self.doc[j + 1:k].text not in lexicon.ambiguous
            for k in range(j + 2, min(self.hi, j + 5) + 1))

    def _titles(self, matches) -> None:
        """Label title and role tokens; a modifier in front ('Deputy', 'First', 'Vice-') joins the title."""
        doc = self.doc
        found = sorted(((i, j, label) for label, i, j in matches
                        if label in ("TITLE", "ROLE") and self.lo <= i and j <= self.hi),
                       key=lambda m: (m[0], -(m[1] - m[0])))
        last_end = -1
        for i, j, label in found:
            if i < last_end:
                continue
            if j < self.hi and self._texts[j - self.lo].lower() in ("bin", "ibn", "bint"):
                j -= 1  # 'Prince Sultan bin Salman': a title's word before 'bin' is a given name
                if j <= i:
                    continue
            while i - 1 >= self.lo and (doc[i - 1].lower_ in _MODIFIERS or (doc[i - 1].text == "-" and i - 2 >= self.lo
                                                                                    and doc[i - 2].lower_ in _MODIFIERS)):
                i -= 1
            span = doc[i:j]
            # lower-case office words are titles only right before a capitalised name or phrase
            if span[0].text[0].islower() and not self._title_in_lowercase_ok(span):
                continue
            last_end = j
            kind = "role" if label == "ROLE" and span[-1].lower_ in ROLE_WORDS else "title"
            for k in range(span.start, span.end):
                if self.labels.get(k) is None:
                    self._label(k, kind)

    def _title_in_lowercase_ok(self, span: Span) -> bool:
        last = span[-1].lower_
        if last in ROLE_WORDS:
            return True
        k = span.start
        if k - 2 >= self.lo and self._texts[k - 1 - self.lo] in ("'s", "’s") and self.labels.get(k - 2) == "country":
            return True  # "Wang Yi, China's top diplomat,": a country's office
        nxt = self.doc[span.end] if span.end < self.hi else None
        if (nxt is None or nxt.text in (",", ".", ";")) and self._set_off_after_name(k):
            return True  # 'Lennart Meri, the Estonian foreign minister, said': an office set off after the name
        if nxt is not None and nxt.text == ",":  # 'his Iranian counterpart, Abbas Araghchi,' ('the foreign ministers, X and Y,')
            return self._appositive_name_at(span.end + 1, plural=last in PLURAL_TITLES)
        return nxt is not None and (nxt.lower_ in ("of", "to", "from") or _is_cap(nxt))  # ('his counterpart from Uzbekistan X')

    def _set_off_after_name(self, k: int) -> bool:
        """Whether a comma and a capitalised name come right before token ``k``, past an article and a demonym or a
        country's possessive ('Curtis Kamman, deputy assistant secretary of state,', 'Meri, the Estonian ...')."""
        lo, texts = self.lo, self._texts
        b = k - 1
        while b > lo and (texts[b - lo].lower() in ("the", "a", "an", "'s", "’s") or self.labels.get(b) in ("demonym", "country")):
            b -= 1
        return b - 1 >= lo and texts[b - lo] == "," and b - 1 not in self.labels and _static_kind(texts[b - 1 - lo]) == "name"

    def _head_of_state_at(self, k: int) -> bool:
        """'head of State', 'head of government' from token ``k``."""
        return k + 2 < self.hi and self.doc[k].lower_ == "head" and self.doc[k + 1].lower_ == "of" \
            and self.doc[k + 2].lower_ in ("state", "government")

    def _named_after_comma(self, end: int) -> bool:
        """Whether a comma, styles at most, then a person's name follow ``end``."""
        if end >= self.hi or self._texts[end - self.lo] != ",":
            return False
        k = end + 1
        while k < self.hi and (self.token_kind(k) == "honorific" or self._texts[k - self.lo] in ("His", "Her")):
            k += 1
        return k < self.hi and self.token_kind(k) == "person"

    def _appositive_name_at(self, k: int, plural: bool = False) -> bool:
        """Capitalised words set off by commas or ending the sentence (not 'the minister, Ruto said'); after a plural
        title, two names joined by 'and'."""
        start = k
        while k < self.hi and (_is_cap(self.doc[k]) or self.doc[k].lower_ in NAME_PARTICLES and k + 1 < self.hi
                               and _is_cap(self.doc[k + 1])  # 'the Brazilian president, Luiz Inacio Lula da Silva,'
                               or plural and self.doc[k].lower_ == "and" and k > start and k + 1 < self.hi and _is_cap(self.doc[k + 1])):
            k += 1
        return k > start and (k == self.hi or self.doc[k].text in (",", ".", ";"))

    # ---- chunks: organisations, treaties, persons -----------------------------------------
    def token_kind(self, k: int) -> str:
        if k in self.labels:
            return self.labels[k]
        kind = self._kinds.get(k)
        if kind is None:
            kind = self._kinds[k] = self._unlabelled_kind(k)
        return kind

    def _unlabelled_kind(self, k: int) -> str:
        text = self._texts[k - self.lo] if self.lo <= k < self.hi else self.doc[k].text
        if text.lower() not in _CONTEXT_WORDS:
            kind = _static_kind(text)  # most tokens: their spelling alone decides
            if kind == "acronym" and (self._surname_in_capitals(k) or self._initials_before_name(k)):
                return "name"
            if kind == "lower" and self._korean_given_name_end(k):
                return "name"
            return kind
        token = self.doc[k]
        low = token.lower_
        if low in NAME_PARTICLES and self.lo < k < self.hi - 1 \
                and (_is_cap(self.doc[k - 1]) or self.doc[k - 1].lower_ in NAME_PARTICLES) \
                and (_is_cap(self.doc[k + 1]) and self.doc[k + 1].lower_ not in CAP_STOP
                     or self.doc[k + 1].lower_ in NAME_PARTICLES and k + 2 < self.hi and _is_cap(self.doc[k + 2])
                     or self.doc[k + 1].text == "-" and not token.whitespace_ and k + 2 < self.hi and _is_cap(self.doc[k + 2])):
            return "name"  # 'Lula da Silva', 'Ursula von der Leyen', 'Abdel Fattah al-Sisi'
        if low in _NAME_SYLLABLES and token.text[0].isupper() and k > self.lo and k + 1 < self.hi \
                and _static_kind(self.doc[k + 1].text) == "name" \
                and (self.doc[k - 1].text[0].isupper() or self.labels.get(k - 1) in ("title", "role")):
            return "name"  # 'President To Lam', 'party chief To Lam', 'Do Muoi': a capitalised short word inside a name
        if low in _SURNAMES_LIKE_PLACES and token.text[0].isupper() and self.lo < k < self.hi - 1 \
                and _static_kind(self.doc[k + 1].text) == "name" \
                and (self.labels.get(k - 1) in ("title", "role") or self.doc[k - 1].text.rstrip(".") in _HONORIFIC_WORDS
                     or self.doc[k - 1].text in _TITLE_ENDINGS):  # ('Minister of Foreign Affairs Park Jin')
            return "name"
        if (k + 1 < self.hi and (low, self.doc[k + 1].lower_) in _STYLE_PAIRS and _is_cap(self.doc[k + 1])
                or k > self.lo and (self.doc[k - 1].lower_, low) in _STYLE_PAIRS and _is_cap(self.doc[k - 1])):
            return "honorific"  # 'Tan Sri Muhyiddin Yassin'
        if low in _MONTH_SURNAMES and k > self.lo and self.token_kind(k - 1) in ("name", "person") \
                and (k + 1 >= self.hi or not self._texts[k + 1 - self.lo][:1].isdigit()):
            return "name"  # 'Prime Minister Theresa May in Ankara' (not 'on 5 May', 'Monday May 5')
        if low in _SHORT_STYLES and token.text[-1] != "." and self.lo < k and self.token_kind(k - 1) == "name" \
                and (k + 1 >= self.hi or not _is_cap(self.doc[k + 1])):
            return "name"  # 'Prime Minister Hun Sen said': a surname ending the name, not a style before one
        if low in POSSESSIVE and k > self.lo and self.token_kind(k - 1) in ("name", "person"):
            return "lower"  # 'President Rajapaksa's State visit': a possessive ends the name
        return _static_kind(token.text)

    def _korean_given_name_end(self, k: int) -> bool:
        """'Lee Jae-yong', 'Yoon Suk-yeol': a lower-case syllable joined by a hyphen to a short capitalised one
        after a family name (not 'Putin-led', 'Abu Dhabi-based')."""
        lo, texts = self.lo, self._texts
        if not (lo + 3 <= k < self.hi) or texts[k - 1 - lo] != "-" or not texts[k - lo].isalpha() or len(texts[k - lo]) > 5 \
                or texts[k - lo] in _HYPHEN_SUFFIXES:
            return False
        syllable, family = texts[k - 2 - lo], texts[k - 3 - lo]
        doc = self.doc
        return (doc[k - 2].whitespace_ == "" and doc[k - 1].whitespace_ == "" and len(syllable) <= 5 and syllable.isalpha()
                and syllable[0].isupper() and _static_kind(syllable) == "name" and _static_kind(family) == "name")

    def _initials_before_name(self, k: int) -> bool:
        """'Prime Minister KP Sharma Oli', 'Foreign Minister AK Abdul Momen': initials written without full stops,
        between a title and a name."""
        text = self._texts[k - self.lo] if self.lo <= k < self.hi else ""
        return (2 <= len(text) <= 3 and text.isalpha() and self.lo < k < self.hi - 1
                and self.labels.get(k - 1) in ("title", "role") and _static_kind(self._texts[k + 1 - self.lo]) == "name")

    def _surname_in_capitals(self, k: int) -> bool:
        """'Mr. KISHIDA Fumio', 'H.E. Ms. KAMIKAWA Yoko': a family name in capitals (Japanese official style)
        between an honorific and a given name, not an organisation's short name."""
        text = self._texts[k - self.lo] if self.lo <= k < self.hi else ""
        if not (text.isalpha() and self.lo < k < self.hi - 1):
            return False
        before, after = self._texts[k - 1 - self.lo], self._texts[k + 1 - self.lo]
        styled = before.rstrip(".") in _HONORIFIC_WORDS or self.labels.get(k - 1) in ("title", "country")
        # ('Minister for Foreign Affairs of Japan KAMIKAWA Yoko'; 'Minister KAMIKAWA is ...': the surname alone)
        return styled and (_static_kind(after) == "name" or len(text) >= 4 and after.islower() and bool(set(text) & set("AEIOU"))
                           and self.labels.get(k - 1) == "title")

    def _chunks(self) -> None:
        """Split the sentence into capitalised chunks and classify each; persons last, once
        every organisation and treaty is labelled, so titles read the final token kinds."""
        self._pending_people: list[tuple[int, int, int]] = []
        self._of_country: dict[tuple[int, int], str | None] = {}
        self._list_title: dict[tuple[int, int], tuple[int, int]] = {}  # a listed person's shared plural title span
        self._of_body: dict[tuple[int, int], str] = {}  # 'Director General X of the IAEA': the body X's office is in
        self._plural_title: tuple[int, int, int] | None = None  # (title start, end, list end) of 'Presidents X of A, ...'
        self._split_chunks()
        for chunk_start, i, j in self._pending_people:
            self._person_candidate(chunk_start, i, j)

    def _split_chunks(self) -> None:
        k = self.lo
        end = self.hi
        while k < end:
            kind = self.token_kind(k)
            if kind in ("lower", "conn") or self.doc[k].is_punct and self.doc[k].text not in ("-", "–"):
                k += 1
                continue
            j = k
            while j < end:
                kind_j = self.token_kind(j)
                if kind_j == "lower" and self.doc[j].lower_ == "in" and self._inside_instrument(k, j) and j + 1 < end \
                        and (self.doc[j + 1].lower_ == "the" or _is_cap(self.doc[j + 1])) \
                        and self.doc[j + 1].lower_ not in lx.dates_words():  # not '... Cooperation in January'
                    j += 1  # 'Memorandum of Understanding on Cooperation in the Field of Agriculture'
                    continue
                if self._texts[j - self.lo] == "," and self._comma_list_in_instrument(k, j):
                    j += 1  # 'Treaty of Peace, Friendship and Cooperation'
                    continue
                if j > k and self._plural_possessive(j):
                    j += 1  # "the Workers' Party of Korea"
                    continue
                if kind_j == "lower" or (self.doc[j].is_punct and self.doc[j].text not in ("-", "–")):
                    break
                if kind_j == "conn" and self._texts[j - self.lo].lower() in _AFTER_A_NAME and self._titled_name_start(k, j) is not None:
                    break  # 'talks with President X on the South China Sea': the topic is no part of X's name
                if kind_j == "conn" and j > k and self._texts[j - self.lo].lower() in ("at", "in", "on") \
                        and self.token_kind(j - 1) in ("title", "country", "demonym") and not self._portfolio_after_on(j):
                    break  # 'received the Indian Prime Minister at the Wagah border': a place, not a name
                if self._texts[j - self.lo] == "-" and j > k and j + 1 < end and not self.doc[j - 1].whitespace_ \
                        and not self.doc[j].whitespace_ and self._texts[j + 1 - self.lo].islower() \
                        and any(self.token_kind(x) in ("treatyhead", "orghead") for x in range(k, j)):
                    j += 2  # 'Joint Commission for Bilateral Co-operation': an institution's hyphenated word
                    continue
                if kind_j == "conn":
                    # a connector continues the chunk only if a capitalised word follows
                    if self.doc[j].lower_ == "and" and not self._and_joins(j) and not self._inside_instrument(k, j):
                        break
                    if j + 2 < end and self.token_kind(j + 1) == "country" and self._texts[j + 2 - self.lo] in ("'s", "’s"):
                        break  # 'thanked Erdogan for Turkey's support': a new phrase, not 'Institute for Strategic Studies'
                    if j + 1 < end and self.doc[j + 1].lower_ in lx.dates_words() and self._texts[j + 1 - self.lo][:1].isupper():
                        break  # 'Kofi Mensah on June 2': a date ends the name (not 'Min-jun')
                    if j + 1 < end and self.token_kind(j + 1) not in ("lower", "conn") and not self.doc[j + 1].is_punct:
                        j += 1
                        continue
                    if j + 2 < end and self.doc[j + 1].lower_ == "the" and self.token_kind(j + 2) not in ("lower", "conn"):
                        j += 1
                        continue
                    if j + 2 < end and self.doc[j].lower_ == "of" and self.doc[j + 1].lower_ == "a" \
                            and _is_cap(self.doc[j + 2]) and any(self.token_kind(x) == "treatyhead" for x in range(k, j)):
                        j += 2  # 'Agreement on the Establishment of a Joint Commission'
                        continue
                    break
                j += 1
            if j > k:
                self._classify_chunk(k, j)
            k = max(j, k + 1)

    def _titled_name_of_body(self, i: int, j: int, kinds: list[str]) -> bool:
        """'Director General Rafael Grossi of the International Atomic Energy Agency', 'Secretary-General X of the United
        Nations': a titled name, then 'of (the)' and a body; the person takes the office in the body, read as its own chunk."""
        for o in range(i + 2, j - 1):
            if self._texts[o - self.lo].lower() != "of":
                continue
            n = self._titled_name_start(i, o)
            if n is None or any(kind in ("country", "demonym") for kind in kinds[o - i:]):
                return False  # ('President X of Ghana' is read below, with its country)
            body = o + 1 + (self._texts[o + 1 - self.lo].lower() == "the" and o + 2 < j)
            if not _is_cap(self.doc[body]):
                return False
            read = (len(self.mentions), len(self._pending_people))
            self._classify_chunk(body, j)
            owner = next((m for m in self.mentions if m.kind in ("org", "bloc") and m.tok_start == body), None)
            if owner is None and read == (len(self.mentions), len(self._pending_people)):
                return False  # (nothing read after 'of': the chunk is read whole, as before)
            self._pending_people.append((i, n, o))
            if owner is not None:
                self._of_body[(n, o)] = owner.name if owner.kind == "org" else owner.text
            return True
        return False

    def _portfolio_after_on(self, j: int) -> bool:
        """'State Minister on European and Euro-Atlantic Integration X': 'on' opening a portfolio (capitalised words
        up to a portfolio word) inside an office's name."""
        if self._texts[j - self.lo] != "on":
            return False
        x = j + 1
        while x < self.hi and (_is_cap(self.doc[x]) or self._texts[x - self.lo] in ("and", "-")):
            if self._texts[x - self.lo].lower() in lx.PORTFOLIO_WORDS:
                return True
            x += 1
        return False

    def _titled_name_start(self, start: int, end: int) -> int | None:
        """Where the name ends tokens [start, end) begins, when a title or honorific opens it and no institution's
        word is among them; else None."""
        kinds = [self.token_kind(x) for x in range(start, end)]
        if not kinds or kinds[-1] != "name" or any(kind in ("orghead", "treatyhead") for kind in kinds):
            return None
        n = len(kinds)
        while n > 0 and kinds[n - 1] == "name":
            n -= 1
        return start + n if n > 0 and kinds[n - 1] in ("title", "role", "honorific") else None

    def _continues_list(self, end: int, start: int) -> bool:
        """Only ',' / 'and' / ', and' between the end of one listed item and the start of the next."""
        between = [t.lower() for t in self._texts[end - self.lo:start - self.lo]]
        return bool(between) and all(t in (",", "and") for t in between) and between.count("and") <= 1

    def _plural_possessive(self, k: int) -> bool:
        """An apostrophe closing a plural inside a name ("Workers' Party"): after an unspaced capitalised
        word ending in 's', before another capitalised word."""
        texts, lo = self._texts, self.lo
        return (texts[k - lo] in ("'", "’") and lo < k < self.hi - 1 and texts[k - 1 - lo].endswith("s")
                and texts[k - 1 - lo][:1].isupper() and not self.doc[k - 1].whitespace_ and _is_cap(self.doc[k + 1]))

    def _inside_instrument(self, start: int, k: int) -> bool:
        """'Agreement on the Promotion and Protection of Investments': 'and'/'in' inside a treaty's name."""
        nxt = k + 1 + (k + 2 < self.hi and self.doc[k + 1].lower_ == "the")
        if nxt >= self.hi or self.token_kind(nxt) in ("title", "honorific", "demonym", "country", "lower", "city"):
            return False
        if self.doc[k].lower_ == "in":
            return any(self.token_kind(x) == "treatyhead" for x in range(start, k))
        ahead = k + 1
        while ahead < min(self.hi, k + 6) and self.token_kind(ahead) not in ("lower", "title", "honorific", "person"):
            if self.token_kind(ahead) == "treatyhead":
                return True  # 'Basic Exchange and Cooperation Agreement': the head comes after 'and'
            ahead += 1
        heads = [x for x in range(start, k) if self.token_kind(x) in ("treatyhead", "orghead")]
        # 'European Council President Charles Michel and ...': a title or name after the head ends the body
        return bool(heads) and not any(self.token_kind(x) in ("title", "role", "person") for x in range(heads[-1] + 1, k))

    def _comma_list_in_instrument(self, start: int, comma: int) -> bool:
        """'Treaty of Peace, Friendship and Cooperation': after an instrument's head and 'of'/'on', a comma
        that lists capitalised words ending in 'and' + a capitalised word, none of them a place or a person."""
        words = [self.doc[x].lower_ for x in range(start, comma)]
        if not any(self.token_kind(x) == "treatyhead" for x in range(start, comma)) or not ({"of", "on"} & set(words)):
            return False
        x = comma + 1
        seen_and = False
        while x < min(self.hi, comma + 8):
            token = self.doc[x]
            if token.lower_ == "and" and x > comma + 1:
                seen_and = True
            elif token.is_punct or not _is_cap(token) or self.token_kind(x) not in ("name", "stop", "orghead", "treatyhead"):
                return False
            elif seen_and:
                return True
            x += 1
        return False

    def _and_joins(self, k: int) -> bool:
        """'Science and Culture Center' is one name; 'Xi Jinping and President X' or 'Vietnam and Russia' are two."""
        if k == self.lo or k + 1 >= self.hi:
            return False
        before = self.token_kind(k - 1)
        nxt = k + 1
        if self.doc[nxt].lower_ == "the" and nxt + 1 < self.hi:
            nxt += 1
        after = self.token_kind(nxt)
        return before in ("stop", "orghead", "treatyhead", "place", "org") and after in ("stop", "orghead", "treatyhead", "place", "name", "org")

    def _hyphen_in_name(self, k: int, lo: int) -> bool:
        """'Kassym-Jomart': a hyphen with no spaces between two name tokens."""
        doc = self.doc
        return (doc[k].text in ("-", "–") and k > lo and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                and self.token_kind(k - 1) == "name" and k + 1 < self.hi and self.token_kind(k + 1) == "name")

    def _classify_chunk(self, i: int, j: int) -> None:
        if j - i > 2 and self._texts[i - self.lo] in ("His", "Her") and self.token_kind(i + 1) == "honorific":
            i += 1  # 'His Majesty King Abdullah', 'His Excellency President Ruto': the style's pronoun is no name
        while j - i > 2 and self._texts[j - 1 - self.lo] in _POST_NOMINALS and self.token_kind(j - 2) == "name":
            j -= 1  # 'Hon. Manasseh Sogavare MP': letters after a name are no part of it
        if j - i > 2 and self.doc[i].lower_ in _CLAUSE_OPENERS and self.token_kind(i) == "stop" \
                and self.token_kind(i + 1) in ("title", "honorific"):
            i += 1  # 'Following Secretary Baker's visit': a sentence's opening word, then a titled name
        kinds = [self.token_kind(k) for k in range(i, j)]
        if self._titled_name_of_body(i, j, kinds):
            return
        # 'President Ho Chi Minh of Vietnam', 'Prime Minister Narendra Modi of India'
        c = j
        while c > i and kinds[c - 1 - i] == "country":
            c -= 1
        o = c - 1 - (c - 1 > i and self.doc[c - 1].lower_ == "the")
        end = j
        if c == j and j - i >= 3 and self.doc[j - 1].lower_ == "of" and kinds[-2] == "name":
            o, c = j - 1, j + (j < self.hi and self.doc[j].lower_ == "the")  # '... of the People's Republic of China':
            end = c                                                           # the chunk ended before 'the'
            while end < self.hi and self.token_kind(end) == "country":
                end += 1
        if i < c < end and o > i and self.doc[o].lower_ == "of" and kinds[o - 1 - i] == "name":
            n = o
            while n > i and (kinds[n - 1 - i] == "name" or self._hyphen_in_name(n - 1, i)):
                n -= 1  # ('President Nana Akufo-Addo of Ghana')
            titled = n > i and any(kind in ("title", "honorific") for kind in kinds[: n - i])
            listed = n == i and self._plural_title is not None and self._continues_list(self._plural_title[2], i)
            if titled or listed:
                self._pending_people.append((i, n, o))
                self._of_country[(n, o)] = next((m.node_id for m in self.mentions if m.kind == "country" and m.tok_start == c), None)
                if titled and (self._texts[n - 1 - self.lo].lower() in PLURAL_TITLES or self.token_kind(n - 1) == "title"):
                    # 'Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan'; 'President Lula of Brazil,
                    # Santiago Peña of Paraguay': the title of the first 'Name of Country' is shared by those listed after
                    self._plural_title = (i, n, end)
                elif listed:  # the next 'Name of Country' of the list shares its title
                    self._list_title[(n, o)] = self._plural_title[:2]
                    self._plural_title = (*self._plural_title[:2], end)
                return
        # trailing person name: a run of name tokens at the end of the chunk
        n = j
        while n > i and (kinds[n - 1 - i] == "name" or self._hyphen_in_name(n - 1, i)):
            n -= 1
        if n > i and self.doc[n - 1].lower_ in NAME_PARTICLES:
            n -= 1
        for x in range(n + 1, j):  # 'Speaker of the Majlis Al-Shura Sheikh Abdullah ...': the name begins at the style
            if self._texts[x - self.lo] in NAME_STYLES and not (x == n + 1 and n > i and kinds[n - 1 - i] == "title"):
                # (not 'President Hassan Sheikh Mohamud': one given name between the title and the style, a name's middle)
                n = x
                break
        name_run = (n, j) if j - n >= 1 else None
        if name_run and j - n == 1 and any(kind in ("orghead", "treatyhead", "stop") for kind in kinds[: n - i]) \
                and not (kinds[n - 1 - i] == "country" and kinds[0] == "title") and not _JOINED_INITIAL.match(self._texts[n - self.lo]):
            name_run = None  # 'Institute for Strategic Studies': one trailing word after an institution is part of it
            # ('Minister of Foreign Affairs of Mongolia D.Tsogtbaatar' is a person: a title's country, then the name)
        if name_run and n > i and kinds[n - 1 - i] == "conn" and not (
                j - n >= 2 and n - 2 >= i and self.doc[n - 1].text in ("'s", "’s") and kinds[n - 2 - i] == "country"):
            name_run = None  # 'Principles of Friendly Relations': part of the chunk, not a person ("Senegal's Macky Sall" is)
        body_end = n if name_run else j
        body_kinds = kinds[: body_end - i]
        owner_end = next((p for p in range(body_end - 2, i, -1) if self._texts[p - self.lo] in ("'s", "’s")
                          and kinds[p + 1 - i] in ("title", "role")), i - 1)
        # ("the Union's High Representative for ... X": an office the institution's possessive opens, not an institution)
        has_org = "orghead" in body_kinds[owner_end + 1 - i:]
        treaty_positions = [p for p, kind in enumerate(body_kinds) if kind == "treatyhead"]
        if treaty_positions and self._is_treaty(i, body_end):
            self._add_treaty(i, body_end)
        elif has_org:
            self._add_org(i, body_end)
        place = body_kinds.index("place") if "place" in body_kinds else None
        if name_run and (place is None or "title" in body_kinds[:place]) and not (has_org and body_end == j):
            # (a place word after a title is its portfolio's: 'Minister of Pacific Island Affairs Hon. X')
            self._pending_people.append((i, name_run[0], name_run[1]))

    # ---- treaties -----------------------------------------------------------------------------
    def lowercase_treaties(self) -> None:
        """'adopted a joint statement on strengthening the X-Y Partnership': a named instrument in lower case."""
        doc = self.doc
        start_char = doc[self.lo].idx
        text = self.doc_text[start_char:self.sent.end_char]
        if not any(map(text.__contains__, _LOWER_TREATY_CUES)):
            return
        for m in _LOWER_TREATY.finditer(text):
            span = doc.char_span(start_char + m.start(), start_char + m.end(), alignment_mode="contract")
            if span is None or any(self.labels.get(k) == "treaty" for k in range(span.start, span.end)):
                continue
            end = self._extend_lowercase_name(span.end)
            if end == span.end:
                continue
            head = m.group(0)
            small = {"of", "on", "the", "and", "for", "to"}
            name = " ".join(w if w in small else w[:1].upper() + w[1:] for w in head.split())
            name = name + " " + self.text_between(span.end, end).translate(_NO_QUOTES).replace("  ", " ")
            mention = self.span_mention("treaty", span.start, end, name=name, extra={"kind": lx.TREATY_HEADS.get(head.lower(), "agreement")})
            self.mentions.append(mention)
            for k in range(span.start, end):
                self._label(k, "treaty", replace=False)
        for m in _NAMED_LOWER_HEAD.finditer(text):
            span = doc.char_span(start_char + m.start("name"), start_char + m.end(), alignment_mode="contract")
            if span is None or any(self.labels.get(k) in ("treaty", "title") for k in range(span.start, span.end)):
                continue
            named = [x for x in self.mentions if span.start <= x.tok_start and x.tok_end <= span.end - 1]
            if any(x.kind == "person" and x.via for x in named):
                continue  # ('the President Carter treaty': a titled person's name is no instrument's)
            states = [x for x in named if x.kind in ("country", "demonym", "bloc")]
            covered = sum(x.tok_end - x.tok_start for x in states)
            if states and covered == sum(1 for k in range(span.start, span.end - 1) if _is_cap(doc[k])):
                continue  # 'the Russia treaty', 'the Japanese agreement', 'the EU and China agreement': states', not a name
            name = " ".join(m.group("name").split()) + " " + m.group("head").capitalize()
            self.mentions = [x for x in self.mentions if x not in named]  # ('Oslo' inside 'the Oslo accords' is no place)
            self.mentions.append(self.span_mention("treaty", span.start, span.end, name=name,
                                                   extra={"kind": lx.TREATY_HEADS.get(_singular(m.group("head").lower()), "agreement")}))
            for k in range(span.start, span.end):
                self._label(k, "treaty")

    def _is_treaty(self, i: int, j: int) -> bool:
        words = [self.doc[k].lower_ for k in range(i, j)]
        joined = " ".join(words)
        return _ANY_TREATY_HEAD.search(joined) is not None

    def _add_treaty(self, i: int, j: int) -> None:
        # drop leading articles and sentence openers ('The', 'Following'), keep content words ('Defence Cooperation')
        while i < j and (self.token_kind(i) == "conn" or self.doc[i].lower_ in _TREATY_OPENERS):
            i += 1
        if i >= j:
            return
        words = [self.doc[k].lower_ for k in range(i, j)]
        generic = all(w in {"plan", "of", "action", "joint", "statement", "declaration", "agreement", "agreements",
                            "memorandum", "understanding", "protocol", "treaty", "framework", "a", "the"} for w in words)
        if words[-1] in ("agreements", "treaties", "documents", "instruments") and (generic or words[-1] != "agreements"):
            return  # 'signed 12 Agreements' names nothing; 'the Minsk Agreements', 'the Association Agreements' do
        end = j
        if generic:
            end = self._extend_lowercase_name(j)
            if end == j:
                return  # a bare 'Agreement' names nothing
        elif j < self.hi and self.doc[j].lower_ == "with" and all(w in ("joint", "communiqué", "communique") for w in words):
            end = self._extend_lowercase_name(j)  # 'the Joint Communiqué with the Republic of Chad' (and with Gabon, ...)
        name = self.text_between(i, end)
        kind = "treaty"
        joined = " ".join(self.doc[k].lower_ for k in range(i, end))
        for pattern, head_kind in _TREATY_HEAD_PATTERNS:
            if pattern.search(joined):
                kind = head_kind
                break
        acronym = None  # 'the EU-Vietnam Free Trade Agreement (EVFTA)': its short name
        if end + 2 < self.hi and self._texts[end - self.lo] == "(" and self._texts[end + 2 - self.lo] == ")" \
                and self._texts[end + 1 - self.lo].isupper() and len(self._texts[end + 1 - self.lo]) >= 3:
            acronym = self._texts[end + 1 - self.lo]
        self.mentions.append(self.span_mention("treaty", i, end, name=name, extra={"kind": kind, "acronym": acronym}))
        for k in range(i, end):
            self._label(k, "treaty", replace=False)

    def _extend_lowercase_name(self, j: int) -> int:
        """'Plan of Action to deepen the Strategic ... Partnership' -> the qualifying phrase; 'the Joint Communiqué with
        the Republic of Chad' -> the state it was made with (one instrument among the like ones made with others)."""
        end = self.hi
        if j < end and self.doc[j].lower_ == "with":
            k = j + 1 + (j + 1 < end and self.doc[j + 1].lower_ == "the")
            state = next((m for m in self.mentions if m.tok_start == k and m.kind == "country"), None)
            return state.tok_end if state is not None else j
        if j >= end or self.doc[j].lower_ not in ("to", "on"):
            return j
        k = j + 1
        last_cap = j
        if k < end and self.doc[k].text in _OPENING_QUOTES:
            k += 1  # 'a declaration on "Friendly Relations and Good Neighbourliness"': a title in quotes
        while k < end and k - j < 12:
            token = self.doc[k]
            if token.lower_ == "and" and last_cap == k and k + 1 < end and _is_cap(self.doc[k + 1]) \
                    and self.doc[k + 1].lower_ not in lx.dates_words() and k + 1 not in self.labels:
                k += 1  # 'on Trade and Investment Cooperation': one capitalised subject
                continue
            if (token.is_punct and token.text not in ("-", "–")) or token.lower_ in (
                    "between", "was", "were", "is", "are", "by", "which", "that", "and", "aiming", "with", "in", "at", "during", "since") \
                    or token.lower_ in lx.dates_words() or token.like_num:
                break  # 'an agreement on December 6', 'on Monday': a date, not the instrument's subject
            if _is_cap(token):
                last_cap = k + 1
            k += 1
        if last_cap > j + 1:
            return last_cap
        # 'a memorandum of understanding on agricultural research': a lower-case subject of 2+ words
        words = k - (j + 1)
        head = self.doc[j - 1].lower_
        if words >= 2 and head in ("understanding", "memorandum"):
            return k
        return j

    # ---- organisations ------------------------------------------------------------------------
    def _add_org(self, i: int, j: int) -> None:
        # strip a leading title phrase ('Director of the', 'General Secretary of the')
        k = i
        if j - i >= 3 and self._texts[i - self.lo].lower() in _NAMESAKE_STYLES and self.token_kind(i + 1) == "name" \
                and self.token_kind(i + 2) == "orghead":
            # 'King Abdulaziz Center for National Dialogue', 'Prince Sultan Air Base': named after a royal
            self.mentions.append(self.span_mention("org", i, j, name=self.text_between(i, j), extra={
                "kind": lx.ORG_HEADS.get(self.doc[i + 2].lower_, "other"), "country": None, "acronym": None}))
            for x in range(i, j):
                self._label(x, "org")
            return
        while k < j and (self.token_kind(k) in ("title", "role", "conn", "honorific")
                         or self.doc[k].lower_ in ("the", "a", "an", "his", "her", "their", "its", "excellency")
                         or self.doc[k].lower_ in _TIME_OF_OFFICE):
            k += 1  # ('Former European Council President X': the office is in the European Council)
        if k < j and self.token_kind(k) == "demonym" and k + 1 < j and self.token_kind(k + 1) in ("title", "role"):
            k += 1
            while k < j and self.token_kind(k) in ("title", "role", "conn"):
                k += 1
        while j > k and self.token_kind(j - 1) in ("conn", "title", "role", "honorific"):
            j -= 1
        if k >= j or "orghead" not in [self.token_kind(x) for x in range(k, j)]:
            return
        if j - k == 1 and self.doc[k].lower_.rstrip("s") in _VAGUE_BODIES:
            return  # 'the Party', 'the Government', 'the Center', 'the two Governments': too vague to be a node
        if self.doc[j - 1].lower_ in ("government", "cabinet", "administration", "party", "state", "army", "navy", "parliament") and all(
                self.token_kind(x) in ("country", "demonym", "conn") for x in range(k, j - 1)):
            return  # 'the DRV Government', 'the Government of Japan': the state itself
        name = self.text_between(k, j)
        c = k
        while c < j and self.token_kind(c) == "country":
            c += 1
        if k < c and c + 1 < j and self.doc[c].text in ("'s", "’s"):
            name = f"{self.text_between(c + 1, j)} of {self.text_between(k, c)}"  # "Brazil's Ministry of Foreign Affairs"
        head = next((self.doc[x].lower_ for x in range(k, j) if self.token_kind(x) == "orghead"), "")
        kind = lx.ORG_HEADS.get(head, lx.ORG_HEADS.get(head.rstrip("s"), "other"))
        if re.search(r"news agency|press agency", name, re.IGNORECASE):
            kind = "news_agency"
        country = None
        for x in range(k, j):
            if self.token_kind(x) in ("country", "demonym"):
                country = next((m.node_id for m in self.mentions if m.tok_start <= x < m.tok_end and m.kind in ("country", "demonym")), None)
                break
        acronym = None
        if j + 2 < self.hi and self.doc[j].text == "(" and self.doc[j + 2].text == ")" and self.doc[j + 1].text.isupper():
            acronym = self.doc[j + 1].text
        mention = self.span_mention("org", k, j, name=name, extra={"kind": kind, "country": country, "acronym": acronym})
        self.mentions.append(mention)
        for x in range(k, j):
            if self.token_kind(x) not in ("country", "demonym"):
                self._label(x, "org")

    # ---- persons --------------------------------------------------------------------------------
    def _person_candidate(self, chunk_start: int, i: int, j: int) -> None:
        doc = self.doc
        if i > self.lo and doc[i - 1].text == "(" and j < self.hi and doc[j].text == ")":
            return  # '(Rajya Sabha)': another name for what precedes it
        tokens = [doc[k].text for k in range(i, j)]
        texts, lo = self._texts, self.lo
        if i - 1 >= lo and texts[i - 1 - lo] in ("as", "dubbed", "nicknamed") \
                and (texts[i - 1 - lo] != "as" or i - 2 >= lo and texts[i - 2 - lo] == "known"):
            return  # 'the foreign ministry, known as Itamaraty': another name of what precedes, not a person
        # a name is 1-7 words, not counting hyphens and particles ('Nawaf Al-Ahmad Al-Jaber Al-Sabah');
        # single words need outside evidence, checked by the resolver
        words = [k for k in range(i, j) if tokens[k - i] not in ("-", "–") and tokens[k - i].lower() not in NAME_PARTICLES]
        if len(words) > 7:
            i = words[-7]
        styled = False  # 'His Highness Sheikh Mohamed bin Zayed': a royal style before the name, not part of it
        while j - i >= 2 and (texts[i - lo] in _ROYAL_STYLES or texts[i - lo] == "Royal" and texts[i + 1 - lo] in _ROYAL_STYLES):
            i, styled = i + 1, True
        title_phrase, title_country, title_org, role = self._title_before(chunk_start, i)
        if not title_phrase and (i, j) in self._list_title:  # 'Presidents X of A, Y of B': Y's title too
            title_phrase, title_country, title_org, role = self._title_parts(*self._list_title[(i, j)]) or (None, None, None, None)
        via = "title" if title_phrase else ""
        honorific = None
        if i > self.lo and (self.token_kind(i - 1) == "honorific" or texts[i - 1 - lo] in _ROYAL_STYLES):
            honorific = doc[i - 1].text  # ('His Highness Sheikh Mohamed bin Zayed': the name begins at the style)
            via = via or "honorific"
        elif styled:
            honorific = doc[i - 1].text
            via = via or "honorific"
        elif i - 2 >= lo and texts[i - 2 - lo].lower() == "first" and texts[i - 1 - lo].lower() in ("lady", "gentleman"):
            honorific = f"{texts[i - 2 - lo]} {texts[i - 1 - lo]}"  # 'accompanied by First Lady Jill Biden'
            via = via or "honorific"
        h = i
        while h > self.lo and (self.token_kind(h - 1) == "honorific" or doc[h - 1].lower_ in ("his", "her")
                               or doc[h - 1].text == "," and h - 2 > self.lo and self.token_kind(h - 2) == "honorific"):
            h -= 1  # (also over a comma after a style: 'the President of Nigeria, His Excellency, Dr Goodluck Jonathan')
        follows = self._texts[j - lo] if j < self.hi else ""
        acts = follows[:1].islower() and follows.isalpha() and follows not in ("and", "or", "who", "whose") \
            and follows not in _AFTER_A_NAME  # ('... with the Prime Minister of India, X at Hyderabad House': X is met)
        respective = None
        if not title_phrase and (respective := self._respective_title(h)):
            title_phrase, title_country = respective  # 'The Prime Ministers of Georgia and Armenia, X and Y': each his own
            title_org, role, via = None, "office", "title"
        if h - 2 >= self.lo and doc[h - 1].text in (",",) and not title_phrase:
            phrase = self._title_backwards_across_comma(h, acts)
            if phrase:
                title_phrase, title_country, title_org, role = phrase
                via = "title"
        if not title_phrase and not honorific and j - i >= 2 and i - 2 >= lo and texts[i - 1 - lo] in ("'s", "’s") \
                and self.token_kind(i - 2) == "country":  # "Senegal's Macky Sall": a person of that country
            via = "possessive"
            title_country = next((m.node_id for m in self.mentions if m.kind == "country" and m.tok_end == i - 1), None)
        # (the span of the title read for this name: not one left from an earlier name when the title is a respective one)
        used_span = getattr(self, "_last_title_span", None) if title_phrase and not respective else None
        if title_phrase and not title_country and used_span:
            title_country = self._possessive_country(used_span[0]) or self._counterpart_country(used_span[0]) \
                or self._of_country.get((i, j))
        if title_phrase and not title_country and not title_org and (i, j) in self._of_body:
            title_org = self._of_body[(i, j)]  # 'Director General X of the IAEA'
        second_office = None
        if title_phrase and not title_org:
            after = self._appositive_after(j)  # 'President Ho Chi Minh, the leader of the Vietnamese nation'
            if after and after[1] and not title_country:
                title_country = after[1]
            elif after and after[2] and after[3] == "office" and title_country:
                second_office = after  # 'Angolan President X, the current Chairperson of the African Union': both
        if not title_phrase and (shared := self._shared_plural_title(h)):
            title_phrase, title_country, title_org, role, used_span = shared  # 'Prime Ministers Hon. X MP and Hon. Y MP'
            via = "title"
        if not title_phrase:
            after = self._appositive_after(j)
            if after:
                title_phrase, title_country, title_org, role = after
                via = "appositive"
                used_span = self._last_title_span
        if not title_phrase and (after := self._office_as_after(j)):
            title_phrase, title_country, title_org, role = after
            via = "office-as"
            used_span = self._last_title_span
        gender = None
        if honorific and honorific.lower().rstrip(".") in {g.rstrip(".") for g in lx.FEMALE_CUES}:
            gender = "f"
        if title_phrase and title_phrase.lower().split()[0] in lx.FEMALE_CUES:
            gender = "f"
        mention = self.span_mention("person", i, j, name=_name_in_case(doc[i:j].text), title=title_phrase, title_country=title_country,
                                    title_org=title_org, role=role, gender=gender, via=via)
        if second_office:
            mention.extra["second_office"] = second_office
        if title_phrase and used_span:
            mention.extra["title_span"] = used_span
        if honorific and honorific.lower().startswith("first ") and not title_phrase:
            mention.extra["consort"] = True  # 'First Lady X': a leader's spouse
        self.mentions.append(mention)
        for k in range(i, j):
            self._label(k, "person")

    def _refresh_titles(self) -> None:
        """Organisations are found chunk by chunk, so re-read each title once all are known."""
        for m in self.mentions:
            span = m.extra.get("title_span")
            if m.kind == "person" and span:
                parts = self._title_parts(*span)
                if parts:
                    m.title, country, org, m.role = parts
                    m.title_country = country or m.title_country
                    m.title_org = org or m.title_org  # (kept: 'Director General X of the IAEA' names its body after X)
                    split = self._other_title_before(*span)
                    earlier = self._title_parts(span[0], split) if split is not None else None
                    if earlier is None and not self._plural_verb_at(m.tok_end) \
                            and (start := self._title_joined_before(span[0])) is not None:
                        earlier = self._title_parts(start, span[0] - 1)  # the chunk before 'and'
                        if earlier:
                            m.extra["titles_joined"] = True  # 'X and President Y received': Y acts
                    if earlier:  # 'General Secretary of the X Party Central Committee and President Y'
                        m.extra["more_titles"] = [earlier]
                    self._last_title_span = span
            if m.kind == "person" and (also := self._office_in_relative_clause(m.tok_end)):
                if m.title:  # 'X, who is also Chairman of the Y Committee,': another office of the same person
                    m.extra.setdefault("more_titles", []).append(also)
                else:
                    m.title, m.title_country, m.title_org, m.role = also
        self._respective_countries()

    def _respective_countries(self) -> None:
        """'Romanian and Turkish Foreign Ministers X and Y': the states listed before a plural title go, in order, to
        the names listed after it (each name otherwise takes the state nearest the title)."""
        listed = [m for m in self.mentions if m.kind == "person" and m.title and is_plural_title(m.title)]
        if not listed:
            return
        by_start = {m.tok_start: m for m in self.mentions}
        for span in dict.fromkeys(m.extra.get("title_span") for m in listed):
            names = [m for m in listed if m.extra.get("title_span") == span]
            states = []
            k = span[0] if span else -1
            while (state := by_start.get(k)) is not None and state.kind in ("demonym", "country"):
                states.insert(0, state)
                k -= 1
                if k < self.lo or self._texts[k - self.lo] not in ("and", ","):
                    break
                k -= 1 + (k - 1 >= self.lo and self._texts[k - self.lo] == "and" and self._texts[k - 1 - self.lo] == ",")
            if len(states) >= 2 and len(states) == len(names):
                for name, state in zip(names, states):
                    name.title_country = state.node_id

    def _office_in_relative_clause(self, j: int) -> tuple[str, str | None, str | None, str] | None:
        """The office after ', who is also' / ', who doubles as' / ', who also serves as' right after a name
        at ``j``, up to the next comma: (title, country id, org name, office|affiliation)."""
        lo, texts = self.lo, self._texts
        words = [t.lower() for t in texts[j - lo:j - lo + 5]]
        if len(words) < 4 or words[0] != "," or words[1] != "who":
            return None
        for lead in (("is", "also"), ("doubles", "as"), ("also", "serves", "as"), ("is", "concurrently")):
            if tuple(words[2:2 + len(lead)]) == lead:
                start = j + 2 + len(lead)
                break
        else:
            return None
        end = start
        while end < self.hi and not (self.doc[end].is_punct and texts[end - lo] not in ("-", "–")):
            if self.token_kind(end) in ("person", "name"):
                return None  # another person's office
            end += 1
        if end == start or self.token_kind(start) not in ("title", "role") and texts[start - lo].lower() not in ("the", "a"):
            return None
        return self._title_parts(start, end)

    def _plural_verb_at(self, k: int) -> bool:
        """'NATO Secretary General and Chancellor Merkel discuss ...': a plural verb after the name makes the
        phrase before 'and' another person, not a second office of this one."""
        return k < self.hi and self._texts[k - self.lo] in _PLURAL_VERBS

    def _title_joined_before(self, i: int) -> int | None:
        """Where a title phrase ending in 'and' right before ``i`` starts ('Deputy Prime Minister and
        Foreign Minister X'), if one does: offices, organisations and places, no other person."""
        if i - 2 < self.lo or self.doc[i - 1].lower_ != "and":
            return None
        k = i - 2
        while k >= self.lo and (self.token_kind(k) in ("title", "role", "org", "orghead", "country", "demonym", "conn", "stop", "bloc")
                                or self.doc[k].lower_ in _MODIFIERS):
            if self.doc[k].is_punct and self.doc[k].text not in ("-", "–"):
                break
            k -= 1
        start = k + 1
        while start < i - 1 and self.token_kind(start) == "conn":
            if self.doc[start].lower_ == "the":
                return None  # 'The Crown Prince and President X': a description of someone else
            start += 1
        if start > i - 2 or not any(self.token_kind(x) in ("title", "role") for x in range(start, i - 1)):
            return None
        return start

    def _other_title_before(self, i: int, j: int) -> int | None:
        """Where an 'and' joins two offices of one person in the title phrase [i, j), if it does:
        the offices after it are the title; those before it are another office held too (a name
        there instead is another person's: 'President X and First Lady Y')."""
        x = self._title_break(i, j)
        return x if x is not None and self.doc[x].lower_ == "and" else None

    def _title_break(self, i: int, j: int) -> int | None:
        """The last token of [i, j) that ends what comes before the title proper: another person's
        name, or an 'and' that joins two things (not a name's 'and'); glosses in brackets are skipped."""
        depth = 0
        for x in range(j - 1, i - 1, -1):
            text = self.doc[x].text
            depth += (text == ")") - (text == "(")
            if depth > 0 or text in ("(", ")"):
                continue  # '(Rajya Sabha)' inside a title is a gloss, not another person
            if self.token_kind(x) in ("name", "person") or (self.doc[x].lower_ == "and" and x > i and not self._and_joins(x)
                                                             and self.labels.get(x) != "title"):  # ('Extraordinary and Plenipotentiary')
                return x
            if text in ("-", "–", "—") and x > i and self.doc[x - 1].whitespace_:
                return x  # 'Nairobi, Kenya - Kenyan President': a dateline's dash, not a hyphen
        return None

    def _title_parts(self, i: int, j: int) -> tuple[str, str | None, str | None, str] | None:
        """Read tokens [i, j) as a title phrase: (title, country id, org name, office|affiliation)."""
        kinds = [self.token_kind(k) for k in range(i, j)]
        if not any(kind in ("title", "role") for kind in kinds):
            return None
        i = self._aide_to(i)  # 'Adviser to the President X': an aide's title, not the President's
        self._last_title_span = (i, j)
        cut = self._title_break(i, j)  # 'President Rajapaksa and First Lady': only what follows the other name
        if cut is not None:
            i = cut + 1
        while i < j and (self.doc[i].lower_ in ("the", "a", "an", ",", "his", "her", "excellency") or self.doc[i].is_punct
                         or self.doc[i].text in ("new", "current")  # ('is the new ambassador of X'; not 'New Zealand')
                         or self.doc[i].lower_ in _CLAUSE_OPENERS or self.doc[i].lower_ in lx.dates_words()
                         or self.token_kind(i) == "honorific" and i + 1 < j  # ('Rt Hon Prime Minister X')
                         or self.token_kind(i) == "acronym" and i + 1 < j and self.token_kind(i + 1) in ("demonym", "country")):
            # ('OUAGADOUGOU French President X': a dateline in capitals before the title)
            i += 1  # (and a dateline's dash: 'MEXICO CITY (EFE) - The Mexican president, Claudia Sheinbaum';
            # a conjunction opening the sentence: 'When Chinese President Xi Jinping visited Riyadh')
        for x in range(j - 2, i, -1):  # 'new chairperson Rwandan President X': the office next to the name is his
            if self.token_kind(x) == "demonym" and self.token_kind(x - 1) in ("title", "role") and self.token_kind(x + 1) == "title":
                i = x
                break
        k = i
        while k < j and self.token_kind(k) == "stop":
            k += 1
        if i < k < j - 1 and self.doc[k].lower_ == "of" and self.token_kind(k + 1) in ("title", "role"):
            i = k + 1  # 'the State Visit of President X': the visit is no part of his title ('State Councilor' is)
        if not any(self.token_kind(k) in ("title", "role") for k in range(i, j)):
            return None  # 'President X and First Lady': nothing of the title is left for this person
        while j > i and (self.doc[j - 1].is_punct or self.doc[j - 1].lower_ in ("the", "of", "and")
                         or self.token_kind(j - 1) == "honorific"):  # 'counterpart Mr. X', 'President H.E. X'
            j -= 1
        if i >= j:
            return None
        # the country: a demonym or country inside the phrase; prefer the one after 'of'
        country = None
        org, org_at = None, i
        role = "office"
        for m in self.mentions:
            if i <= m.tok_start and m.tok_end <= j:
                if m.kind in ("country", "demonym") and country is None:
                    country = m.node_id
                elif m.kind == "city" and country is None and m.tok_end < j and self._texts[m.tok_end - self.lo] in ("'s", "’s"):
                    country = m.node_id  # "Doha's Foreign Minister": a capital's possessive names its state's office
                if m.kind == "org":
                    org, org_at = m.name, m.tok_start
                    if m.extra.get("country") and country is None:
                        country = m.extra["country"]
                elif m.kind == "bloc" and org is None:
                    org, org_at = m.text, m.tok_start  # 'NATO Secretary General', 'ASEAN Secretary-General': an office of the bloc
        if country is None:  # 'Kremlin spokesman', 'Pentagon press secretary'
            country = next((lx.GOVERNMENT_SEAT_COUNTRY[w] for w in (t.lower() for t in self._texts[i - self.lo:j - self.lo])
                            if w in lx.GOVERNMENT_SEAT_COUNTRY), None)
        if country is None and not org:  # 'External Affairs Minister S Jaishankar', 'the Taoiseach'
            phrase = " ".join(self._texts[i - self.lo:j - self.lo]).lower()
            country = next((c for office, c in lx.NATIONAL_OFFICES.items() if office in phrase
                            and not (office in lx.OFFICES_WITHOUT_PORTFOLIO and re.search(rf"{office}\s+(?:for|of)\b", phrase))), None)
        # 'Ambassador to Vietnam': the demonym names the sending state, not the host
        text = self.text_between(i, j)
        if re.search(rf"(?i){_ENVOY_WORDS}|attach|charg", text) \
                and (to_match := re.search(r"\b(?:to|in)\s+(?:the\s+)?(.+)$", text)):
            # 'Russian Ambassador to Vietnam': the demonym names the sending state; 'Ambassador to
            # Cuba' alone does not say whose ambassador, so no country
            demonyms = [m for m in self.mentions if i <= m.tok_start and m.tok_end <= j and m.kind in ("demonym", "country")
                        and self.doc[m.tok_start].idx < self.doc[i].idx + to_match.start()]
            country = demonyms[0].node_id if demonyms else None
            if org is not None and self.doc[org_at].idx >= self.doc[i].idx + to_match.start():
                org = None  # 'Qatari Ambassador to the United Nations': the body is where the envoy serves, not whom for
        last_title = max((k for k in range(i, j) if self.token_kind(k) in ("title", "role")), default=None)
        if last_title is not None and self.token_kind(last_title) == "role":
            role = "affiliation"
        # the title text without the country or demonym in front ('Russian President' -> 'President')
        k = i
        while k < j and self.token_kind(k) in ("demonym", "country") and k + 1 < j and (
                self.token_kind(k + 1) in ("title", "role", "demonym", "country", "orghead")
                or self._texts[k + 1 - self.lo] in ("'", "’") and k + 2 < j and self.token_kind(k + 2) in ("title", "role")
                or _is_cap(self.doc[k + 1]) and any(self.token_kind(x) in ("title", "role") for x in range(k + 2, j))):
            # 'Indian External Affairs Minister' -> 'External Affairs Minister'
            k += 1
            while k < j and self.token_kind(k) == "orghead" and k + 1 < j and self.token_kind(k + 1) in ("title", "role"):
                k += 1  # 'Vietnamese Party General Secretary' -> 'General Secretary'
        if k < j and self._texts[k - self.lo] in ("'", "’"):
            k += 1  # "Barbados' Prime Minister": a possessive written with the apostrophe alone
        title = re.sub(r"\s*\([^)]*\)?", "", self.text_between(k, j)).strip()
        title = re.sub(r"\s+(?:to|in)\s+(?:the\s+)?\S.*$", "", title) if role == "office" and re.search(rf"(?i){_ENVOY_WORDS}", title) else title
        title = _ROYAL_STYLE_AFTER_OFFICE.sub("", title)  # 'Foreign Minister Prince Faisal': the office is Foreign Minister
        return title, country, org, role

    def _aide_to(self, i: int) -> int:
        """The start of '(National Security) Adviser to the' before a leader's title at ``i``, else ``i``."""
        if i - 3 < self.lo or self.doc[i - 1].lower_ != "the" or self.doc[i - 2].lower_ != "to" \
                or self.doc[i - 3].lower_ not in _AIDE_WORDS:
            return i
        k = i - 3
        while k - 1 >= self.lo and _is_cap(self.doc[k - 1]) and self.token_kind(k - 1) not in ("person", "name", "country"):
            k -= 1  # 'National Security Adviser', 'Special Assistant'
        return k

    def _title_before(self, chunk_start: int, i: int) -> tuple[str | None, str | None, str | None, str | None]:
        start = chunk_start
        # 'His Excellency Xi Jinping', 'President of the People's Republic of China, His Excellency Xi'
        parts = self._title_parts(start, i) if i > start else None
        if parts:
            return parts
        # title chunk right before a comma-less name in lower case ('speaker of the Lok Sabha Om Birla')
        k = start - 1
        if k > self.lo and self.doc[k].text == "(" and self.token_kind(k - 1) == "title" and self.token_kind(start) == "honorific":
            k -= 1  # 'the Japanese Prime Minister (Mr Takeo Fukuda)': the name in brackets after its title
        if k > self.lo and self.doc[k].text == ")":
            while k > self.lo and self.doc[k].text != "(":
                k -= 1
            k -= 1
        while k >= self.lo and k >= start - 12 and not (self.doc[k].is_punct and self.doc[k].text not in ("(", ")")):
            if self.token_kind(k) == "lower" and self.doc[k].lower_ not in ("to", "in", "at", "for", "on", "from"):
                break  # 'The Vietnamese President observed that ... African': a verb ends the title's reach
                # ('his counterpart from Uzbekistan Bakhtiyor Saidov': a title's country after 'from')
            if self.doc[k].lower_ in ("at", "on", "from") and not any(
                    self.token_kind(x) in ("country", "city", "org", "bloc")
                    for x in range(k + 1, i if self.doc[k].lower_ == "from" else start)):
                break  # 'received the Indian Prime Minister at the Wagah border': a place after the title, not its name
            if self.token_kind(k) in ("title", "role"):
                while k - 1 >= self.lo and self.token_kind(k - 1) in ("demonym", "title", "role"):
                    k -= 1  # 'Vietnamese Ambassador to Cuba': the demonym belongs to the title
                parts = self._title_parts(k, i)
                if parts:
                    return parts
            k -= 1
        return None, None, None, None

    def _possessive_country(self, k: int) -> str | None:
        """"Kenya's founding President", "Australia's Deputy Prime Minister": whose office it is (``k``: the title's start)."""
        title_start = k
        k -= 1
        while k > self.lo and (self.doc[k].lower_ in ("founding", "former", "then", "late", "current", "new", "incoming", "outgoing", "first")
                               or self.doc[k].lower_ in _OFFICE_WORDS):  # "China's foreign ministry spokesperson"
            k -= 1
        if k > self.lo and self.doc[k].lower_ in POSSESSIVE:
            owner = next((m for m in self.mentions if m.kind in ("country", "city") and m.tok_end == k), None)
            return owner.node_id if owner else None
        if self.lo <= k < title_start and self.token_kind(k) in ("demonym", "country"):
            # 'Chinese foreign ministry spokesperson', 'the PNG Acting High Commissioner to the Solomon Islands'
            owner = next((m for m in self.mentions if m.kind in ("demonym", "country") and m.tok_end == k + 1), None)
            return owner.node_id if owner else None
        return None

    def _counterpart_country(self, k: int) -> str | None:
        """'his Ethiopian counterpart, Foreign Minister X': the demonym says whose minister X is."""
        if k - 3 < self.lo or self.doc[k - 1].text != "," or self.doc[k - 2].lower_ not in ("counterpart", "counterparts"):
            return None
        owner = next((m for m in self.mentions if m.kind in ("demonym", "country") and m.tok_end == k - 2), None)
        return owner.node_id if owner else None

    def _shared_plural_title(self, h: int):
        """The plural title of the name listed right before 'and' ('Prime Ministers X MP and Y MP': Y's too)."""
        if h - 2 < self.lo or self._texts[h - 1 - self.lo] != "and":
            return None
        prev = h - 2
        while prev > self.lo and self._texts[prev - self.lo] in _POST_NOMINALS:
            prev -= 1
        first = next((m for m in self.mentions if m.kind == "person" and m.tok_end == prev + 1), None)
        if first is None or not first.title or not is_plural_title(first.title):
            return None
        return first.title, first.title_country, first.title_org, first.role, first.extra.get("title_span")

    def _respective_title(self, h: int) -> tuple[str, str] | None:
        """'The Prime Ministers of Georgia and Armenia, Irakli Garibashvili and Nikol Pashinyan': the first named holds
        the office in the first state, the second in the second."""
        texts, lo = self._texts, self.lo
        k, which = h - 1, 0
        if k > lo and texts[k - lo] == "and":  # the second name: back over the first to the list's comma
            which, k = 1, k - 1
            while k > lo and self.token_kind(k) in ("name", "person", "honorific"):
                k -= 1
        if k - 4 < lo or texts[k - lo] != ",":
            return None
        if texts[k - 1 - lo].lower() in PLURAL_TITLES:  # 'Uruguay and Paraguay presidents, X and Y'
            return self._respective_before_title(k - 1, which)
        if k - 6 < lo:
            return None
        second = k - 1
        if self.token_kind(second) != "country":
            return None
        while second > lo and self.token_kind(second - 1) == "country":
            second -= 1
        joint = second - 1 - (texts[second - 1 - lo].lower() == "the")
        first = joint - 1
        if texts[joint - lo] != "and" or self.token_kind(first) != "country":
            return None
        while first > lo and self.token_kind(first - 1) == "country":
            first -= 1
        of = first - 1 - (texts[first - 1 - lo].lower() == "the")
        if of <= lo or texts[of - lo] != "of" or texts[of - 1 - lo].lower() not in PLURAL_TITLES:
            return None
        start = of - 1
        while start > lo and self.token_kind(start - 1) == "title":
            start -= 1
        countries = [next((m.node_id for m in self.mentions if m.kind == "country" and m.tok_start == x), None) for x in (first, second)]
        if None in countries:
            return None
        return " ".join(texts[start - lo:of - lo]), countries[which]  # (the plural made singular where the title is recorded)

    def _respective_before_title(self, title: int, which: int) -> tuple[str, str] | None:
        """'Uruguay and Paraguay presidents, X and Y' / 'the Kenyan and Ugandan foreign ministers, X and Y'."""
        start = title
        while start > self.lo and self.token_kind(start - 1) == "title":
            start -= 1
        b, joint, a = start - 1, start - 2, start - 3
        if a < self.lo or self._texts[joint - self.lo] != "and" or any(self.token_kind(x) not in ("country", "demonym") for x in (a, b)):
            return None
        states = [next((m.node_id for m in self.mentions if m.kind in ("country", "demonym") and m.tok_start <= x < m.tok_end), None)
                  for x in (a, b)]
        if None in states:
            return None
        return " ".join(self._texts[start - self.lo:title + 1 - self.lo]), states[which]

    def _title_backwards_across_comma(self, i: int, acts: bool = False):
        """'the Russian Ambassador to Vietnam, Genady Bezdetko': title, comma, name. Not when the name acts and the title
        is a preposition's object ('During his meeting with the Foreign Minister of X, Y discussed': Y is the subject)."""
        k = i - 2
        stop = max(self.lo, i - 14)
        while k >= stop:
            token = self.doc[k]
            if token.text == ")":  # 'Ambassador of Türkiye (Turkey) to Ghana, X': a gloss inside the title
                opening = next((x for x in range(k - 1, max(stop, k - 6) - 1, -1) if self.doc[x].text == "("), None)
                if opening is not None:
                    k = opening - 1
                    continue
            if token.is_punct and token.text not in ("-", "–"):
                break
            if self.token_kind(k) == "lower" and token.lower_ not in ("to", "in", "at", "of", "for", "the", "a", "an"):
                break
            k -= 1
        start = k + 1
        while start < i - 1 and self.token_kind(start) not in ("title", "role", "demonym", "country", "bloc", "org", "honorific"):
            start += 1  # 'delivered on Monday to the Angolan Head of State, X': the title begins at its first word
        before = start - 1 - (start - 1 > self.lo and self._texts[start - 1 - self.lo].lower() in ("the", "his", "her", "their"))
        # 'Bhandari, President of Nepal, Sirisena': a bare title between commas is the name's before (not 'His Excellency
        # al-Sisi, the President of Sudan, Omer al-Bashir, will visit', where 'the' opens a title of its own)
        if before == start - 1 > self.lo and self._texts[before - self.lo] == "," and self.token_kind(before - 1) in ("name", "person"):
            return None
        if acts and before >= self.lo and self._texts[before - self.lo].lower() in ("with", "to", "by", "from", "for", "of", "on"):
            return None
        return self._title_parts(start, i - 1)

    def _appositive_after(self, j: int):
        """'Vladimir Murashkin, Director of the ...,' / 'Maria Zelenkova, a senior expert at ...'."""
        end = self.hi
        if j >= end or self.doc[j].text != ",":
            return None
        k = j + 1
        while k < end and k - j < 18:
            token = self.doc[k]
            if token.is_punct and token.text not in ("-", "–", "(", ")", "'s", "’s"):
                break
            if self.token_kind(k) == "lower" and token.lower_ not in ("to", "in", "at", "of", "for", "the", "a", "an", "and", "on") \
                    and not (k <= j + 2 and token.lower_ in _IN_OFFICE_NOW) and not self._inside_possessed(k):
                break
            k += 1
        nxt = k
        if nxt < end and self.doc[nxt].text == "(":
            while nxt < end and self.doc[nxt].text != ")":
                nxt += 1
            nxt += 1
        if any(self.token_kind(x) in ("name", "person") for x in range(j + 1, k)) or (
            nxt > k and nxt < end and self.token_kind(nxt) == "name"
        ):
            return None  # 'X, President of Y Vladimir Putin': the title of the next person, not X's
        parts = self._title_parts(j + 1, k)
        if parts is None:
            return None
        # the phrase must start with the title (after an article or demonym), not contain one deep inside
        first = j + 1
        while first < k and (self.doc[first].lower_ in ("a", "an", "the") or self.doc[first].lower_ in _IN_OFFICE_NOW):
            first += 1
        if self.token_kind(first) not in ("title", "role", "demonym", "country"):
            return None
        return parts

    def _inside_possessed(self, k: int) -> bool:
        """'leader of Britain's main opposition Labour Party': lower-case words after a possessive, before the
        capitalised body it owns, belong to the phrase (the office is in the party, not the country)."""
        for back in range(k - 1, max(self.lo, k - 4) - 1, -1):
            if self._texts[back - self.lo] in ("'s", "’s"):
                ahead = next((x for x in range(k + 1, min(self.hi, k + 4)) if self.token_kind(x) != "lower"), None)
                return ahead is not None and _is_cap(self.doc[ahead]) and self.token_kind(ahead) in ("orghead", "org", "bloc")
            if self.token_kind(back) != "lower":
                return False
        return False

    def _office_as_after(self, j: int):
        """'X has assumed office as Rwanda's Foreign Minister', 'was sworn in as Prime Minister', 'appointed X as
        Foreign Minister': an office taken, told after the name by 'as' (right after it, or after a verb of taking office)."""
        k = j
        if j + 2 < self.hi and self._texts[j - self.lo] in ("is", "was") and self._texts[j + 1 - self.lo] in ("the", "a", "an"):
            k = j  # 'Joanne Doornewaard is the new ambassador of the Netherlands': an office told by 'is the'
        else:
            while k < self.hi and k - j < 6 and self.token_kind(k) == "lower" and self._texts[k - self.lo].lower() != "as":
                k += 1
            if k + 1 >= self.hi or self._texts[k - self.lo].lower() != "as":
                return None
            if k > j and not any(self._texts[x - self.lo].lower() in _TAKING_OFFICE for x in range(j, k)):
                return None  # 'X spoke as well as ...', 'X regards Y as ...': no office taken
        start = end = k + 1
        while end < self.hi and end - start < 14:
            if self.doc[end].is_punct and self._texts[end - self.lo] not in ("-", "–"):
                break
            word = self._texts[end - self.lo].lower()
            if self.token_kind(end) == "lower" and word not in ("of", "for", "the", "and", "to", "a", "an", "new", "current") \
                    or word in lx.dates_words() \
                    or word in ("on", "in", "at", "from", "since", "until", "after", "before", "during"):
                break
            end += 1
        first = start
        while first < end and self._texts[first - self.lo].lower() in ("the", "a", "an", "new", "its", "their", "current"):
            first += 1
        if first >= end or self.token_kind(first) not in ("title", "role", "demonym", "country", "bloc", "org"):
            return None
        return self._title_parts(start, end)

    # ---- pronouns and descriptions ---------------------------------------------------------------
    def _envoy_word_end(self, k: int) -> int | None:
        """Where 'the (new) (Australian) envoy' / 'the diplomat' ends, when no name follows it."""
        j = k + 1
        if j < self.hi and self._texts[j - self.lo].lower() in ("new", "visiting", "outgoing"):
            j += 1
        if j < self.hi and self.token_kind(j) == "demonym":
            j += 1
        if j >= self.hi or self._texts[j - self.lo].lower() not in ("envoy", "diplomat"):
            return None
        return None if j + 1 < self.hi and self.token_kind(j + 1) in ("person", "name", "title") else j + 1

    def _royal_style_end(self, k: int) -> int | None:
        """Where 'His Majesty' / 'Her Royal Highness' ends when it stands alone for a monarch (not before the name:
        'His Majesty King Abdullah II' is read as that name)."""
        end = k + 1 + (self._texts[k + 1 - self.lo] == "Royal")
        if end >= self.hi or self._texts[end - self.lo] not in _ROYAL_STYLES:
            return None
        end += 1
        if end < self.hi and (self.token_kind(end) in ("person", "title", "honorific") or self._texts[end - self.lo] in ("the", "of")):
            return None  # ('His Highness the Amir', 'His Majesty the Sultan of Brunei': the description that follows says who)
        return end

    def pronouns_and_descriptions(self) -> None:
        doc = self.doc
        for k in range(self.lo, self.hi):
            low = self._texts[k - self.lo].lower()
            styled = low in ("his", "her") and k + 1 < self.hi and self._texts[k + 1 - self.lo] in _STYLE_HEADS
            if styled and (end := self._royal_style_end(k)):  # 'His Majesty said': the monarch named before
                self.mentions.append(self.span_mention("description", k, end, name="Majesty", extra={"royal": True}))
            if low in PRONOUNS and not self.labels.get(k) and not styled:
                self.mentions.append(self.span_mention("pronoun", k, k + 1, gender=PRONOUNS[low],
                                                       extra={"possessive": low in ("his", "her")}))
            if low == "the" and k + 2 < self.hi and self._texts[k + 1 - self.lo] == "visiting" \
                    and self._texts[k + 2 - self.lo].lower() in _VISITING_HEADS:
                # 'the visiting leader': whoever is visiting, resolved by the extractor
                self.mentions.append(self.span_mention("description", k, k + 3, name=doc[k + 1:k + 3].text,
                                                       extra={"visiting": True}))
                continue
            if low == "the" and (end := self._envoy_word_end(k)):  # 'the envoy said', 'the Australian diplomat added'
                country = next((m.node_id for m in self.mentions if m.tok_start == k + 1 and m.kind == "demonym"), None)
                self.mentions.append(self.span_mention("description", k, end, name="envoy", title_country=country,
                                                       extra={"envoy": True}))
                continue
            if low == "the" and k + 1 < self.hi:
                j = k + 1
                country = None
                if self.token_kind(j) == "demonym":
                    country = next((m.node_id for m in self.mentions if m.tok_start == j), None)
                    j += 1
                m = j
                while m < self.hi and m - j < 3 and (
                    self.token_kind(m) in ("title", "role") or doc[m].lower_ in _DESCRIPTION_WORDS
                    or (country is not None and doc[m].lower_ == "leader")
                ):
                    m += 1
                head_of_state = self._head_of_state_at(m - 1)  # 'the Cuban head of State'
                head_ok = doc[m - 1].lower_ in TITLE_HEADS or (country is not None and doc[m - 1].lower_ == "leader") or head_of_state
                if m > j and head_ok and (m >= self.hi or self.token_kind(m) != "person" and self.token_kind(m) not in ("org", "treaty")):
                    word = doc[j:m].text
                    if doc[m - 1].lower_ in ("minister", "ministers") and doc[m - 1].lower_.endswith("s"):
                        continue
                    if doc[m - 1].lower_.endswith("s") and doc[m - 1].lower_ not in ("ministers",) and doc[m - 1].lower_ in PLURAL_TITLES:
                        continue
                    end = m
                    if head_of_state:
                        word, end = doc[j:m + 2].text, m + 2  # a head of state, Cuba's
                    elif m + 1 < self.hi and doc[m].lower_ == "of":
                        # 'the Foreign Minister of Armenia': the country names whose minister
                        p = m + 1  # ('the Minister of Foreign Affairs of the U.S.S.R.': past the portfolio to its state)
                        while p + 1 < self.hi and doc[p].lower_ != "of" and (
                                _is_cap(doc[p]) and self.token_kind(p) not in ("country", "person", "name", "city")
                                or doc[p].lower_ in ("and", "&")):
                            p += 1
                        if p > m + 1 and doc[p].lower_ == "of" and p + 1 < self.hi:
                            m, word = p, doc[j:p].text
                        n = m + 1 + (doc[m + 1].lower_ == "the")
                        owner = next((x for x in self.mentions if x.tok_start == n and x.kind == "country"), None)
                        if owner is None:
                            continue
                        country, end = owner.node_id, owner.tok_end
                    if end < self.hi and self.token_kind(end) in ("person", "name"):
                        continue
                    if self._named_after_comma(end):
                        continue  # 'the Prime Minister of India, His Excellency Shri Narendra Modi': his title, not another
                    self.mentions.append(self.span_mention("description", k, end, name=word, title_country=country))
        self.mentions.sort(key=lambda m: (m.start, -m.end))
