"""From documents to a resolved diplomatic graph.

``extract_document`` runs one article: spaCy splits it into sentences, ``mentions`` finds the
entities in each, this module resolves them (titles kept as offices, surnames and pronouns
to the last fitting person, descriptions such as "the expert" to the person who carries that
title) and ``rules`` turns each sentence into dated, evidenced edges. ``extract_documents``
merges articles and resolves across them (one node per real person, treaty aliases merged,
partnership levels dated by their earliest mention).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Iterator

import networkx as nx

from diplograph.graph.memory import DiploGraph, add_new_evidence, cycle_collector_paused
from diplograph.graph.models import (
    SYMMETRIC_EDGE_TYPES,
    Country,
    Document,
    Edge,
    EventDate,
    NodeBase,
    Organization,
    Person,
    Treaty,
)
from diplograph.loaders import lexicon as lx
from diplograph.loaders import rules
from diplograph.loaders.dates import DateMention, announces, day_date, find_dates, period_date, period_end
from diplograph.loaders.documents import SourceDocument
from diplograph.loaders.mentions import (NAME_STYLES, PRONOUNS, TITLE_HEADS, Mention, SentenceAnalysis, find_matches, is_plural_title,
                                         pipeline, warm_up)

# an instrument named by its kind alone ('an MoU', 'the Agreement', 'a Joint Statement'): no name to share across articles
_GENERIC_INSTRUMENT = re.compile(r"(?i)(?:the\s+|a\s+|an\s+)?(?:new\s+|joint\s+|bilateral\s+|framework\s+)*"
                                 r"(?:mou|moa|memorand(?:um|a)(?:\s+of\s+understanding)?|agreements?|treat(?:y|ies)|accords?|"
                                 r"protocols?|statements?|declarations?|communiqu[eé]s?|pacts?|conventions?|charter|deals?)")
# an institution named by its kind alone ('the Senate', 'the Foreign Ministry', 'Parliament'): every state has one
_GENERIC_INSTITUTION = re.compile(r"(?i)(?:the\s+)?(?:national\s+|federal\s+|state\s+|presidential\s+|upper\s+|lower\s+|supreme\s+)?"
                                  r"(?:senate|parliament|assembly|cabinet|government|congress|presidency|embassy|court|"
                                  r"(?:foreign|defen[cs]e|finance|interior|justice|trade)\s+ministry|ministry\s+of\s+[a-z ]+|"
                                  r"(?:presidential\s+)?office|house\s+of\s+representatives|chamber\s+of\s+deputies|"
                                  r"council\s+of\s+ministers|central\s+bank)")
_TOOK_OFFICE = re.compile(r"\b(?:took|takes|taking|assumed|assumes|assuming)\s+(?:office|power)\b|\b(?:took|taking)\s+over\s+"
                          r"(?:(?:his|her|the)\s+(?:country['’]s\s+)?(?:leadership|presidency|premiership))|\bcame\s+to\s+power\b", re.I)
# offices of a head of state and of a head of government: what 'the two heads of state' and 'the Vietnamese leader' may be
_HEAD_OF_STATE_OFFICES = r"president|king|queen|emperor|emir|amir|sultan|head\s+of\s+state"
_HEAD_OF_GOVERNMENT_OFFICES = r"prime\s+minister|premier|chancellor"
_LEADER_TITLE = re.compile(rf"(?<!vice )(?<!vice-)(?<!deputy )\b(?:{_HEAD_OF_STATE_OFFICES}|{_HEAD_OF_GOVERNMENT_OFFICES}|"
                           r"general\s+secretary|chairman|leader|head\s+of\s+government)\b", re.I)
_CONTEXT_DATED = frozenset({"VISITED", "MET", "SIGNED", "INVITED"})
# 'Eisenhower, who had visited Moscow after the war': told as before the story, so not of the article's day
_PLUPERFECT = {kind: re.compile(rf"\bhad\s+(?:\w+ly\s+)?(?:{verbs})\b", re.IGNORECASE) for kind, verbs in (
    ("VISITED", r"visited|travell?ed\s+to|been\s+to|gone\s+to|come\s+to"), ("MET", r"met|held\s+talks"),
    ("SIGNED", r"signed"), ("INVITED", r"invited"), ("MEMBER_OF", r"joined|acceded|been\s+admitted"))}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS = {"both": 2} | {word: n for word, n in _NUMBER_WORDS.items() if n <= 4}  # 'the two leaders', 'the four ministers'
_GROUP = re.compile(
    r"\b(?:the\s+)?(two|both|three|four)\s+(?:leaders|presidents|prime\s+ministers|(?:foreign\s+|defence\s+|defense\s+)?ministers|"
    r"heads\s+of\s+(?:state|government)|sides|premiers|chancellors|men|women|(?:top\s+)?diplomats|envoys|counterparts)\b", re.IGNORECASE)
_THEY = re.compile(r"(?<=\s)they\b")  # inside a sentence, lower case: not an opening 'They' of someone earlier
MAX_CHUNK = 20_000  # characters handed to spaCy at once; long lines are cut at whitespace
_SPEECH_NEAR = re.compile(
    r"^\s*(?:,\s*)?(?:also\s+|has\s+|had\s+)?(?:said|says|noted|added|stressed|emphasi[sz]ed|affirmed|told|stated|highlighted)\b", re.I
)
_HERE = re.compile(r"\bhere\b")
_BRACKETED_NAME = re.compile(r"\s*\((?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\)")
_REPORTING_TAIL = re.compile(r",\s*[”\"’']?\s*$|[”\"]\s*,?\s*$")  # '..., he added', '"...," she said'
_SPEECH_BEFORE = re.compile(r"(?:said|according\s+to|noted|added)\s*$", re.I)  # read on the last 200 characters
# What puts a person just before a mention in an object's place ('met X', 'the invitation of President X'):
# one of these words, then only an article and capitalised words up to the mention.
_OBJECT_PHRASES = ("invitation of", "accompanied by", "together with", "called on")  # matched inside words too
_OBJECT_WORDS = ("with", "by", "met", "meets", "meeting", "to", "received", "welcomed", "welcoming", "from", "thanked",
                 "thanks", "invited", "invites", "congratulated", "congratulates", "praised", "told", "assured", "urged",
                 "briefed", "hosted")
_TITLES_BEFORE_AND = ("Minister", "Councilor", "Councillor", "President", "Secretary", "Chairman")  # 'Minister and X' is a title


def _backwards(phrase: str) -> str:
    return r"\s+".join(re.escape(word[::-1]) for word in reversed(phrase.split()))


# Read backwards from the mention, so the pattern is tried at one place, not at each of 60 (the forward
# pattern ending in '$' cost ~40 us a mention; this ~1.3 us). Forwards it reads:
#   (PHRASE|\bWORD|(?<!TITLE )\band)\s+((the|his|her|a)\s+)?([A-Z][\w.'’-]*\s+|(Lady|Madam|Excellency),\s+|(of|the|and)\s+)*$
_OBJECT_BEFORE_REVERSED = re.compile(
    r"(?:\s+[\w.'’\-]*[A-Z]|\s+,(?:ydaL|madaM|ycnellecxE)|\s+(?:fo|eht|dna))*(?:\s+(?:eht|sih|reh|a))?\s+"
    r"(?:" + "|".join(_backwards(p) for p in _OBJECT_PHRASES)
    + r"|(?:" + "|".join(_backwards(w) for w in _OBJECT_WORDS) + r")\b"
    + r"|dna\b" + "".join(f"(?! {_backwards(t)})" for t in _TITLES_BEFORE_AND) + ")"
)


# 'a delegation led by President X arrived': the one who leads it acts (arrives, visits, holds talks) with it
_LEADS_A_DELEGATION = re.compile(r"\b(?:delegation|mission|team)\s+(?:led|headed)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,5}$")


_PASSIVE_AGENT = re.compile(r"\b(?:made|given|issued|delivered|announced|offered|extended|signed|expressed|voiced|hosted)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


def _object_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in an object's place ('invited President ', 'talks with '), read
    within the last 60 characters."""
    return _OBJECT_BEFORE_REVERSED.match(text[max(0, end - 60):end][::-1]) is not None


# what a group noun says its members are: 'the four ministers' are ministers or (cabinet) secretaries
_GROUP_OFFICES = (
    (re.compile(r"prime\s+ministers|premiers", re.I), re.compile(r"\b(?:prime\s+minister|premier)\b", re.I)),
    (re.compile(r"ministers", re.I), re.compile(r"\b(?:(?<!prime )minister|(?<!general )secretary(?!-general)(?! general))\b", re.I)),
    (re.compile(r"presidents", re.I), re.compile(r"(?<!vice )(?<!vice-)\bpresident\b", re.I)),
    (re.compile(r"chancellors", re.I), re.compile(r"\bchancellor\b", re.I)),
    (re.compile(r"heads\s+of\s+state", re.I),  # 'the two heads of state met': presidents and monarchs, not their ministers
     re.compile(rf"(?<!vice )(?<!vice-)\b(?:{_HEAD_OF_STATE_OFFICES})\b", re.I)),
    (re.compile(r"heads\s+of\s+government", re.I), re.compile(rf"\b(?:{_HEAD_OF_GOVERNMENT_OFFICES})\b", re.I)),
)


_OF_COUNTRY_END = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")  # ' of Russia' ending a name
_OWNER_FIRST = re.compile(r"^(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\s+")  # an owner's possessive opening a title


@lru_cache(maxsize=4096)
def _of_place(name: str) -> re.Pattern[str]:
    """' of (the) Russian Federation...' to the end of a title (compiled once per name); a portfolio after the state
    stays ('State Minister of Georgia on European Integration' -> 'State Minister on European Integration')."""
    return re.compile(r"\s+(?:of|for|from)\s+(?:the\s+)?" + re.escape(name)  # ('Minister of Foreign Affairs for Tanzania')
                      + r"(?!\w)(?:(?=\s+(?:on|for)\s+(?:the\s+)?[A-Z])|.*$)")  # (not '\b': 'of the U.S.S.R.')


# offices of international organisations: met in a country, their holder is not its official
_INTERNATIONAL_OFFICE = re.compile(r"secretary[- ]general|director[- ]general|high\s+representative|commissioner", re.I)


def _serves_a_state(titles: list[str]) -> bool:
    """Whether some title could be a state's office ('Secretary General' met at a summit in Vilnius is NATO's)."""
    return not titles or any(not _INTERNATIONAL_OFFICE.search(title) for title in titles)


def _group_office(group: str) -> re.Pattern[str] | None:
    """The office a group noun names ('ministers', 'presidents'), as a pattern over titles; None for
    nouns that name no office ('leaders', 'sides'), which fit everyone."""
    return next((office for noun, office in _GROUP_OFFICES if noun.search(group)), None)


# A full name acting in a diplomatic event is a person even without a title ('Mauro Vieira met Diana Mondino').
_EVENT_AFTER = re.compile(r"\s*(?:,\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?=,|and\b))*(?:,\s*)?"
                          r"(?:and\s+(?:[A-Z][\w'’.-]*\s+|(?:de|da|van|von|der|del|al|bin|la|le)\s+(?=[A-Z])){1,5})?"  # ('and Charles de Gaulle')
                          r"(?:also\s+|later\s+|then\s+)?"
                          r"(?:met|meets|visited|visits|received|receives|welcomed|hosted|attended|held\s+talks|held\s+(?:a\s+)?(?:bilateral\s+)?meetings?|"
                          r"signed|phoned|spoke\s+(?:by\s+phone\s+)?with|(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,5}?(?:talks|discussions?|"
                          r"tete-a-tete|tête-à-tête|conversation|summit))\b")
# 'Daniel arap Moi is the chairman of ...', 'X, then the president of ...': an office told after the name
_OFFICE_AFTER = re.compile(r"(?:\s+(?:is|was|became|remains)|\s*,\s*(?:then|now|later|currently))\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:"
                           + "|".join(sorted(TITLE_HEADS)) + r")\b")
# 'Analysts at Morgan Stanley said': a name right after a preposition is not who speaks
_AFTER_PREPOSITION = re.compile(r"\b(?:at|of|from|for|with|by)\s+(?:the\s+)?$")
# a clause of its own after a comma: '..., and Deng Xiaoping visited the United States' (an 'and' that
# lists objects, 'met X and Y', is read as an object's place)
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:and|but|while|then)\s+(?:[\w.'’-]+\s+){0,4}$")
_EVENT_BEFORE = re.compile(r"\b(?:(?:signed|received|welcomed|hosted|greeted|met|accompanied|joined)\s+by|(?:lunch|dinner|breakfast|ceremony|summit)\s+"
                           r"(?:in\s+(?:[A-Z][\w'’-]*\s+|de\s+|del\s+|da\s+){1,4})?with|met(?:\s+(?:for\s+(?:[\w-]+\s+){1,4}?(?:hours?|minutes)|briefly|privately|separately|again|twice))?(?:\s+with)?|meets?(?:\s+with)?|received|welcomed|hosted|(?:talks|discussions|conversations?)\s+with|meetings?\s+with|phoned|"
                           r"(?:spoke|talked)\s+(?:by\s+phone\s+)?with|invited)\s+"
                           r"(?:[A-Z][\w'’-]*\s+|(?:von|van|de|da|al|bin|arap)\s+(?=[A-Z])){0,5}?(?:and\s+)?$")  # '... talks with Le Duan and Pham Van Dong'


_ACRONYM_BEFORE = re.compile(r"\(([A-Z]{2,5})\)\s+(?:(?:Mr|Mrs|Ms|Dr|Smt|Shri|H\.E)\.?\s+)?$")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,5})\)")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,5}\b")
_JOINED_INITIALS = re.compile(r"\s+|(?<=\b[A-Z]\.)(?=[A-Z])|(?<=\b[A-Z][a-z]\.)(?=[A-Z])")  # name words: 'Kh.Battulga' -> Kh., Battulga


# words without which a sentence tells no visit / no meeting (a cheap test before the rules' patterns)
_VISIT_CUES = ("visit", "trip", "tour", "arriv", "reache", "foot", "attend", "travel", "landed", "flew", "was in ", "were in ", "is in ", "are in ", "stop",
               "returned to", "returns to", "came to", "come to", "comes to", "coming to", "spent", "depart", "left for", "leaves for",
               "leaving for", "going to", "host", "back from", "returned from", "returns from", "returning from", "headed to", "heads to",
               "heading to", "head to", "went on", "goes on", "go on", "proceed", "touched down", "been in ")
_MEETING_CUES = ("met", "meet", "talks", "receiv", "welcom", "host", "call", "conversation", "hands", "tete", "tête", "consult", "dialogue",
                 "interaction", "chair", "spoke", "speaks", "talked", "phoned", "summit", "greeted", "credence", "credentials", "discussions",
                 "negotiations", "over the signing", "witnessed the signing", "attend", "sat down", "sits down", "discussed",
                 "exchanged", "discuss", "confer", "sign", "alongside", "flanked", "lunch", "dinner", "breakfast", "banquet", "joint", "conference with",
                 "briefing with", "honour of", "honor of",
                 "audience")
_STATE_STYLE_LEFT = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic|Kingdom|Federation|Principality|Sultanate|Emirate)$")


_ERA_DATE_REACH = 100  # characters: a date further from a capital's name dates something else in the sentence


def _acts_in_event(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) meets, visits, receives or signs, or is met or received."""
    return bool(_EVENT_AFTER.match(text, end)) or bool(_EVENT_BEFORE.search(text, max(0, start - 70), start)) \
        or bool(_EVENT_BEFORE_A_ROLE.search(text, max(0, start - 120), start))


# 'held talks with the spokesman for Yemen's Ansarullah movement, Mohammad Abdulsalam': the role, then the name
_EVENT_BEFORE_A_ROLE = re.compile(r"\b(?:met(?:\s+with)?|talks\s+with|meetings?\s+with|received|hosted)\s+the\s+(?:[a-z-]+\s+){1,2}"
                                  r"(?:of|for)\s+[^,;()]{3,80},\s+$")


@dataclass
class PersonState:
    node_id: str
    name: str
    tokens: set[str]
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    last_seen: int = 0
    placed_titles: set[str] = field(default_factory=set)  # titles already linked to an office holder
    consort: bool = False  # introduced as 'First Lady': accompanies, is not a party to talks
    patronyms: frozenset[str] = frozenset()  # 'Abdulaziz' of 'Salman bin Abdulaziz': his father's name, not his


_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "emir", "amir", "sultan", "crown prince"})
_ENVOY_OFFICE = re.compile(r"ambassador|envoy|high\s+commissioner|chargé|charge d|consul|permanent\s+representative", re.I)
_ROYAL_TITLE_HEADS = frozenset({t.split()[-1] for t in _MONARCHS} | {"princess"})  # ('Crown Prince', 'Princess')
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "binti"})  # (their name keys are the words themselves)


def _patronyms(tokens: list[str]) -> frozenset[str]:
    """The name keys right after 'bin'/'ibn'/'bint': a father's names, which never stand for the person alone."""
    after = {_name_key(t) for prev, t in zip(tokens, tokens[1:]) if prev.lower() in _PATRONYMIC}
    own = {_name_key(t) for i, t in enumerate(tokens) if i == 0 or tokens[i - 1].lower() not in _PATRONYMIC}
    return frozenset(after - own)


def _without_org_prefix(office: str, org: str) -> str:
    """'Foreign Ministry spokeswoman' of the 'Foreign Ministry of Russia' -> 'spokeswoman': the longest
    leading run of the organisation's own words that ends in an institution word ('Ministry')."""
    words = office.split()
    known = {w.lower() for w in org.split()}
    cut = 0
    for n, word in enumerate(words[:-1], start=1):
        if word.lower() not in known:
            break
        if word.lower() in lx.ORG_HEADS:
            cut = n
    return " ".join(words[cut:]) if cut else office


_HOSTED = re.compile(r"\b(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|greets)\b")
_VISIT_AHEAD = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:visit|trip|tour|journey)\b")
_COUNTS_AS_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_RELATIVE_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+day|(?P<count>a|one|two|three|four|five|[2-5])\s+days?\s+later"
                           r"|(?P<before>the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier)"
                           r"|(?P<same>(?:earlier|later)\s+(?:the\s+same|that)\s+day|on\s+the\s+same\s+day|the\s+same\s+day))"
                           r"\b(?!\s+(?:of|after|before|as)\b)", re.I)
# a month or year told by the date just before: 'later that month', 'that same year' (the same period) and
# 'the following year', 'a month later' (the next one)
_THAT_PERIOD = re.compile(r"\b(?:(?:(?:later|earlier)\s+)?that(?:\s+same)?|the\s+same)\s+(?P<same>month|year)\b"
                          r"|\bthe\s+following\s+(?P<following>month|year)\b|\ba\s+(?P<later>month|year)\s+later\b", re.I)
_BLOC_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:continental|regional|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:member|nation|country))"
                           r"\s+(?:body|bloc|grouping|organi[sz]ation|union)\b|\b[Tt]he\s+(?:bloc|alliance|grouping)\b(?!\s+of\b)")
_BLOC_ANAPHOR_CUES = ("bloc", "alliance", "grouping", "continental", "regional", "-member", "-nation", "-country")
_CONTINENT = re.compile(r"\b(?:Africa|African|Europe|European|America|American|Americas|Asia|Asian|Eurasian|Pacific)\b")
_INSTRUMENT_WORDS = ("treat", "agreement", "accord", "pact", "declaration", "memorandum", "convention", "charter", "protocol")
_TREATY_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(treat(?:y|ies)|agreements?|accords?|pacts?|declaration|memorandum|"
                             r"convention|charter|protocol)\b")
_ANAPHOR_HEADS = {"treaties": "treaty", "agreements": "agreement", "accords": "accord", "pacts": "pact"}
_DEAL_WORDS = ("agreement", "accord", "pact")  # one instrument, told by any of these ('the Minsk Agreements' ... 'the accords')
_UNNAMED_INSTRUMENT = re.compile(r"\b(?:an?|another|new)\s+(?:\w+\s+)?(?:treaty|agreement|accord|pact|declaration|memorandum|convention)\b", re.I)


_DELEGATION_INCLUDES = re.compile(r"\b(?:delegation|entourage)\b[^.;]{0,80}?\b(?:includes|included|including|comprises|comprised|comprising"
                                  r"|consists\s+of|consisted\s+of|consisting\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of)\b")
# a state's leader, as the whole of a title, for the pair's other side (not 'Secretary-General': a bloc's, as often)
_STATE_LEADER_OFFICE = re.compile(rf"(?i:{_HEAD_OF_STATE_OFFICES}|{_HEAD_OF_GOVERNMENT_OFFICES}|taoiseach|chairman|general\s+secretary)")


def _leads_a_state(titles: Iterable[str]) -> bool:
    """Whether one of ``titles`` is, whole, a state's leader ('President', 'Prime Minister', 'General Secretary')."""
    return any(map(_STATE_LEADER_OFFICE.fullmatch, titles))


_OWNS_DELEGATION = re.compile(r"(?:['’]s)?\s+(?:(?:presidential|official|ministerial|high-level|large|royal)\s+)?")
_ACCOMPANYING = re.compile(r"\b(?:delegation|entourage)\s+(?:accompanying|of)\s+", re.IGNORECASE)
_COUNTED_FROM_ANOTHER = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                                   r"(?:after|before)\b", re.IGNORECASE)
_ACCOMPANIED_LEADER = re.compile(r"\b(?:accompanied|accompany|accompanies|joined)\s+(?=(?:the\s+|his\s+|her\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z])")
_SPOUSE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*$", re.IGNORECASE)
_IS_ACCOMPANIED = re.compile(r"\b(?:is|was|are|were|will\s+be|would\s+be|has\s+been|have\s+been)\s+(?:also\s+)?(?:accompanied|joined)\s+by\b")


def _meeting_place(view: rules.SentenceView) -> str | None:
    """The one country a sentence places its events in: a city after 'in' or 'at' ('talks in Pyongyang'; a country
    after 'in' is as often a topic: 'discussed the situation in Iran'), else the dateline's when it says 'here'."""
    places = {r.node_id for r in view.countries if r.kind == "city" and rules.placed(view, r)
              or r.kind == "country" and (_REGION_OF_COUNTRY.search(view.text, max(0, view.rel(r.start) - 18), view.rel(r.start))
                                          or _AT_BEFORE.search(view.text, max(0, view.rel(r.start) - 6), view.rel(r.start))
                                          and _PLACE_IN_COUNTRY.match(view.text, view.rel(r.end)))}
    places |= {_fronted_country(view)} - {None}
    if not places and view.here:  # (set only when the sentence says 'here')
        return view.here
    return places.pop() if len(places) == 1 else None


# a country named as an address is where something is, not a topic: 'near Vranje, southern Serbia', 'on Colombia's coast'
_REGION_OF_COUNTRY = re.compile(r",\s+(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+$",
                        re.IGNORECASE)
_PLACE_IN_COUNTRY = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:coast|region|province|border\s+town|island|islands|resort|port)\b")
_AT_BEFORE = re.compile(r"\b(?:in|on|at|near)\s+$")


def _fronted_country(view: rules.SentenceView) -> str | None:
    """'In Saint Vincent and the Grenadines, the first stop of his tour, ...': the country a sentence opens with as
    the place of what it tells (a city may host a summit of others; a country opening the sentence is the host)."""
    return next((r.node_id for r in view.countries if r.kind == "country" and _FRONTED_IN.fullmatch(view.text, 0, view.rel(r.start))
                 and _COMMA_AFTER.match(view.text, view.rel(r.end))), None)


_COMMA_AFTER = re.compile(r"\s*,")
_FRONTED_IN = re.compile(r"\s*(?:(?:Later|Earlier|Then|Meanwhile|Also),?\s+)?In\s+(?:the\s+)?")
_DATELINE_PLACE = re.compile(r"^\(?(?P<place>[A-Z][A-Za-z’'. -]{1,30}?)(?:,\s*[A-Z][A-Za-z. ]{1,30}?)?"
                             r"(?:\s*[,:(–—-]|\s+-)")
_DATED_TAIL = re.compile(r"^[^A-Za-z]*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\()")


Opening = tuple[str, "re.Match[str]"]  # a first line that opens like a dateline, and its match


def dateline_openings(text: str) -> list[Opening]:
    """The first lines that open like a dateline ('NEW DELHI:', 'Havana, January 29 (RHC) --'), each with its match."""
    lines = [line.strip() for line in text[:3000].splitlines() if line.strip()][:8]
    return [(line, found) for line in lines if (found := _DATELINE_PLACE.match(line))]


def dateline_country(text: str, countries: lx.CountryLexicon, openings: list[Opening] | None = None,
                     published: dt.date | None = None) -> str | None:
    """The country of a dateline opening one of the first lines: 'NEW DELHI:', 'HANOI (Reuters) -',
    'Havana, January 29 (RHC) --' (a place in capitals, or one followed by a date or an agency); a historical
    state's capital in a report published in that state's years is that state's ('BELGRADE' in 1955)."""
    for line, found in dateline_openings(text) if openings is None else openings:
        place = found.group("place").strip()
        if not (place.isupper() and len(place) >= 4 or _DATED_TAIL.match(line[found.end("place"):].lstrip(", "))):
            continue
        name = place.title() if place.isupper() else place
        node = countries.cities.get(name) or countries.names.get(name)
        if node and line[found.end():].strip():  # a report follows
            if published is not None and name in countries.era_capitals:
                node = next((state for state, first, last in countries.era_capitals[name] if first <= published <= last), node)
            return node
    return None


def dateline_day(text: str, published: dt.date | None, openings: list[Opening] | None = None) -> dt.date | None:
    """'SAN CRISTOBAL, Mexico, Feb. 16 -- President Bush ... met Fox today': the day a dateline names is the report's
    own day, its 'today' (a paper prints it the day after), when it is one of the three days up to publication."""
    if published is None:
        return None
    for line, found in dateline_openings(text) if openings is None else openings:
        if not _DATED_TAIL.match(tail := line[found.end():].lstrip(", ")):
            continue
        told = next((m.date for m in find_dates(tail[:24], published) if m.start == 0), None)
        if told is not None and told.precision == "day" and told.end is None and 0 < (published - told.start).days <= 3:
            return told.start
        return None
    return None


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """Paragraphs (and slices of very long ones) with their offsets."""
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        while len(line) > MAX_CHUNK:
            cut = line.rfind(". ", 0, MAX_CHUNK)
            if cut < MAX_CHUNK // 2:
                cut = line.rfind(" ", 0, MAX_CHUNK)
            if cut <= 0:
                cut = MAX_CHUNK
            yield start, line[:cut + 1]
            start += cut + 1
            line = line[cut + 1:]
        if line.strip():
            yield start, line


def _canonical_countries_in(name: str, view: rules.SentenceView, m: Mention) -> str:
    """'Việt Nam-India ...' and 'Vietnam-India ...' name one instrument: spell countries one way."""
    nodes = lx.countries().nodes
    for ref in view.countries:
        if m.start <= ref.start and ref.end <= m.end and ref.kind == "country":
            canonical = nodes[ref.node_id].name
            if lx.fold(ref.text).replace(" ", "") == lx.fold(canonical).replace(" ", ""):
                name = name.replace(ref.text, canonical)
    return name


_HEADER_LINES = re.compile(r"(?:[ \t]*(?:date|source|url|link):?[ \t]+\S+[ \t]*(?:\r?\n|$)|[ \t]*\r?\n)+", re.IGNORECASE)


def _is_headline(chunk_text: str, sentences: list) -> bool:
    """A title line opening the story: one short sentence with no closing full stop."""
    line = chunk_text.strip()
    return len(sentences) == 1 and len(line) <= 200 and not line.endswith((".", "!", "?", ":", ";", '"', "”", "’"))


def _body_start(text: str) -> int:
    """Where the story begins after leading 'date 2024-06-19' / 'source https://...' lines (0 when there are none)."""
    match = _HEADER_LINES.match(text)
    return match.end() if match else 0


def _matches_by_sentence(matches: list[tuple[str, int, int]], sentences: list) -> list[list[tuple[str, int, int]]]:
    """Each sentence's own matches, in the matchers' order (a match across a sentence break belongs to none):
    one pass with a binary search, where filtering every match per sentence grew with the article squared."""
    starts = [sent.start for sent in sentences]
    own: list[list[tuple[str, int, int]]] = [[] for _ in sentences]
    for match in matches:
        at = bisect_right(starts, match[1]) - 1
        if at >= 0 and match[2] <= sentences[at].end:
            own[at].append(match)
    return own


class DocumentExtractor:
    """Extracts one document; holds the per-document resolution state."""

    def __init__(self, document: SourceDocument):
        self.document = document
        self.graph = DiploGraph()
        self.people: dict[str, PersonState] = {}          # folded full name -> state
        self.people_by_id: dict[str, PersonState] = {}
        self.history: list[tuple[int, list[rules.Ref]]] = []  # sentence index -> persons in it
        self.pair: tuple[str, str] | None = None
        self.pair_counts: dict[tuple[str, str], int] = {}
        self.pending_statements: list[rules.SentenceView] = []
        self.pending_messages: list[rules.SentenceView] = []
        self.visited: dict[str, str] = {}  # person id -> first country they visited in this article
        self.treaty_acronyms: dict[str, str] = {}  # 'EVFTA' -> the treaty it was introduced for in this article
        self.recent_blocs: list[tuple[int, rules.Ref]] = []  # (sentence index, ref): what 'the bloc' may mean next
        self.last_treaty: tuple[int, rules.Ref] | None = None  # (sentence index, ref): what 'the treaty' means next
        self.last_day: tuple[int, dt.date] | None = None  # (sentence index, day) of the latest single day named
        self.last_date: tuple[int, EventDate] | None = None  # (sentence index, date) of the latest date named
        self.first_day: dt.date | None = None  # the first single day named: years before the article's, a retelling
        self.dated_yet = False  # whether a date was named yet
        self.news_day: dt.date | None = None  # the first date named, when a day told as 'yesterday' or 'on Monday'
        self.news_day_index = 0  # the sentence that names it (an opening before it may have taken the article's date)
        self.org_of_country: dict[str, str] = {}  # 'Foreign Ministry' -> the node of 'Foreign Ministry of Russia' named before
        self.signed_on: dict[str, EventDate] = {}  # treaty id -> the day it was first said to be signed
        self.media: dict[str, str] = {}
        self.meeting_places: list[tuple[Edge, str, rules.SentenceView]] = []  # a meeting, the country it was held in
        self.last_speaker: tuple[int, str] | None = None  # (sentence index, person id) of the latest named speaker
        openings = dateline_openings(document.text)
        self.dateline = dateline_country(document.text, lx.countries(), openings, document.date)  # the country 'here' names
        day_known = document.date is not None and document.date_precision == "day"
        # the day 'today' names: the dateline's, else the publication's (none when only its month or year is known)
        self.today = (dateline_day(document.text, document.date, openings) or document.date) if day_known else None
        # what dates without a year take theirs from: the day, else the last day of the month or year the article names
        self.anchor = self.today or (period_end(document.date, document.date_precision) if document.date else None)
        self.mentioned: set[str] = set()
        self.in_headline = False  # the title line is read last
        self.last_states: tuple[int, list[str]] | None = None  # the latest list of three or more states (sentence, ids)
        self.last_bloc: str | None = None  # the bloc named last: 'the body's Secretary-General' holds its office
        self.person_acronyms: dict[str, str] = {}  # 'EAM' -> the person introduced as 'the External Affairs Minister (EAM) X'
        self.unconfirmed: dict[str, str] = {}  # surname key -> a full name with no title or act yet ('Michel Temer and ...')
        self.countries = lx.countries()
        doc_node = Document(
            id=document.id, name=document.title or (document.path.rsplit("/", 1)[-1] if document.path else document.id),
            path=document.path, url=document.url, title=document.title, date=document.date,
            date_precision=document.date_precision,
        )
        self.graph.add_node(doc_node)

    # ---- driver -----------------------------------------------------------------------------------
    def run(self) -> DiploGraph:
        nlp, _ = pipeline()
        components = [component for _name, component in nlp.pipeline]  # (the property builds a list)
        index = 0
        body = _body_start(self.document.text)
        headline: tuple[SentenceAnalysis, int] | None = None  # the story's title line, read last
        story_begun = False
        for base, chunk_text in _chunks(self.document.text):
            spacy_doc = nlp.tokenizer(chunk_text)
            for component in components:  # nlp.pipe's batching only adds overhead here
                spacy_doc = component(spacy_doc)
            sentences = list(spacy_doc.sents)
            for sent, inside in zip(sentences, _matches_by_sentence(find_matches(spacy_doc), sentences)):
                if not chunk_text[sent.start_char:sent.end_char].strip():
                    continue
                if base + sent.end_char <= body:  # the file's 'date'/'source' lines: about the file, not the story
                    index += 1
                    continue
                analysis = SentenceAnalysis(sent, base, inside, chunk_text)
                if not story_begun and _is_headline(chunk_text, sentences):
                    story_begun = True
                    headline = (analysis, index)  # read once the story has named its people in full
                    index += 1
                    continue
                story_begun = True
                analysis.pronouns_and_descriptions()
                self._sentence(analysis, index)
                index += 1
        if headline is not None:  # 'Gaddafi and Berlusconi sign accord': the story's Muammar Gaddafi ...
            analysis, number = headline
            self.in_headline = True
            analysis.pronouns_and_descriptions()
            self._sentence(analysis, number)
        self._infer_homes_from_document()
        self._the_pairs_other_leader()
        self._date_the_opening_by_news_day()
        self._visits_from_meeting_places()
        self._statements()
        consolidate_document(self.graph)
        return self.graph

    def _the_pairs_other_leader(self) -> None:
        """An article about two states names one side's leader with the state ('visiting Chinese President Hu')
        and often the other's by title alone ('Prime Minister Manmohan Singh'): one leader of no stated country,
        where one side of the main pair has a leader and the other has none, leads that other side."""
        pair = self._main_pair()
        if pair is None:
            return
        leaders: dict[str, int] = defaultdict(int)
        unplaced = []
        for state in self.people.values():
            if not _leads_a_state(state.titles) or state.consort:
                continue
            if state.country is None:
                unplaced.append(state)
            else:
                leaders[state.country] += 1
        if len(unplaced) != 1 or sum(leaders[c] > 0 for c in pair) != 1:
            return
        state = unplaced[0]
        country, other = (pair[0], pair[1]) if leaders[pair[1]] else (pair[1], pair[0])
        if any(e.target == country for e in self.graph.edges(type="VISITED", source=state.node_id)):
            return  # one who travelled to that side is its guest
        if any(e.target.startswith("country:") for e in self.graph.edges(type="HOLDS_OFFICE", source=state.node_id)):
            return  # (a name read apart from the one placed: 'King Abdullah II' and 'Abdullah II')

        def other_leader(node_id: str) -> bool:
            person = self.people_by_id.get(node_id)
            return person is not None and person.country == other and _leads_a_state(person.titles)

        together = any(state.node_id in ids and any(map(other_leader, ids))
                       for ids in ({r.node_id for r in persons} for _, persons in self.history))
        if not together:
            return  # named beside the other side's leader: his counterpart, not someone else the article mentions
        mention = next(iter(self.graph.edges(type="MENTIONED_IN", source=state.node_id)), None)
        if mention is None or not mention.evidence:
            return
        state.country = country
        self._country_node(country)
        for title in [t for t in state.titles if t not in state.placed_titles]:
            self._add(Edge(type="HOLDS_OFFICE", source=state.node_id, target=country, title=title,
                           rule="title-office-pair-leader", confidence=0.5, evidence=mention.evidence[:1]))

    def _date_the_opening_by_news_day(self) -> None:
        """An opening told before the article names the day it reports (a lede, or a headline in the present
        tense, 'President Biya receives X', which rule_meetings dates by the article's own day) tells the same news
        as the body's '... on Wednesday', so it takes that day."""
        if self.news_day is None or self.today is None or not 0 < (self.today - self.news_day).days <= 7:
            return
        stale = [e for e in self.graph.iter_edges() if e.date is not None and e.rule.endswith("+context-date")
                 and e.date.start == self.today and e.date.end is None and e.date.precision == "day"
                 and e.evidence and e.evidence[0].sentence < self.news_day_index]
        for item in stale:
            self.graph.nx.remove_edge(item.source, item.target, key=item.id)
            self.graph.add_edge(Edge.model_validate({**item.__dict__, "date": day_date(self.news_day), "id": ""}))

    def _visits_from_meeting_places(self) -> None:
        """'Albright held talks with North Korea's Kim Jong-Il in Pyongyang': meeting a country's own leader in that
        country is a visit by the other party, when the other serves another country and no visit there is told."""
        homes = {p.node_id: p.country for p in self.people.values()}
        told = {(e.source, e.target) for e in self.graph.edges(type="VISITED")}
        for met, place, view in self.meeting_places:
            for host, guest in ((met.source, met.target), (met.target, met.source)):
                if homes.get(host) == place and homes.get(guest) not in (None, place) and (guest, place) not in told:
                    told.add((guest, place))
                    self._add(rules.edge(view, "VISITED", guest, place, "visit-meeting-place", met.date, confidence=0.6,
                                         kind="other"))

    def _statements(self) -> None:
        homes = {p.node_id: p.country for p in self.people.values() if p.country}
        for person in self.people.values():  # 'Lula' before 'Luiz Inácio Lula da Silva' is introduced
            if person.node_id not in homes and len(person.tokens) == 1:
                fuller = [p for p in self.people.values() if person.tokens < p.tokens and p.country]
                if len(fuller) == 1:
                    homes[person.node_id] = fuller[0].country
        for view in self.pending_messages:
            view.home = homes
            for item in rules.rule_messages(view):
                self._add(item)
        for view in self.pending_statements:
            view.home = homes
            for item in rules.rule_statements(view):
                if item.medium:
                    self.media.setdefault(item.source, item.medium)
                elif item.source in self.media:
                    item = item.model_copy(update={"medium": self.media[item.source]})
                self._add(item)

    def _infer_homes_from_document(self) -> None:
        """The article's main pair of countries settles the side of leaders met, or signing with another, with no
        country named ('Emperor Haile Selassie and Kenya's President Jomo Kenyatta signed': Ethiopia's emperor)."""
        if not self.pair_counts:
            return
        pair = self._main_pair()
        states = self.people_by_id
        signed: dict[tuple[str, int], list[Edge]] = defaultdict(list)  # co-signers of one instrument in one sentence
        for item in self.graph.edges(type="SIGNED"):
            if item.source in states and item.evidence:
                signed[(item.target, item.evidence[0].sentence)].append(item)
        # a headline's 'Modi' is the 'Narendra Modi' the body names with his country: his, not the pair's other side
        full_names: dict[str, set[str]] = defaultdict(set)
        for other in states.values():
            if other.country and " " in other.name:
                full_names[_name_key(other.name.split()[-1])].add(other.country)
        encounters = [(e.source, e.target, e) for e in self.graph.edges(type="MET")]
        encounters += [(group[0].source, group[1].source, group[0]) for group in signed.values() if len(group) == 2]
        met_from: dict[str, set[str]] = defaultdict(set)  # person -> the states of those they met
        for source, target, _item in encounters:
            for a, b in ((source, target), (target, source)):
                if (other_state := states.get(b)) is not None and other_state.country:
                    met_from[a].add(other_state.country)
        for source, target, item in encounters:
            for a, b in ((source, target), (target, source)):
                state, other_state = states.get(a), states.get(b)
                known = other_state.country if other_state else None
                if len(met_from[a]) > 1:
                    continue  # one who met leaders of several states (a summit's sidelines) is on no side of the pair
                if state and not state.country and state.titles and known in pair and _serves_a_state(state.titles):
                    named = full_names.get(_name_key(state.name), set()) if " " not in state.name else set()
                    country = next(iter(named)) if len(named) == 1 else pair[0] if pair[1] == known else pair[1]
                    state.country = country
                    for title in [t for t in state.titles if t not in state.placed_titles]:
                        self._add(Edge(type="HOLDS_OFFICE", source=state.node_id, target=country, title=title,
                                       rule="title-office-inferred", confidence=0.6, evidence=item.evidence[:1]))

    # ---- one sentence -------------------------------------------------------------------------------
    def _sentence(self, analysis: SentenceAnalysis, index: int) -> None:
        sent = analysis.sent
        start = analysis.base + sent.start_char
        text = analysis.doc_text[sent.start_char:sent.end_char]
        assert self.document.text[start:start + len(text)] == text
        view = rules.SentenceView(doc_id=self.document.id, index=index, start=start, text=text, date_anchor=self.anchor,
                                  anchor_precision="day" if self.today else self.document.date_precision)
        view.dates = find_dates(text, self.anchor, offset=start, relative=self.today is not None) \
            or self._day_after_last(text, start, index)
        if self.last_date is not None or view.dates:
            view.dates = self._that_period(text, start, index, view.dates)
        days = [d for d in view.dates if d.date.precision == "day" and d.date.end is None and not d.is_target]
        dated = [d for d in view.dates if not d.is_target]
        if dated:
            self.last_date = (index, dated[-1].date)
            if not self.dated_yet and dated[0].date.precision == "day":
                # the article's first day: the one it reports, when told as news tells it ('yesterday', 'on Thursday';
                # not 'On February 19, 2022': background, or a span); a year or month before it ('the 2009-10
                # financial year') is what the news is about, not when it happened
                self.dated_yet = True
                first = dated[0]
                if first.date.end is None and not any(c.isdigit() for c in first.text):
                    self.news_day, self.news_day_index = first.date.start, index
        if days:
            self.last_day = (index, days[-1].date.start)
            if self.first_day is None:
                self.first_day = days[0].date.start
        persons: list[rules.Ref] = []
        self._pending_titles: list[tuple[PersonState, Mention]] = []
        for mention in analysis.mentions:
            ref = self._resolve(mention, view, persons, index)
            if ref is None:
                continue
            bucket = {"person": persons, "country": view.countries, "city": view.countries, "demonym": view.adjectives,
                      "org": view.orgs, "bloc": view.orgs, "treaty": view.treaties}[ref.kind]
            bucket.append(ref)
            if ref.kind != "demonym":
                self._mention(ref.node_id, view)
        if self.person_acronyms or "(" in text:
            persons = self._acronym_persons(view, persons)
        view.persons = persons
        view.groups = self._groups(view, persons)
        if self.treaty_acronyms:
            self._treaty_acronyms(view)
        self._treaty_anaphor(view, index)
        self._bloc_anaphor(view, index)
        for state, mention in self._pending_titles:  # after all mentions: titles refer to organisations
            more = mention.extra.get("more_titles", ())
            known = state.country
            for title, country, org, role in more:  # another office named first
                self._record_title(state, replace(mention, title=title, title_country=country, title_org=org, role=role), view)
            self._record_title(state, mention, view)
            if state.country and not known:  # 'Deputy Prime Minister and Foreign Minister of Vietnam X': the first
                for title, country, org, role in more:  # office is of the state the second names
                    if country is None and org is None:
                        self._record_title(state, replace(mention, title=title, title_country=None, title_org=None, role=role), view)
            if self.graph.node(state.node_id).titles != state.titles:
                self.graph.add_node(Person(id=state.node_id, name=state.name, titles=list(state.titles)))
        own = self._pair_of(view)  # reads only the sentence's text and places, which the rules leave alone
        view.pair = own or self._main_pair() or self.pair
        view.home = {p.node_id: p.country for p in self.people.values() if p.country}
        view.visited = self.visited
        view.consorts = {p.node_id for p in self.people.values() if p.consort}
        view.here = self.dateline if self.dateline and _HERE.search(text) else None
        view.dateline = self.dateline
        if view.here:
            self._country_node(view.here)  # the dateline's country, which 'here' names
        if view.has_any(*lx.STATE_GROUPS):  # ('baltic', 'nordic', ...: the first words of the groups' names)
            self._state_groups(view)  # (after the sentence's pair: a group of states is no side of it)
        listed = self._states_listed(view)  # (before the anaphor's members join the sentence's states)
        if self.last_states is not None and view.has_any(*_LIST_ANAPHOR_CUES):
            self._list_anaphor(view, index)
        self._emit(view)
        if listed:
            self.last_states = (index, listed)
        if persons:
            self.history.append((index, persons))
        if own:
            self.pair = own
            key = tuple(sorted(own))
            # a headline names what the story is about: its pair outweighs one sentence's
            # (kept in the order last named: of two pairs named as often, the later one is what the story has turned to)
            self.pair_counts[key] = self.pair_counts.pop(key, 0) + (3 if self.in_headline else 1)

    def _acronym_persons(self, view: rules.SentenceView, persons: list[rules.Ref]) -> list[rules.Ref]:
        """'the External Affairs Minister of India (EAM) Smt. Sushma Swaraj': the bracketed short form of the title
        names her from then on ('FM Shahid and EAM met on 17 March')."""
        text = view.text
        for ref in persons:
            before = _ACRONYM_BEFORE.search(text, max(0, view.rel(ref.start) - 20), view.rel(ref.start))
            after = _ACRONYM_AFTER.match(text, view.rel(ref.end))
            for found in (before, after):
                if found and found.group(1) not in self.person_acronyms:
                    self.person_acronyms[found.group(1)] = ref.node_id
        taken = [(view.rel(r.start), view.rel(r.end)) for r in persons]
        added = []
        for match in _ACRONYM_WORD.finditer(text) if self.person_acronyms else ():
            node_id = self.person_acronyms.get(match.group(0))
            if node_id is None or text[max(0, match.start() - 1):match.start()] == "(" \
                    or any(lo <= match.start() < hi for lo, hi in taken):
                continue
            added.append(rules.Ref(node_id, "person", view.start + match.start(), view.start + match.end(), match.group(0),
                                   subject_like=not _object_before(text, match.start())))
        return sorted([*persons, *added], key=lambda r: r.start) if added else persons

    def _day_after_last(self, text: str, start: int, index: int) -> list[DateMention]:
        """'... arrived on August 8. X received him the following day': a day counted from the single day
        named in one of the three previous sentences (a sentence with dates of its own keeps them)."""
        if self.last_day is None or index - self.last_day[0] > 3 or "day" not in text:
            return []
        match = _RELATIVE_DAY.search(text)
        if match is None:
            return []
        count = match.group("count")
        shift = 0 if match.group("same") else -1 if match.group("before") else _COUNTS_AS_NUMBERS.get(count.lower(), 1) if count else 1
        day = self.last_day[1] + dt.timedelta(days=shift)
        return [DateMention(start + match.start(), start + match.end(), match.group(0), day_date(day), "")]

    def _that_period(self, text: str, start: int, index: int, dates: list[DateMention]) -> list[DateMention]:
        """'later that month', 'that same year', 'the following year', 'a year later': the month or year of the
        date named just before, in this sentence or one of the three before it."""
        if "that" not in text and "same" not in text and "later" not in text and "following" not in text:
            return dates
        found = list(dates)
        for match in _THAT_PERIOD.finditer(text):
            if any(d.start - start < match.end() and match.start() < d.end - start for d in dates):
                continue
            before = [d.date for d in dates if d.end - start <= match.start() and not d.is_target]
            if before:
                anchor = before[-1]
            elif self.last_date is not None and index - self.last_date[0] <= 3:
                anchor = self.last_date[1]
            else:
                continue
            unit = (match.group("same") or match.group("following") or match.group("later")).lower()
            shift = 0 if match.group("same") else 1
            if unit == "month" and anchor.precision != "year":
                month = anchor.start.month + shift
                day = dt.date(anchor.start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
                date = EventDate(start=day, precision="month")
            elif unit == "year":
                date = EventDate(start=dt.date(anchor.start.year + shift, 1, 1), precision="year")
            else:
                continue
            found.append(DateMention(start + match.start(), start + match.end(), match.group(0), date, ""))
        return sorted(found, key=lambda d: d.start)

    def _treaty_acronyms(self, view: rules.SentenceView) -> None:
        """'The EVFTA took effect in 2020': a short name given in brackets earlier in the article."""
        for acronym, node_id in self.treaty_acronyms.items():
            for match in re.finditer(r"\b" + re.escape(acronym) + r"\b", view.text):
                start, end = view.start + match.start(), view.start + match.end()
                if not any(r.start <= start < r.end for r in view.treaties) and view.text[match.start() - 1:match.start()] != "(":
                    view.treaties.append(rules.Ref(node_id, "treaty", start, end, acronym))
        view.treaties.sort(key=lambda r: r.start)

    def _bloc_anaphor(self, view: rules.SentenceView, index: int) -> None:
        """'the continental body', 'the regional bloc', 'the alliance': the latest bloc named before it, in
        this sentence or the previous three ('continental': one named for a continent, 'the African Union')."""
        blocs = [r for r in view.orgs if r.kind == "bloc"]
        if not (self.recent_blocs or blocs):
            return
        match = _BLOC_ANAPHOR.search(view.text) if view.has_any(*_BLOC_ANAPHOR_CUES) else None
        if match is not None and not any(view.rel(r.start) <= match.start() < view.rel(r.end) for r in view.orgs):
            recent = [(i, r) for i, r in self.recent_blocs if index - i <= 3] + \
                [(index, r) for r in blocs if view.rel(r.end) <= match.start()]
            if "continental" in match.group(0):
                recent = [(i, r) for i, r in recent if _CONTINENT.search(self.graph.node(r.node_id).name)]
            elif match.group(0).lower().endswith("alliance"):  # 'the alliance': NATO, not the EU named last
                recent = [(i, r) for i, r in recent if self.graph.node(r.node_id).name in lx.MILITARY_ALLIANCES]
            if recent:
                ref = recent[-1][1]
                view.orgs.append(rules.Ref(ref.node_id, "bloc", view.start + match.start(), view.start + match.end(),
                                           match.group(0)))
                view.orgs.sort(key=lambda r: r.start)
        self.recent_blocs = [(i, r) for i, r in self.recent_blocs if index - i < 3] + [(index, r) for r in blocs]
        if blocs:
            self.last_bloc = blocs[-1].node_id

    def _treaty_anaphor(self, view: rules.SentenceView, index: int) -> None:
        """'The treaty was signed by X and Y': the instrument named in this or the previous three sentences whose
        name has that head word ('the treaty' -> 'Treaty of Peace...'), unless a new unnamed one came between."""
        if view.treaties:
            self.last_treaty = (index, view.treaties[-1])
            return
        if self.last_treaty is None or index - self.last_treaty[0] > 3:
            return
        if not view.has_any(*_INSTRUMENT_WORDS):
            return
        if _UNNAMED_INSTRUMENT.search(view.text):
            self.last_treaty = None  # 'signed an agreement on visas': 'the agreement' now means that one
            return
        match = _TREATY_ANAPHOR.search(view.text)
        if match is None:
            return
        ref = self.last_treaty[1]
        head, name = _ANAPHOR_HEADS.get(match.group(1).lower(), match.group(1).lower()), self.graph.node(ref.node_id).name.lower()
        if head in name or head in _DEAL_WORDS and any(word in name for word in _DEAL_WORDS):
            view.treaties.append(rules.Ref(ref.node_id, "treaty", view.start + match.start(), view.start + match.end(),
                                           match.group(0)))

    def _groups(self, view: rules.SentenceView, persons: list[rules.Ref]) -> list[tuple[int, int, list[str]]]:
        """'the two leaders', 'the two sides', 'the four ministers': the latest persons of that number,
        for two of them one per country of the article's main pair when their countries are known."""
        groups = []
        if view.has_any("they"):  # 'X extended an invitation to Y when they met': the two the sentence named
            for m in _THEY.finditer(view.text):
                named = list(dict.fromkeys(p.node_id for p in persons if view.rel(p.end) <= m.start()))
                if len(named) == 2:
                    groups.append((view.start + m.start(), view.start + m.end(), named))
        if not view.has_any(*_COUNTS):
            return groups
        for m in _GROUP.finditer(view.text):
            count = _COUNTS[m.group(1).lower()]
            recent: list[str] = []
            for ref in reversed([p for p in persons if view.rel(p.end) <= m.start()]):
                if ref.node_id not in recent:
                    recent.append(ref.node_id)
            for _index, refs in reversed(self.history[-6:]):
                for ref in refs:
                    if ref.node_id not in recent:
                        recent.append(ref.node_id)
            recent = [r for r in recent if self.people_by_id.get(r) and self.people_by_id[r].titles]
            office = _group_office(m.group(0))
            fitting = [r for r in recent if any(office.search(t) for t in self.people_by_id[r].titles)] if office else recent
            if len(fitting) >= count:  # 'the four ministers': ministers, not the president met in between
                recent = fitting
            pair = self._main_pair()
            if count == 2 and pair:
                sides = [next((r for r in recent if self.people_by_id[r].country == c), None) for c in pair]
                members = [r for r in sides if r] if all(sides) else recent[:2]
            else:
                members = recent[:count]
            if len(members) == count:
                groups.append((view.start + m.start(), view.start + m.end(), members))
        return groups

    def _pair_of(self, view: rules.SentenceView) -> tuple[str, str] | None:
        """The two countries a sentence is about: 'X and Y', 'X-Y', 'between Cairo and Riyadh', or
        exactly two countries named. Lists of three or more name no pair."""
        refs = sorted([r for r in view.countries if r.kind in ("country", "city")], key=lambda r: r.start)
        chains: list[list[rules.Ref]] = []
        for a, b in zip(refs, refs[1:]):
            gap = view.text[view.rel(a.end):view.rel(b.start)]
            compound = view.text[view.rel(a.start) - 1:view.rel(a.start)] in ("-", "–") or \
                view.text[view.rel(b.end):view.rel(b.end) + 1] in ("-", "–")  # 'Lamu Port-South Sudan-Ethiopia'
            if a.node_id != b.node_id and not compound and re.fullmatch(r"\s*(?:-|–|—|and|and\s+the|&|,)\s*(?:the\s+)?", gap):
                if chains and chains[-1][-1] is a:
                    chains[-1].append(b)
                else:
                    chains.append([a, b])
        pairs = [c for c in chains if len({r.node_id for r in c}) == 2]
        if pairs:
            return pairs[-1][0].node_id, pairs[-1][-1].node_id
        if chains:
            return None
        glosses = {id(b) for a, b in zip(refs, refs[1:]) if a.kind == "city" and b.kind == "country" and a.node_id == b.node_id
                   and rules.placed(view, a) and re.fullmatch(r",\s*", view.text[view.rel(a.end):view.rel(b.start)])}
        distinct = list(dict.fromkeys(r.node_id for r in refs if r.kind == "country" and id(r) not in glosses))
        # ('... at the summit in Mexico City, Mexico': where it was, not a party to it)
        if len(distinct) == 2:
            return distinct[0], distinct[1]
        # 'South African President X ... a state visit to Brazil': a demonym and a country
        with_adjectives = list(dict.fromkeys(r.node_id for r in sorted([r for r in refs if r.kind == "country" and id(r) not in glosses]
                                                                       + view.adjectives,
                                                                       key=lambda r: r.start)))
        return (with_adjectives[0], with_adjectives[1]) if len(with_adjectives) == 2 else None

    def _main_pair(self) -> tuple[str, str] | None:
        """The pair of countries the article has been about so far (most often named together)."""
        return max(reversed(self.pair_counts), key=self.pair_counts.get) if self.pair_counts else None

    # ---- resolution -----------------------------------------------------------------------------
    def _resolve(self, m: Mention, view: rules.SentenceView, persons: list[rules.Ref], index: int) -> rules.Ref | None:
        if m.kind in ("country", "city", "demonym"):
            node_id = self._state_in_era(m, view) if m.kind == "city" and m.text in self.countries.era_capitals else m.node_id
            self._country_node(node_id)
            return rules.Ref(node_id, m.kind, m.start, m.end, m.text)
        if m.kind == "bloc":
            node = lx.blocs()[m.text] if m.text in lx.blocs() else None
            if node:
                if node.id not in self.graph:
                    self.graph.add_node(node)
                return rules.Ref(node.id, "bloc", m.start, m.end, m.text)
            return None
        if m.kind == "org":
            return self._org(m)
        if m.kind == "treaty":
            name = _canonical_countries_in(" ".join((m.name or m.text).split()), view, m)
            acronym = m.extra.get("acronym")
            key = lx.slug(name)
            if _GENERIC_INSTRUMENT.fullmatch(name):  # a bare 'MoU' or 'the Agreement' of this article is not another's
                key = f"{key}-{self.document.id.removeprefix('doc-')}"
            aliases = [acronym] if acronym else []
            if (full := self._between_its_parties(m, view, name)) is not None:
                aliases.append(full)  # 'Treaty of Peace, Friendship and Co-operation between the U.S.S.R. and India'
            node = Treaty(id="treaty:" + key, name=name, kind=m.extra.get("kind"), aliases=aliases)
            self.graph.add_node(node)
            if acronym:
                self.treaty_acronyms[acronym] = node.id
            return rules.Ref(node.id, "treaty", m.start, m.end, m.text)
        if m.kind == "person":
            ref = self._person(m, view, index)
        elif m.kind == "pronoun":
            ref = self._pronoun(m, view, persons, index)
        elif m.kind == "description":
            ref = self._description(m, view, index, persons)
        else:
            return None
        if ref is not None and _SPEECH_NEAR.match(view.text[view.rel(m.end):view.rel(m.end) + 60]):
            self.last_speaker = (index, ref.node_id)  # 'Peskov said', 'he added', 'the official also said'
        return ref

    def _between_its_parties(self, m: Mention, view: rules.SentenceView, name: str) -> str | None:
        """An instrument's title written on with the states it binds ('... between the U.S.S.R. and India'): the
        full title, another name of the one instrument."""
        if " between " in name:
            return None
        text, at = view.text, view.rel(m.end)
        opening = _BETWEEN_OPENING.match(text, at)
        if opening is None:
            return None
        first = self._state_named_at(text, opening.end())
        joined = _AND_THE.match(text, first) if first else None
        second = self._state_named_at(text, joined.end()) if joined else None
        return name + " " + " ".join(text[at:second].split()) if second else None

    def _state_named_at(self, text: str, at: int) -> int | None:
        """The end of the longest state's name starting at ``at`` (up to six words), else None."""
        words = list(re.finditer(r"[^\s,;]+", text[at:at + 80]))[:6]
        for count in range(len(words), 0, -1):
            end = at + words[count - 1].end()
            if text[at:end] in self.countries.names:
                return end
            if text[end - 1] == "." and text[at:end - 1] in self.countries.names:
                return end - 1  # ('... and India.': the sentence's full stop)
        return None

    def _state_in_era(self, m: Mention, view: rules.SentenceView) -> str:
        """'Khrushchev's visit to Moscow in 1959' ('Hanoi' in a 1965 article): a historical state's capital, dated
        close by (or, with no date near, in an article published) inside that state's years, stands for it."""
        near = [d for d in view.dates if not d.is_target and abs(d.start - m.start) <= _ERA_DATE_REACH]  # absolute offsets
        told = min(near, key=lambda d: abs(d.start - m.start)).date if near else None
        when = told.start if told else self.document.date
        if told and told.precision != "day" and self.document.date and told.start <= self.document.date <= rules.last_day(told):
            when = self.document.date  # 'in June' of a June article: the article's day, not the month's first
        if when is None:
            return m.node_id
        return next((state for state, first, last in self.countries.era_capitals[m.text] if first <= when <= last), m.node_id)

    def _state_groups(self, view: rules.SentenceView) -> None:
        """'the three Baltic states', 'the Nordic countries', 'the two Koreas': each member state, all at the
        phrase's place, so rules read them as one list ('recognized the independence of the Baltic states')."""
        for match in lx.STATE_GROUP.finditer(view.text):
            key = match.group("name").split()[0].lower()
            for node_id in lx.STATE_GROUPS[key]:
                self._country_node(node_id)
                view.countries.append(rules.Ref(node_id, "country", view.start + match.start(), view.start + match.end(),
                                                match.group(0)))
                self._mention(node_id, view)
        view.countries.sort(key=lambda r: r.start)

    def _states_listed(self, view: rules.SentenceView) -> list[str]:
        """The longest list of three or more states the sentence names ('Azerbaijan, Tajikistan, Turkmenistan, and
        Uzbekistan'), which 'these countries' or 'the four republics' may stand for later."""
        refs = sorted([r for r in view.countries if r.kind == "country"], key=lambda r: r.start)
        best: list[str] = []
        chain: list[str] = []
        for before, ref in zip([None, *refs], refs):
            gap = view.text[view.rel(before.end):view.rel(ref.start)] if before else None
            if gap is not None and rules.LIST_GAP.fullmatch(gap) and ref.node_id not in chain:
                chain.append(ref.node_id)
            else:
                chain = [ref.node_id]
            if len(chain) > len(best):
                best = list(chain)
        return best if len(best) >= 3 else []

    def _list_anaphor(self, view: rules.SentenceView, index: int) -> None:
        """'Secretary Baker's recent visit to these countries', 'the three republics', 'recognized their
        independence': the states listed in one of the two sentences before, each at the phrase's place."""
        since, states = self.last_states
        if not 0 < index - since <= 2:
            return
        for match in _LIST_ANAPHOR.finditer(view.text):
            count = match.group("n")
            if count and _NUMBER_WORDS.get(count.lower(), 0) != len(states):
                continue
            where = "what" if match.group("what") else "their"
            for node_id in states:
                self._country_node(node_id)
                view.countries.append(rules.Ref(node_id, "country", view.start + match.start(where),
                                                view.start + match.end(where), match.group(where)))
                self._mention(node_id, view)
        view.countries.sort(key=lambda r: r.start)

    def _country_node(self, country_id: str) -> None:
        """The country's node in this article's graph, added the first time the article names it."""
        if country_id not in self.graph and country_id in self.countries.nodes:
            self.graph.add_node(self.countries.nodes[country_id])

    def _org(self, m: Mention) -> rules.Ref | None:
        name = " ".join((m.name or m.text).split())
        acronym = m.extra.get("acronym")
        for candidate in (name, acronym):
            if candidate and candidate in lx.blocs():
                node = lx.blocs()[candidate]
                self.graph.add_node(node)
                return rules.Ref(node.id, "bloc", m.start, m.end, m.text)
        kind = m.extra.get("kind") or "other"
        country = m.extra.get("country")
        if country is None and name in self.org_of_country:  # 'Foreign Ministry spokeswoman X' after 'Russia's Foreign Ministry'
            node = self.graph.node(self.org_of_country[name])
            return rules.Ref(node.id, "bloc" if kind == "bloc" else "org", m.start, m.end, m.text)
        key = lx.slug(name)
        if country is None and _GENERIC_INSTITUTION.fullmatch(name):  # a bare 'Senate' here is not another article's
            key = f"{key}-{self.document.id.removeprefix('doc-')}"
        node = Organization(id="org:" + key, name=name, kind=kind, country=country, aliases=[acronym] if acronym else [])
        self.graph.add_node(node)
        if country and (base := _OF_COUNTRY_END.sub("", name)) != name:
            self.org_of_country[base] = node.id  # 'Foreign Ministry of Russia' is what 'Foreign Ministry' means next
        return rules.Ref(node.id, "bloc" if kind == "bloc" else "org", m.start, m.end, m.text)

    def _person(self, m: Mention, view: rules.SentenceView, index: int) -> rules.Ref | None:
        name = " ".join((m.name or m.text).split())
        tokens = name.split()
        rel_start, rel_end = view.rel(m.start), view.rel(m.end)
        speaks_next = bool(_SPEECH_NEAR.match(view.text[rel_end:])) and not _AFTER_PREPOSITION.search(
            view.text, max(0, rel_start - 20), rel_start)
        speech = speaks_next or bool(_SPEECH_BEFORE.search(view.text[max(0, rel_start - 200):rel_start]))
        state = None
        spouse = _SPOUSE_BEFORE.search(view.text, max(0, rel_start - 30), rel_start) is not None  # 'and his wife Kim Keon Hee'
        key = lx.fold(name)
        if key in self.people:
            state = self.people[key]
        else:  # 'Kharinov', 'Von der Leyen': part of a fuller name already met in this article
            particle = view.text[max(0, rel_start - 5):rel_start].lower().split()[-1:]  # 'bin Salman'
            state = self._by_token(particle + tokens if particle and particle[0] in _PATRONYMIC else tokens, m.title)
        if state is None:
            if len(tokens) == 1 and not (m.via or speech):
                return None
            if len(tokens) == 1 and speech and _name_key(tokens[0]) in self.unconfirmed:
                name = self.unconfirmed.pop(_name_key(tokens[0]))  # 'Michel Temer and ... Temer said': the name told in full
                tokens, key = name.split(), lx.fold(name)
            elif len(tokens) >= 2 and not (m.via not in ("", "possessive") or speech or _acts_in_event(view.text, rel_start, rel_end)
                                           or _OFFICE_AFTER.match(view.text, rel_end) or spouse
                                           or tokens[0] in NAME_STYLES):  # ('Sheikh Mohamed bin Zayed': a style of persons)
                self.unconfirmed[_name_key(tokens[-1])] = name  # a person if a speaker is later called by the surname
                return None
            if len(tokens) == 1 and m.via == "appositive" and not speech:
                return None  # 'Turkey, a member of NATO': one word and a role is too little for a person
            if any(lx.fold(t) in {"the", "a"} for t in tokens):
                return None
            state = PersonState("person:" + lx.slug(name), name, {_name_key(t) for t in _JOINED_INITIALS.split(name)},
                                patronyms=_patronyms(tokens))  # ('Kh.Battulga' is 'Battulga' later)
            self.people[key] = state
            self.people_by_id[state.node_id] = state
        state.last_seen = index
        if m.extra.get("consort") or spouse:
            state.consort = True
        if m.via == "possessive" and m.title_country and not state.country:
            state.country = m.title_country  # "Senegal's Macky Sall"
        if m.gender and not state.gender:
            state.gender = m.gender
        known = self.graph.node(state.node_id).all_names() if state.node_id in self.graph else ()
        if state.name not in known or name not in known:  # a new person, or a name not yet recorded
            aliases = [name] if name != state.name else []
            style, _, unstyled = state.name.partition(" ")
            if style in NAME_STYLES and len(unstyled.split()) >= 2:  # 'Sheikh Tamim bin Hamad Al Thani' is also written
                aliases.append(unstyled)                             # without the style ('Sheikh Hasina' keeps her name)
            self.graph.add_node(Person(id=state.node_id, name=state.name, aliases=aliases))
        self._pending_titles.append((state, m))
        if (second := m.extra.get("second_office")) is not None:
            title, country, org, role = second
            self._pending_titles.append((state, replace(m, title=title, title_country=country, title_org=org, role=role, extra={})))
        subject = bool(m.extra.get("titles_joined", False) or not _object_before(view.text, rel_start)
                       or _LEADS_A_DELEGATION.search(view.text, max(0, rel_start - 80), rel_start) or (
            (speech or _EVENT_AFTER.match(view.text, rel_end)) and _CLAUSE_AFTER_COMMA.search(view.text, max(0, rel_start - 60), rel_start)))
        return rules.Ref(state.node_id, "person", m.start, m.end, m.text, subject_like=subject)

    def _by_token(self, tokens: list[str], title: str | None = None) -> PersonState | None:
        wanted = {_name_key(t) for t in tokens}
        fathers_named = bool(wanted & _PATRONYMIC)  # 'bin Salman' does stand for Mohammed bin Salman
        matches = [p for p in self.people.values() if wanted <= p.tokens and len(p.tokens) > len(wanted)
                   and (fathers_named or not wanted & p.patronyms)]
        if title and title.lower() in _MONARCHS:  # 'King Abdullah' is not 'Speaker ... Abdullah bin Mohammed'
            matches = [p for p in matches if not p.titles or any(t.lower() in _MONARCHS for t in p.titles)]
        if title and len(matches) > 1:  # the one already holding the title
            matches = [p for p in matches if title.lower() in (t.lower() for t in p.titles)] or matches
        if not matches:
            return None
        # ('Kim thanked Putin' after 'Kim Jong Un' and a retold 'met Kim Jong Il': the titled actor of the story)
        return max(matches, key=lambda p: (bool(p.titles), p.last_seen))

    def _record_title(self, state: PersonState, m: Mention, view: rules.SentenceView) -> None:
        if not m.title:
            return
        title = _singular_title(" ".join(m.title.split()).strip(" ,"))  # 'Presidents X of A and Y of B': each a President
        country = m.title_country
        if country is None and not m.title_org and m.extra.get("more_titles") and m.role == "office":
            country = state.country  # 'General Secretary of the Vietnamese party and President X': of the same state
        if title.lower().endswith("counterpart") or title.lower().startswith(("counterpart of ", "counterpart from ")):
            # 'X held talks with his Japanese counterpart Y' ('his counterpart of Kenya, Y'): Y holds, for Japan,
            # the office X holds
            other = next((self.people_by_id[r.node_id] for r in view.persons
                          if r.node_id != state.node_id and self.people_by_id[r.node_id].titles), None)
            if other is None or state.titles:  # (one already titled keeps the office named: 'Chairman Li', not 'Chairwoman')
                if country and not state.country:
                    state.country = country
                    self._country_node(country)  # 'Prime Minister Modi ... his Indian counterpart Modi': India's PM
                    for held in [t for t in state.titles if t not in state.placed_titles]:
                        state.placed_titles.add(held)
                        self._add(rules.edge(view, "HOLDS_OFFICE", state.node_id, country, "title-office-counterpart", None,
                                             title=held))
                return
            title = other.titles[-1]
        if country and not state.country:
            state.country = country
        # 'President of the Russian Federation' -> office 'President' held for Russia
        short = title
        for ref in sorted(view.countries, key=lambda r: -len(r.text)) if "of" in short else ():  # the longest name first
            short = _of_place(ref.text.removeprefix("the ")).sub("", short)
        short = _STATE_STYLE_LEFT.sub("", short)  # 'Minister of Foreign Affairs of the Republic of Turkey' once Turkey is gone
        short = re.sub(r"\s+in\s+[A-Z][\w\s]*$", "", short).strip() or title
        short = _OWNER_FIRST.sub("", short) or short  # "Egypt's foreign minister", not "... of the Lao People's ..."
        if m.role == "affiliation":
            short = re.sub(r"\s+(?:at|of|with|from)\s+(?:the\s+)?[A-Z].*$", "", short).strip() or short
        if short not in state.titles:
            state.titles.append(short)
        org_id = None
        if m.title_org:
            org_ref = next((r for r in view.orgs if r.text.strip() in title or m.title_org in r.text), None)
            if org_ref:
                org_id = org_ref.node_id
        if not org_id and not country and self.last_bloc and m.title \
                and (at := view.text.rfind(m.title, 0, view.rel(m.start))) > 0 and _BLOCS_OWN.search(view.text, 0, at):
            org_id = self.last_bloc  # "The body's Secretary-General Patricia Scotland": the bloc named last
        if m.role == "affiliation":
            if org_id:
                self._add(rules.edge(view, "AFFILIATED_WITH", state.node_id, org_id, "title-affiliation", None, title=short))
                state.placed_titles.add(short)  # a member of the Political Bureau holds no office of a state
            return
        if org_id and not state.country and not country:  # an office in Russia's Foreign Ministry: Russia's official
            org_country = getattr(self.graph.node(org_id), "country", None)
            if org_country and org_country.startswith("country:") and m.role == "office":
                state.country = org_country
        if org_id or country:
            state.placed_titles.add(short)
        if org_id:  # a title that names an organisation is an office in it: 'Director (of the X Center)'
            office = re.split(r"\s+(?:of|at)\s+", short, maxsplit=1)[0].strip() or short
            if m.title_org and office.startswith(m.title_org):  # 'National Assembly Chairwoman'
                office = office[len(m.title_org):].strip() or office
            elif m.title_org and office.endswith(m.title_org):
                office = office[: -len(m.title_org)].strip() or office
            else:
                office = _without_org_prefix(office, m.title_org) if m.title_org else office
            self._add(rules.edge(view, "HOLDS_OFFICE", state.node_id, org_id, "title-office", None, title=office))
        elif country:
            self._country_node(country)  # (perhaps named by the office alone: 'the Taoiseach', 'Kremlin spokesman')
            self._add(rules.edge(view, "HOLDS_OFFICE", state.node_id, country, "title-office", None, title=short))

    def _pronoun(self, m: Mention, view: rules.SentenceView, persons: list[rules.Ref], index: int) -> rules.Ref | None:
        speaker = self._named_in_brackets(m, view) or self._reporting_speaker(m, view, index)
        if speaker is not None:
            return rules.Ref(speaker, "person", m.start, m.end, m.text)
        before = [p for p in persons if p.start < m.start and p.subject_like]
        candidates: list[rules.Ref] = []
        objects = [p for p in persons if p.start < m.start and not p.subject_like
                   and not view.text[view.rel(p.end):view.rel(p.end) + 6].startswith((", who", " who"))]  # who acts in its clause
        if m.text.lower() == "him" and objects:
            candidates = [objects[-1]]  # 'X thanked Y ... and invited him': an object pronoun is not X
        elif m.extra.get("possessive") and objects and before and _HOSTED.search(
                view.text, view.rel(before[-1].end), view.rel(objects[-1].start)) and _VISIT_AHEAD.match(view.text, view.rel(m.end)):
            candidates = [objects[-1]]  # 'X received Y, marking the start of his state visit': the guest's visit
        elif m.text.lower() == "him" and before:  # 'Y arrived ... X received him': not the clause's subject X
            relative = [p for p in persons if p.start < m.start and not p.subject_like and p not in objects]
            subject = (relative or before)[-1].node_id  # 'A met B, who invited him': B's clause, so A
            candidates = [p for p in reversed(before) if p.node_id != subject]
            for _i, refs in reversed(self.history[-4:]):
                candidates.extend(r for r in refs if r.node_id != subject and r not in candidates)
        elif before:  # the clause's subject, or (when its gender does not fit) the others named before
            candidates = [before[0], *reversed([p for p in persons if p.start < m.start and p.node_id != before[0].node_id])]
        elif agents := [p for p in objects if _PASSIVE_AGENT.search(view.text, 0, view.rel(p.start))]:
            candidates = agents[-1:]  # 'the pledge made by President Hu when he met X': who acts in a passive clause
        else:
            for _i, refs in reversed(self.history[-4:]):
                subjects = [r for r in refs if r.subject_like] or refs
                candidates.extend(subjects[:1] + [r for r in refs if r not in subjects[:1]])
        for ref in candidates:
            state = self.people_by_id.get(ref.node_id)
            if state and m.gender and state.gender and state.gender != m.gender:
                continue
            if state and m.gender and not state.gender:
                state.gender = m.gender
            # possessives act for their owner too: 'his first official visit' is the owner's visit
            return rules.Ref(ref.node_id, "person", m.start, m.end, m.text)
        return None

    def _named_in_brackets(self, m: Mention, view: rules.SentenceView) -> str | None:
        """'he (Witkoff) was received': the name the writer put after the pronoun, when it is a person of the article."""
        named = _BRACKETED_NAME.match(view.text, view.rel(m.end))
        state = self._by_token(named.group(1).split()) if named else None
        return state.node_id if state else None

    def _reporting_speaker(self, m: Mention, view: rules.SentenceView, index: int) -> str | None:
        """'..., he added.' after a named speaker ('Peskov said ...'): that speaker, not a person the reported
        words name. Only a pronoun after a comma and before a speech verb, with a speaker in the last five sentences."""
        if self.last_speaker is None or index - self.last_speaker[0] > 5 or m.extra.get("possessive") or m.text.lower() == "him":
            return None
        rel_start, rel_end = view.rel(m.start), view.rel(m.end)
        if not (_REPORTING_TAIL.search(view.text, max(0, rel_start - 4), rel_start) and _SPEECH_NEAR.match(view.text[rel_end:rel_end + 40])):
            return None
        state = self.people_by_id.get(self.last_speaker[1])
        if state is None or (m.gender and state.gender and state.gender != m.gender):
            return None
        return state.node_id

    def _description(self, m: Mention, view: rules.SentenceView, index: int, named: list[rules.Ref] = ()) -> rules.Ref | None:
        head = (m.name or "").split()[-1].lower() if m.name else ""
        best = None
        visiting = m.extra.get("visiting", False)
        if visiting:  # 'the visiting leader': the latest person seen who visits in this article
            visitors = [self.people_by_id[p] for p in self.visited if p in self.people_by_id]
            best = max(visitors, key=lambda p: p.last_seen) if visitors else None
        if m.extra.get("royal"):  # 'His Majesty said': the latest monarch or prince named
            royals = [p for p in self.people.values() if any(t.lower().split()[-1] in _ROYAL_TITLE_HEADS for t in p.titles)]
            best = max(royals, key=lambda p: p.last_seen) if royals else None
        if m.extra.get("envoy"):  # 'the envoy said': the latest ambassador, high commissioner or envoy named (of the
            envoys = [p for p in self.people.values() if any(_ENVOY_OFFICE.search(t) for t in p.titles)  # country said)
                      and (m.title_country is None or p.country == m.title_country)]
            best = max(envoys, key=lambda p: p.last_seen) if envoys else None
        known_only = visiting or m.extra.get("royal", False) or m.extra.get("envoy", False)  # (settled above, not by office)
        # who holds an office with the description's head word; the same office when the description qualifies it
        # ('the Prime Minister' is no Foreign Minister; 'the Crown Prince' is the Prince named before; a bare
        # 'Minister X' is not 'the Prime Minister'), unless the country says whose ('the Indian Foreign Secretary')
        described = " ".join((m.name or "").lower().split())
        loose = [] if known_only else [state for state in self.people.values() if any(
            t.lower().split()[-1] == head or head in t.lower().split() for t in state.titles)]
        titled = [s for s in loose if " " not in described or any(
            described in t.lower() or t.lower() not in ("minister", "secretary") and set(t.lower().split()) <= set(described.split())
            for t in s.titles)]
        if m.title_country:  # 'the Vietnamese President': Vietnam's, before a president whose country is not known
            titled = [s for s in titled if s.country == m.title_country] or [s for s in loose if s.country == m.title_country] or [
                s for s in titled if not s.country and index - s.last_seen <= 2]  # (one just named: not 'the Somali
            # president' for a president named long before)
        for state in titled:
            if best is None or state.last_seen > best.last_seen:
                best = state
        if best is None and m.title_country and head in ("leader", "state", "government"):
            # 'the Vietnamese leader': that state's president, premier or monarch, else (named in the last four
            # sentences) a leader whose state is not known yet ('President To Lam arrived ...'), not its ambassador
            leaders = [p for p in self.people.values() if any(_LEADER_TITLE.search(t) for t in p.titles)]
            same = [p for p in leaders if p.country == m.title_country] or [
                p for p in leaders if not p.country and index - p.last_seen <= 4]
            best = max(same, key=lambda p: p.last_seen) if same else None
        if best is None and m.title_country:
            # 'the Cuban leader' when no one carries that title: the latest person from that country
            same = [p for p in self.people.values() if p.country == m.title_country]
            best = max(same, key=lambda p: p.last_seen) if same else None
        if best is None:
            return None
        if m.title_country and not best.country:
            if any(r.node_id == best.node_id and r.text.lower() not in PRONOUNS for r in named):
                return None  # 'Modi held meetings with ... the Prime Minister of Italy': someone else than the one named
            self._assume_home(best, m.title_country, view)  # 'the Vietnamese PM' says whose PM
        rel_start = view.rel(m.start)
        subject = not _object_before(view.text, rel_start)
        return rules.Ref(best.node_id, "person", m.start, m.end, m.text, subject_like=subject)

    # ---- edges ------------------------------------------------------------------------------------
    def _mention(self, node_id: str, view: rules.SentenceView) -> None:
        if node_id in self.mentioned:
            return
        self.mentioned.add(node_id)
        self._add(Edge(type="MENTIONED_IN", source=node_id, target=self.document.id, rule="mention", confidence=1.0,
                       evidence=[view.evidence()]))

    def _add(self, edge: Edge) -> None:
        if edge.type in SYMMETRIC_EDGE_TYPES and edge.target < edge.source:
            edge = Edge.model_validate({**edge.__dict__, "source": edge.target, "target": edge.source, "id": ""})
        if edge.target == self.dateline:
            self._country_node(edge.target)  # ('BELGRADE, May 27 - X said when he arrived': the dateline's state, not named)
        if edge.source == edge.target or edge.source not in self.graph or edge.target not in self.graph:
            return
        if edge.type == "VISITED":
            self.visited.setdefault(edge.source, edge.target)
        self.graph.add_edge(edge)

    def _emit(self, view: rules.SentenceView) -> None:
        cue = view.has_any
        people = bool(view.persons) or bool(view.groups)
        visits = list(rules.rule_visits(view)) if people and cue(*_VISIT_CUES) else []
        produced: list[Edge] = [*visits]
        if people and cue("invit", "ask"):  # also 'thanked X for the invitation', 'asked X to visit'
            produced += rules.rule_invitations(view, visits)
        if people and cue(*_MEETING_CUES):
            produced += rules.rule_meetings(view)
        if view.treaties and cue("sign", "ink", "adopt", "approv", "conclud"):
            produced += rules.rule_signings(view)
        if cue("recogni", "diplomatic", "switch", "normali"):
            produced += rules.rule_recognition(view)
        if cue("anniversary"):
            produced += rules.rule_anniversary(view)
        if cue("partnership"):
            produced += rules.rule_partnerships(view)
        if cue("partners"):
            produced += rules.rule_strategic_partners(view)
        if view.orgs and cue("member", "join", "accession", "admit", "accept", "compris", "group", "together", "consist", "made up",
                             "unites", "includes", "(", "states", "countries", "nations", "observer", "inaugurat", "launch",
                             "found", "formed", "creat", "establish", "set up", "chair", "presidency", "allies", "ally",
                             "make up", "made up", "constitut", "part of", "states of", "countries of", "nations of"):
            produced += rules.rule_membership(view)
        if people and cue("elected", "appointed", "named", "sworn in"):
            produced += rules.rule_appointments(view)
        if people and view.orgs and cue("chair", "presidency"):
            produced += rules.rule_chairs_taken(view)
        if cue("successor", "succeeded", "continuator", "renamed", "replaced by", "became", "reconstituted"):
            produced += rules.rule_succession(view, lambda node_id: self.countries.nodes.get(node_id, Country(id="x", name="x")).historical)
        groups = rules.exchange_groups(view) if people and cue("exchang") else None
        if groups:
            left, right = groups
            homes = [rules.side_home(view, left), rules.side_home(view, right)]
            if view.pair:  # one side's country settles the other's in a bilateral exchange
                for a, b in ((0, 1), (1, 0)):
                    if homes[a] in view.pair and homes[b] is None:
                        homes[b] = view.pair[0] if view.pair[1] == homes[a] else view.pair[1]
            states = self.people_by_id
            for side, home in ((left, homes[0]), (right, homes[1])):
                for ref in side:
                    self._assume_home(states.get(ref.node_id), home, view)
            view.home = {p.node_id: p.country for p in self.people.values() if p.country}
            produced += rules.rule_exchanges(view, left, right, homes[0], homes[1])
        if people and cue("sent"):
            self.pending_messages.append(view)  # the receiver's country may be learnt later
        if people or view.groups or view.countries or view.adjectives:  # (a state speaks too: 'China said')
            self.pending_statements.append(view)  # what a statement is about depends on the speaker's
            # country, which later sentences may reveal: resolved once the whole article is read
        for item in produced:
            if item.type == "SIGNED" and item.date is None and item.target in self.signed_on:
                # 'The treaty was signed by X and Y' after 'signed the treaty on August 9, 1971'
                item = Edge.model_validate({**item.__dict__, "date": self.signed_on[item.target], "id": "",
                                            "rule": item.rule + "+treaty-date"})
            elif item.type == "SIGNED" and item.date is not None:
                self.signed_on.setdefault(item.target, item.date)
            if item.date is None and item.type == "MET" and (during := self._announced_occasion(item, view)) is not None:
                item = Edge.model_validate({**item.__dict__, "date": during.date, "id": "", "rule": item.rule + "+occasion-date",
                                            "confidence": min(item.confidence, 0.6)})
            if item.date is None and (item.type in _CONTEXT_DATED or item.rule == "member-joined") \
                    and not item.rule.endswith(("-habitual", "tour-leg")) \
                    and not _PLUPERFECT[item.type].search(view.text) \
                    and (fallback := self._context_date(view)) is not None:  # (not 'has visited Russia many times')
                item = Edge.model_validate({**item.__dict__, "date": fallback, "id": "",
                                            "rule": item.rule + "+context-date", "confidence": min(item.confidence, 0.6)})
            self._add(item)
            if item.type == "MET" and (place := _meeting_place(view)) is not None:
                self.meeting_places.append((item, place, view))
        self._infer_homes(view, produced)
        if not visits and ("accompanied" in view.text or "joined" in view.text):
            self._delegation(view)
        if ("delegation" in view.text or "entourage" in view.text) and view.persons:
            self._delegation_listed(view)
        if view.dates and cue("office", "took over", "power"):
            self._office_taken(view)

    def _delegation(self, view: rules.SentenceView) -> None:
        """'PM Lee will be accompanied by Minister X, Senior Minister of State Y and ...': those listed serve the
        leader's state and make the leader's visit told before (the article's first), on its dates."""
        told = _IS_ACCOMPANIED.search(view.text)
        leader = view.subject_before(told.start()) if told else None
        if told is None and (active := _ACCOMPANIED_LEADER.search(view.text)) is not None:
            # 'Secretary of State Rogers and Henry Kissinger ... accompanied Mr. Nixon': the one after the verb leads
            leader = next((r for r in view.persons if view.rel(r.start) >= active.end()
                           and re.fullmatch(r"(?:(?:the|his|her|Mr\.?|Mrs\.?|Ms\.?|[A-Z][\w.'’-]*)\s+)*", view.text[active.end():view.rel(r.start)])), None)
            if leader is not None:
                self._companions_before(view, active.start(), leader)
            return
        state = self.people_by_id.get(leader.node_id) if leader else None
        if state is None:
            return
        visit = next((e for e in self.graph.edges(type="VISITED", source=state.node_id)
                      if e.target == self.visited.get(state.node_id)), None)
        stop = rules.clause_end(view.text, told.end())  # (not 'Begin ... who is ...; greeted by Prime Minister X')
        members = {r.node_id: r for r in view.persons if told.end() <= view.rel(r.start) < stop and r.node_id != state.node_id
                   and r.node_id not in view.consorts and r.text.lower() not in PRONOUNS}
        for member in members.values():
            member_state = self.people_by_id.get(member.node_id)
            if member_state is None or len(member_state.tokens) < 2:
                continue  # (a list names its members in full; not a word of its description: 'Cabinet Ministers, Business people')
            if state.country:
                self._assume_home(member_state, state.country, view)
            if visit is not None and member_state.country != visit.target:
                self._add(rules.edge(view, "VISITED", member.node_id, visit.target, "accompanied-visit", visit.date,
                                     kind=visit.kind, place=visit.place, confidence=0.6))

    def _companions_before(self, view: rules.SentenceView, verb: int, leader: rules.Ref) -> None:
        """Those named as the subject before 'accompanied' make the leader's visit (the article's first to that place)."""
        state = self.people_by_id.get(leader.node_id)
        visit = next((e for e in self.graph.edges(type="VISITED", source=leader.node_id)
                      if e.target == self.visited.get(leader.node_id)), None) if state else None
        if visit is None:
            return
        lo = max(view.text.rfind("; ", 0, verb), 0)  # (the sentence's own subject: 'William P. Rogers' has a full stop)
        for member in {r.node_id: r for r in view.persons if lo <= view.rel(r.start) < verb and r.node_id != leader.node_id
                       and r.text.lower() not in PRONOUNS}:
            member_state = self.people_by_id.get(member)
            if member_state is None or len(member_state.tokens) < 2 or member_state.country == visit.target:
                continue
            if state.country:
                self._assume_home(member_state, state.country, view)
            self._add(rules.edge(view, "VISITED", member, visit.target, "accompanied-visit", visit.date,
                                 kind=visit.kind, place=visit.place, confidence=0.6))

    def _delegation_listed(self, view: rules.SentenceView) -> None:
        """'the delegation includes Nauru Minister for Education X, Deputy Minister for Land Management Y and ...':
        the officials of one delegation serve one state, the delegation's or its first member's."""
        told = _DELEGATION_INCLUDES.search(view.text)
        if told is None:
            return

        def owns_it(ref: rules.Ref) -> bool:  # 'Fiji's delegation', 'the Fijian delegation', 'his delegation'
            gap = view.text[view.rel(ref.end):told.start()]
            return view.rel(ref.end) <= told.start() and _OWNS_DELEGATION.fullmatch(gap) is not None

        before = [r for r in [*view.countries, *view.adjectives] if owns_it(r) and r.kind != "city"]
        leader = next((self.people_by_id.get(r.node_id) for r in view.persons if owns_it(r)), None)
        # 'the delegation accompanying President Yoon ... includes X': Yoon leads it
        accompanying = _ACCOMPANYING.match(view.text, told.start()) if leader is None else None
        if accompanying is not None:
            leader = next((self.people_by_id.get(r.node_id) for r in view.persons
                           if accompanying.end() <= view.rel(r.start) <= told.end()), None)
        stop = rules.list_end(view.text, told.end())
        listed = dict.fromkeys(r.node_id for r in view.persons if told.end() <= view.rel(r.start) < stop)
        members = [m for m in map(self.people_by_id.get, listed) if m is not None and len(m.tokens) >= 2 and not m.consort]
        country = before[-1].node_id if before else leader.country if leader and leader.country else \
            next((m.country for m in members[:1] if m.country), None)
        for member in members:
            self._assume_home(member, country, view)
        # a delegation travels with its leader, so its members make the leader's visit (the first told) too
        # ('Eritrea's presidential entourage includes X': the article's one traveller from Eritrea leads it)
        if leader is None and country is not None:
            travellers = [p for p in self.visited if self.people_by_id.get(p) and self.people_by_id[p].country == country]
            leader = self.people_by_id[travellers[0]] if len(travellers) == 1 else None
        visit = next((e for e in self.graph.edges(type="VISITED", source=leader.node_id)
                      if e.target == self.visited.get(leader.node_id)), None) if leader else None
        for member in members:
            if visit is not None and member.node_id != leader.node_id and member.country != visit.target:
                self._add(rules.edge(view, "VISITED", member.node_id, visit.target, "accompanied-visit", visit.date,
                                     kind=visit.kind, place=visit.place, confidence=0.6))

    def _office_taken(self, view: rules.SentenceView) -> None:
        """'After President Trump took office in January 2017', 'since taking office in 2012': the office the person
        is known to hold (its state named) was held from that date."""
        for match in _TOOK_OFFICE.finditer(view.text):
            person = view.subject_before(match.start())
            state = self.people_by_id.get(person.node_id) if person else None
            date = view.date_near(match.end(), allow_since=True, within=(match.start(), len(view.text)))
            if state is None or not state.country or not state.titles or date is None or date.precision == "day" and date.end:
                continue  # (a range of days is a visit's or a meeting's, not when an office began)
            self._add(Edge(type="HOLDS_OFFICE", source=state.node_id, target=state.country, title=state.titles[-1], date=date,
                           rule="took-office", confidence=0.7, evidence=[view.evidence()]))

    def _announced_occasion(self, met: Edge, view: rules.SentenceView) -> Edge | None:
        """'X will pay a visit to Azerbaijan on Jan. 18 ... In Baku, X will be received by Y': a meeting announced
        without a day, just after one of the two was announced to visit (or meet) on a stated day, is part of that
        visit (or meeting): the edge whose date it takes."""
        pair = {met.source, met.target}
        if not announces(view.text) or any(e.date is not None and {e.source, e.target} == pair
                                           for person in pair for e in self.graph.edges(type="MET", source=person)):
            return None  # (a meeting of the two the article has already dated)
        places = _places_named(view)
        for person, other in ((met.source, met.target), (met.target, met.source)):
            host = self.people_by_id.get(other)
            visits = [v for v in self.graph.edges(type="VISITED", source=person)
                      if v.date is not None and not v.rule.endswith("context-date") and v.evidence
                      and 0 <= view.index - v.evidence[0].sentence <= 2]
            if not visits:
                continue
            visit = max(visits, key=lambda v: v.evidence[0].sentence)  # the latest leg of a tour
            if (host is None or host.country in (None, visit.target)) and (not places or visit.target in places):
                return visit  # (not one met at home, or in a place the sentence names elsewhere)
        # 'Obama will hold talks with four African leaders on Friday ... Obama will welcome X along with Y and Z': the
        # meeting announced with its day, told again with those it brings together
        told = [e for person in pair for e in (*self.graph.edges(type="MET", source=person), *self.graph.edges(type="MET", target=person))
                if e.date is not None and not e.rule.endswith("context-date") and e.evidence
                and 0 < view.index - e.evidence[0].sentence <= 1]
        return max(told, key=lambda e: e.evidence[0].sentence) if told and not places else None

    def _context_date(self, view: rules.SentenceView):
        """When an event sentence names no date, a dated article's own date: news reports what just
        happened, and background facts carry their dates (marked '+context-date', lower confidence).
        An article whose first named day is over a year before its own retells history: there, the day named
        in one of the two sentences before. An announcement ('will visit China next week') stays undated."""
        if self.anchor is None or announces(view.text) or _COUNTED_FROM_ANOTHER.search(view.text):
            return None  # ('The visit comes a month after Ruto travelled to Addis Ababa': some other day)
        if self.today is None:  # 'date 1991': undated news of the article's year
            return period_date(self.anchor, self.document.date_precision)
        if self.first_day is not None and (self.today - self.first_day).days > 365 and self.last_day is not None \
                and 0 < view.index - self.last_day[0] <= 2:
            return day_date(self.last_day[1])  # a retelling ('On February 21, 1972, Nixon landed ... he was received by Mao')
        if self.news_day is not None and 0 < (self.today - self.news_day).days <= 7:
            return day_date(self.news_day)  # the day the article opens with, just before its own ('... yesterday. Wen met X')
        return day_date(self.today)

    def _infer_homes(self, view: rules.SentenceView, produced: list[Edge]) -> None:
        """A leader with a bare title ('General Secretary X') serves the host side of an encounter:
        inviting a visitor to C, or meeting someone who is visiting C, makes X an office holder of C.
        (Meetings across the article's main pair are settled once the article is read.)"""
        states = self.people_by_id
        for item in produced:
            if item.type == "INVITED":
                host = next((v.target for v in produced if v.type == "VISITED" and v.source == item.target), None)
                self._assume_home(states.get(item.source), host, view)
            if item.type == "MET":  # meeting a visitor in the country visited: the host's country
                for a, b in ((item.source, item.target), (item.target, item.source)):
                    # the visit told in this sentence ('travelled to Vietnam, where he held talks with X'), else the first
                    visited = next((v.target for v in produced if v.type == "VISITED" and v.source == b), None) \
                        or self._fronted_for_guest(view, a) or self.visited.get(b)
                    if visited and states.get(b) and states.get(b).country != visited \
                            and (visited in (places := _places_named(view)) or not places):  # (not 'will meet X in Los Angeles')
                        self._assume_home(states.get(a), visited, view)

    def _fronted_for_guest(self, view: rules.SentenceView, host: str) -> str | None:
        """'In Poland, the Prime Minister met with Prime Minister Ewa Kopacz': the country the sentence opens with
        is the home of the one met there, unless that one is the article's traveller to it (then the other is)."""
        place = _fronted_country(view)
        if place is None or any(e.target == place for e in self.graph.edges(type="VISITED", source=host)):
            return None
        return place

    def _assume_home(self, state: PersonState | None, country: str | None, view: rules.SentenceView) -> None:
        if state is None or country is None or state.country or not _serves_a_state(state.titles):
            return
        state.country = country
        self._country_node(country)  # ('the Vietnamese leader': read before its demonym adds the country's node)
        for title in state.titles:
            if title not in state.placed_titles:
                self._add(rules.edge(view, "HOLDS_OFFICE", state.node_id, country, "title-office-inferred", None,
                                     title=title, confidence=0.6))


_BETWEEN_OPENING = re.compile(r"\s+between\s+(?:the\s+)?")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_LIST_ANAPHOR = re.compile(r"\b(?P<what>(?:these|those|the\s+(?P<n>three|four|five|six|seven|eight|nine|ten))\s+"
                           r"(?:(?:new|former|newly\s+independent|Soviet|Central\s+Asian|Baltic|Yugoslav)\s+)*"
                           r"(?:countries|states|nations|republics))\b"
                           r"|(?<=recogni[sz]ed\s)(?P<their>their)(?=\s+(?:independence|sovereignty)\b)", re.IGNORECASE)
_LIST_ANAPHOR_CUES = ("these", "those", *(word for word, n in _NUMBER_WORDS.items() if n >= 3), "their independence",
                      "their sovereignty")
_BLOCS_OWN = re.compile(r"\b(?:body|bloc|organi[sz]ation|grouping|alliance)['’]s\s+$", re.I)


def _places_named(view: rules.SentenceView) -> set[str]:
    """The countries a sentence says something happened in ('in Baku', 'at Los Angeles'): their ids."""
    return {r.node_id for r in view.countries if r.kind in ("country", "city") and rules.placed(view, r)}


def _singular_title(title: str) -> str:
    """'Presidents' -> 'President', 'Foreign Secretaries' -> 'Foreign Secretary', 'Members of Parliament' ->
    'Member of Parliament' (a title shared by a list)."""
    if not is_plural_title(title):
        return title
    title, of, rest = title.partition(" of ")
    head, _, last = title.rpartition(" ")
    single = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1]
    return (f"{head} {single}" if head else single) + of + rest


# ---- graph-level consolidation -------------------------------------------------------------------
def _rename(graph: DiploGraph, node_map: dict[str, str]) -> None:
    """Rename nodes in place (each target keeps the others' names as aliases, and their titles) and re-key only
    the edges that touch them: a few renames in a graph of 200,000 edges should not copy the graph."""
    touching: list[Edge] = []
    renamed: list[str] = []
    for old, new in node_map.items():
        if old not in graph.nx or new not in graph.nx:
            continue
        renamed.append(old)
        node, current = graph.node(old), graph.node(new)
        names = [node.name, *node.aliases]
        update = {"aliases": list(dict.fromkeys([*current.aliases, *[x for x in names if x != current.name]]))}
        if hasattr(current, "titles"):  # 'Putin' (President) merged into 'Vladimir Putin' keeps the title
            update["titles"] = list(dict.fromkeys([*current.titles, *getattr(node, "titles", [])]))
        graph.nx.nodes[new]["record"] = current.model_copy(update=update)
        touching += [data["record"] for _, _, data in graph.nx.in_edges(old, data=True)]
        touching += [data["record"] for _, _, data in graph.nx.out_edges(old, data=True)]
    for item in touching:
        if graph.nx.has_edge(item.source, item.target, key=item.id):
            graph.nx.remove_edge(item.source, item.target, key=item.id)
    graph.nx.remove_nodes_from(renamed)
    graph.add_records((), _rekeyed(touching, node_map))


def _rekeyed(edges: Iterable[Edge], node_map: dict[str, str]) -> Iterator[Edge]:
    """``edges`` with their ends renamed, in order; loops left out."""
    for item in edges:
        source, target = node_map.get(item.source, item.source), node_map.get(item.target, item.target)
        if source == target:
            continue
        if item.type in SYMMETRIC_EDGE_TYPES and target < source:
            source, target = target, source
        if (source, target) != (item.source, item.target):
            item = Edge.model_validate({**item.__dict__, "source": source, "target": target, "id": ""})
        yield item


def _absorb(keep: Edge, others: list[Edge]) -> Edge:
    evidence = list(keep.evidence)
    seen = {e.key() for e in evidence}
    for other in others:
        add_new_evidence(evidence, other.evidence, seen)
    return keep.model_copy(update={"evidence": evidence, "quote": keep.quote or next((o.quote for o in others if o.quote), None)})


def _fold_into(graph: DiploGraph, keep: Edge, others: list[Edge]) -> None:
    """``keep`` takes the evidence of ``others``, which leave the graph: one fact told several times."""
    graph.nx.edges[keep.source, keep.target, keep.id]["record"] = _absorb(keep, others)
    for e in others:
        graph.nx.remove_edge(e.source, e.target, key=e.id)


def consolidate_document(graph: DiploGraph) -> None:
    """Within one article: an undated repeat of a dated visit, partnership or recognition is the same fact."""
    _fold_undated(graph, "VISITED", lambda e: (e.source, e.target))
    _fold_undated(graph, "MET", lambda e: (e.source, e.target))
    _fold_context_dated(graph, ("VISITED", "MET"))
    _fold_inside_ranges(graph)
    _fold_undated(graph, "PARTNERSHIP", lambda e: (e.source, e.target, e.level))
    _fold_undated(graph, "HOLDS_OFFICE", lambda e: (e.source, e.target))  # ('President X' and 'X took office in 2017')
    # ('Indonesia, China to normalize relations' in a headline, 'China and Indonesia agreed Thursday to normalize ...')
    _fold_undated(graph, "RECOGNIZED", lambda e: (e.kind, *sorted((e.source, e.target))) if e.kind == "diplomatic_relations"
                  else (e.kind, e.source, e.target))
    _fold_undated(graph, "MEMBER_OF", lambda e: (e.source, e.target))  # ('India, Pakistan become members of SCO' above the day)
    _fold_same_day_visits(graph)
    _fold_counted_anniversaries(graph)


def _fold_counted_anniversaries(graph: DiploGraph) -> None:
    """'the 30th anniversary of diplomatic ties' (counted back from 2022: 1992) and 'established diplomatic ties on
    December 22, 1992': one founding, told with its day; a count lands within a year of it."""
    relations: dict[tuple[str, ...], list[Edge]] = defaultdict(list)
    for item in graph.edges(type="RECOGNIZED"):
        if item.kind == "diplomatic_relations" and item.date is not None:
            relations[tuple(sorted((item.source, item.target)))].append(item)
    for items in relations.values():
        told = [e for e in items if e.rule != "anniversary-of-relations"]
        for counted in (e for e in items if e.rule == "anniversary-of-relations"):
            near = [e for e in told if abs(e.date.start.year - counted.date.start.year) <= 1]
            if len(near) == 1 and near[0].date != counted.date:
                _fold_into(graph, graph.nx.edges[near[0].source, near[0].target, near[0].id]["record"], [counted])


def _fold_same_day_visits(graph: DiploGraph) -> None:
    """'Lam's state visit to Jakarta' and 'Lam's first trip to Indonesia' on one day: one visit,
    of the most specific kind named."""
    groups: dict[tuple, list[Edge]] = defaultdict(list)
    for item in graph.edges(type="VISITED"):
        groups[(item.source, item.target, item.date.iso if item.date else None)].append(item)
    for items in groups.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda e: (e.kind in (None, "other"), e.id))
        _fold_into(graph, items[0], items[1:])


def _fold_inside_ranges(graph: DiploGraph) -> None:
    """Talks 'with visiting X' on a day inside X's announced visit are that visit, not another one; a visit
    dated by its year or month alone is the one visit told with its days then."""
    groups: dict[tuple, list[Edge]] = defaultdict(list)
    for item in graph.edges(type="VISITED"):
        if item.date:
            groups[(item.source, item.target)].append(item)
    for items in groups.values():
        spans = [e for e in items if e.date.end]
        for item in items:
            if item.date.end or item.date.precision != "day":
                continue
            outer = next((e for e in spans if e.date.start <= item.date.start <= e.date.end), None)
            if outer is not None:
                _fold_into(graph, graph.nx.edges[outer.source, outer.target, outer.id]["record"], [item])
    for items in groups.values():  # "Fidel Castro's 1973 visit" is the visit told with its days
        precise = [e for e in items if e.date.precision == "day" and graph.nx.has_edge(e.source, e.target, e.id)]
        for item in items:
            if item.date.precision == "day" or item.date.end or not graph.nx.has_edge(item.source, item.target, item.id):
                continue
            last = period_end(item.date.start, item.date.precision)
            within = [e for e in precise if item.date.start <= e.date.start <= last]
            if len(within) == 1:
                _fold_into(graph, graph.nx.edges[within[0].source, within[0].target, within[0].id]["record"], [item])


def _fold_undated(graph: DiploGraph, edge_type: str, key: Callable[[Edge], tuple]) -> None:
    groups: dict[tuple, list[Edge]] = defaultdict(list)
    for item in graph.edges(type=edge_type):
        groups[key(item)].append(item)
    for items in groups.values():
        dated = sorted((e for e in items if e.date), key=lambda e: e.date.start)
        undated = [e for e in items if not e.date]
        if not dated or not undated:
            continue
        _fold_into(graph, dated[0], undated)


def _fold_context_dated(graph: DiploGraph, edge_types: tuple[str, ...]) -> None:
    """'X met Y on Tuesday ... Y received X': the repeat, dated only by the article's day, is the meeting
    named with its own date when that date is within a week of it (a meeting months before is another)."""
    groups: dict[tuple, list[Edge]] = defaultdict(list)
    for item in graph.iter_edges():
        if item.type in edge_types and item.date is not None:
            groups[(item.type, item.source, item.target)].append(item)
    for items in groups.values():
        named = [e for e in items if not e.rule.endswith("+context-date")]
        told = [e for e in items if e.rule.endswith("+context-date")]
        if not named or not told:
            continue
        absorbed: dict[str, list[Edge]] = defaultdict(list)
        for e in told:
            nearest = min(named, key=lambda n: abs((n.date.start - e.date.start).days))
            if abs((nearest.date.start - e.date.start).days) <= 7:
                absorbed[nearest.id].append(e)
        for keep in named:
            if absorbed[keep.id]:
                _fold_into(graph, keep, absorbed[keep.id])


def _treaty_aliases(graph: DiploGraph) -> dict[str, str]:
    """Two names for one treaty: same head word and a long shared opening ('Treaty on the Basic Principles of ...')."""
    treaties = sorted(graph.nodes("Treaty"), key=lambda t: (t.id))
    mapping: dict[str, str] = {}
    words = {t.id: lx.fold(t.name).replace("-", " ").split() for t in treaties}
    for i, a in enumerate(treaties):
        for b in treaties[i + 1:]:
            if b.id in mapping or a.id in mapping:
                continue
            wa, wb = words[a.id], words[b.id]
            shared = 0
            for x, y in zip(wa, wb):
                if x != y:
                    break
                shared += 1
            if wa[0] == wb[0] and shared >= 5 and shared >= 0.5 * min(len(wa), len(wb)) \
                    and _states_named(wa[shared:]) == _states_named(wb[shared:]):  # (not '... with Chad', '... with Gabon')
                keep, drop = (a, b) if _signed(graph, a.id) >= _signed(graph, b.id) else (b, a)
                mapping[drop.id] = keep.id
    return mapping


def _states_named(words: list[str]) -> set[str]:
    """The countries named in folded ``words`` (the differing ends of two instruments' names)."""
    text = " " + " ".join(words) + " "
    return {node_id for name, node_id in lx.countries().names.items() if f" {lx.fold(name)} " in text}


def _signed(graph: DiploGraph, node_id: str) -> int:
    return sum(1 for e in graph.edges(type="SIGNED", target=node_id))


def _single_name_people(graph: DiploGraph) -> dict[str, str]:
    """'Putin' in one article, 'Vladimir Putin' in another: one person when the match is unique."""
    people = graph.nodes("Person")
    by_token: dict[str, set[str]] = defaultdict(set)  # a name's token -> the full names holding it
    for person in people:
        if len(person.name.split()) >= 2:
            fathers = _patronyms(person.name.split())
            for token in person.name.split():
                if _name_key(token) not in fathers:
                    by_token[_name_key(token)].add(person.id)
    mapping = {}
    for person in people:
        if len(person.name.split()) != 1:
            continue
        matches = by_token.get(_name_key(person.name), ())
        if len(matches) == 1:
            mapping[person.id] = next(iter(matches))
    return mapping


_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w{3})")


@lru_cache(maxsize=100_000)
def _name_key(token: str) -> str:
    """One spelling for a name's transliterations: 'Sergey'/'Sergei', 'Zelensky'/'Zelenskyy'/'Zelenskiy',
    'Aleksandr'/'Alexandr', 'Erdoğan'/'Erdogan'; 'al-Bashir'/'Bashir', 'el-Sisi'/'Sisi' (the Arabic article)."""
    key = _ARABIC_ARTICLE.sub("", lx.fold(token)).replace("-", "").replace("ks", "x")
    key = re.sub(r"(?:yy|iy|ii)$", "y", key)
    return re.sub(r"ey$", "ei", key)


def _name_variants(graph: DiploGraph) -> dict[str, str]:
    """Across articles, one person under two spellings, with a middle name or patronymic only once
    ('Vladimir Vladimirovich Putin' / 'Vladimir Putin') or with the family name first: merged into the most
    connected spelling, unless their offices name different countries."""
    people = [p for p in graph.nodes("Person") if len(p.name.split()) >= 2]
    keys = {p.id: [_name_key(t) for t in p.name.split()] for p in people}
    by_last: dict[str, list[NodeBase]] = defaultdict(list)
    for person in people:
        by_last[keys[person.id][-1]].append(person)

    def countries(person_id: str) -> set[str]:  # read from the person's own edges: only candidates need it
        return {data["record"].target for _, _, data in graph.nx.out_edges(person_id, data=True)
                if data["record"].type == "HOLDS_OFFICE" and data["record"].target.startswith("country:")}

    def same_place(a: str, b: str) -> bool:  # offices in no two different countries
        home_a, home_b = countries(a), countries(b)
        return not (home_a and home_b and not home_a & home_b)

    same = nx.Graph()
    for group in by_last.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                ka, kb = keys[a.id], keys[b.id]
                short, long = sorted((ka, kb), key=len)
                if (ka == kb or (len(short) == 2 and len(long) >= 3 and short[0] == long[0])) and same_place(a.id, b.id):
                    same.add_edge(a.id, b.id)
    # two names in either order: 'Kishida Fumio' (family name first, as Japanese and Chinese sources write)
    # and 'Fumio Kishida'
    by_pair: dict[frozenset[str], list[NodeBase]] = defaultdict(list)
    for person in people:
        if len(keys[person.id]) == 2:
            by_pair[frozenset(keys[person.id])].append(person)
    for group in by_pair.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if keys[a.id] == keys[b.id][::-1] != keys[b.id] and same_place(a.id, b.id):
                    same.add_edge(a.id, b.id)
    mapping: dict[str, str] = {}
    for component in nx.connected_components(same):
        keep = max(sorted(component), key=lambda node_id: graph.nx.degree(node_id))
        mapping.update({node_id: keep for node_id in component if node_id != keep})
    return mapping


def _drop_statements_about_own_country(graph: DiploGraph) -> None:
    """What a person says is about others: once merged across articles ('Putin' is the Russian President
    of another article), their own country is no longer a target, as within one article (one pass)."""
    homes: dict[str, set[str]] = defaultdict(set)
    stated: list[Edge] = []
    for item in graph.iter_edges():
        if item.type == "HOLDS_OFFICE":
            homes[item.source].add(item.target)
        elif item.type == "STATED":
            stated.append(item)
    for item in stated:
        if item.target in homes.get(item.source, ()):
            graph.nx.remove_edge(item.source, item.target, key=item.id)


def consolidate(graph: DiploGraph) -> DiploGraph:
    """Across articles: merge person and treaty aliases, then date each partnership level once."""
    variants = _name_variants(graph)
    if variants:
        _rename(graph, variants)
    mapping = {**_single_name_people(graph), **_treaty_aliases(graph)}
    if mapping:
        _rename(graph, mapping)
    if variants or mapping:
        _drop_statements_about_own_country(graph)
    _fold_context_dated(graph, ("VISITED", "MET"))  # once persons are one ('Muizzu' of a headline and 'Mohamed Muizzu')
    if variants or mapping:
        _fold_same_day_visits(graph)  # 'Marape to visit' of a headline and 'James Marape's state visit', on one day
    _fold_undated(graph, "PARTNERSHIP", lambda e: (e.source, e.target, e.level))
    _earliest_partnership(graph)
    return graph


def _earliest_partnership(graph: DiploGraph) -> None:
    """A partnership level exists since its earliest dated mention; later dated repeats are evidence."""
    groups: dict[tuple, list[Edge]] = defaultdict(list)
    for item in graph.edges(type="PARTNERSHIP"):
        if item.date:
            groups[(item.source, item.target, item.level)].append(item)
    for items in groups.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda e: e.date.start)
        _fold_into(graph, items[0], items[1:])


# ---- public API --------------------------------------------------------------------------------------
def extract_document(document: SourceDocument) -> DiploGraph:
    """One article's graph (not yet resolved against other articles)."""
    return DocumentExtractor(document).run()


def _extract_batch(documents: list[SourceDocument]) -> tuple[list[NodeBase], list[Edge]]:
    """A worker's share: each document extracted on its own, merged (resolution across
    documents happens once, in the parent, over everything); sent back as plain record lists."""
    graph = DiploGraph()
    with cycle_collector_paused():
        for document in documents:
            graph.merge(extract_document(document))
    return graph.nodes(), graph.edges()


def extract_documents(documents: Iterable[SourceDocument], progress: Callable[[SourceDocument], None] | None = None,
                      workers: int = 1) -> DiploGraph:
    """Extract every document, merge, and resolve entities across documents.

    ``documents`` may be a lazy iterator (``iter_documents``): with workers, the first batches are
    extracted while the rest are still being read."""
    with cycle_collector_paused():
        return _extract_all(documents, progress, workers)


def _batches(documents: Iterable[SourceDocument], workers: int) -> Iterator[list[SourceDocument]]:
    """Batches of at most 32 documents, small enough to keep every worker busy to the end: sized from
    the count when it is known, else growing from 4 (a stream of unknown length)."""
    if isinstance(documents, (list, tuple)):
        size = max(1, min(32, len(documents) // (workers * 4) or 1))
        for i in range(0, len(documents), size):
            yield list(documents[i:i + size])
        return
    stream, size = iter(documents), 4
    while batch := list(islice(stream, size)):
        yield batch
        size = min(32, size * 2)


def _extract_all(documents: Iterable[SourceDocument], progress: Callable[[SourceDocument], None] | None,
                 workers: int) -> DiploGraph:
    graph = DiploGraph()
    if workers > 1 and not (isinstance(documents, (list, tuple)) and len(documents) <= 1):
        from concurrent.futures import ProcessPoolExecutor

        warm_up()  # the workers fork with the spaCy pipeline and lexicons built, instead of building them each
        batches = _batches(documents, workers)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # a few batches in flight, merged in order as they come back (the same graph as one
            # process); submitting everything up front, as pool.map does, kept the parent blocked
            # in submissions instead of merging while the workers ran
            in_flight = deque((batch, pool.submit(_extract_batch, batch)) for batch in islice(batches, 2 * workers))
            while in_flight:
                batch, future = in_flight.popleft()
                nodes, edges = future.result()
                following = next(batches, None)
                if following is not None:
                    in_flight.append((following, pool.submit(_extract_batch, following)))
                graph.add_records(nodes, edges)
                for document in batch:
                    if progress:
                        progress(document)
    else:
        for document in documents:
            graph.merge(extract_document(document))
            if progress:
                progress(document)
    return consolidate(graph)
