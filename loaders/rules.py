"""Event rules: from the resolved mentions of one sentence to dated, evidenced edges.

Each rule reads a ``SentenceView`` (the sentence text plus its resolved persons, countries,
organisations, treaties and dates) and yields ``Edge`` records; the rule's name is stored on
the edge so every fact can be traced to the pattern that produced it. The patterns are about
how diplomatic news is written (trigger words, prepositions, clause order), never about one
article's sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable, Iterator

from diplograph.graph.cameo import code_for
from diplograph.graph.models import Edge, EventDate, Evidence
from diplograph.loaders.dates import WEEKDAYS, DateMention, announces, day_date, period_date, period_end
from diplograph.loaders.lexicon import ABBREVIATED_STYLES, OFFICE_TITLES, blocs, countries


@dataclass
class Ref:
    """A resolved mention: which node, where (absolute offsets), and what it was."""

    node_id: str
    kind: str          # person, country, city, org, bloc, treaty, demonym
    start: int
    end: int
    text: str
    subject_like: bool = True


# A wire dateline: 'MOSCOW, April 10 (TASS) - ', 'NAIROBI, Kenya, Feb 29 – ', 'Hanoi, September 13 (VNA) – '
_DATELINE = re.compile(r"[A-Z][\w .'’-]{1,40},\s+(?:[A-Z][\w .'’-]{1,30},\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]+\s")
_REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|announced|reported|stated|added)\s+(?:on\s+)?$")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:(?:who|which)\b|(?:his|her|their)\s)[^,;]*(?:,|[.!?]?\s*$)")  # ', his last trip abroad ...'


@dataclass
class SentenceView:
    doc_id: str
    index: int
    start: int           # absolute offset of the sentence
    text: str
    date_anchor: object  # the document date (dt.date | None); for a month or a year, its last day
    anchor_precision: str = "day"  # how much of the document date is known
    persons: list[Ref] = field(default_factory=list)
    countries: list[Ref] = field(default_factory=list)     # countries and cities standing for them
    adjectives: list[Ref] = field(default_factory=list)    # demonyms
    orgs: list[Ref] = field(default_factory=list)          # organisations and blocs
    treaties: list[Ref] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    pair: tuple[str, str] | None = None                    # 'the two countries' of the context
    home: dict[str, str] = field(default_factory=dict)     # person id -> their country id
    groups: list[tuple[int, int, list[str]]] = field(default_factory=list)  # 'the two leaders' -> person ids
    visited: dict[str, str] = field(default_factory=dict)  # person id -> the country they visit in the article so far
    consorts: set[str] = field(default_factory=set)  # persons introduced as 'First Lady'
    here: str | None = None  # the dateline's country, when the sentence says 'here' ('NEW DELHI: ... arrived here')
    dateline: str | None = None  # the dateline's country ('BENGHAZI, Libya: ... Berlusconi said on arrival')
    _evidence: Evidence | None = field(default=None, repr=False, compare=False)
    _lower: str = field(init=False, repr=False, compare=False)
    _asides: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._lower = self.text.lower()

    def asides(self) -> list[tuple[int, int]]:
        """Relative clauses and possessive appositives set off by commas (', who took office in August,',
        ', his last trip before ... later this month'), sentence-relative: background, whose dates are
        not the main event's."""
        if self._asides is None:
            self._asides = [m.span() for m in _RELATIVE_CLAUSE.finditer(self.text)] \
                if self.has_any(", who", ", which", ", his ", ", her ", ", their ") else []
        return self._asides

    def has_any(self, *words: str) -> bool:
        """Whether the lower-cased sentence contains any of ``words``: a test in C before a rule's
        regular expressions, which usually find nothing."""
        return any(map(self._lower.__contains__, words))

    # ---- positions -----------------------------------------------------------------------------
    def rel(self, absolute: int) -> int:
        return absolute - self.start

    def evidence(self) -> Evidence:
        """The whole sentence as evidence; one shared record per sentence (records are never mutated)."""
        if self._evidence is None:
            self._evidence = Evidence(doc_id=self.doc_id, sentence=self.index, start_char=self.start,
                                      end_char=self.start + len(self.text), text=self.text)
        return self._evidence

    def between(self, refs: list[Ref], lo: int, hi: int) -> list[Ref]:
        """Refs whose start lies in [lo, hi) (sentence-relative)."""
        return [r for r in refs if lo <= self.rel(r.start) < hi]

    def subject_before(self, pos: int) -> Ref | None:
        """The person acting before ``pos``: the first subject-like person of the clause."""
        candidates = [r for r in self.persons if self.rel(r.end) <= pos and r.subject_like]
        if not candidates:
            return None
        # the last clause boundary before pos that has a person after it
        found = candidates[-1] if _possessive(self.text, self.rel(candidates[-1].end)) else _first_of_clause(self, candidates, pos)
        at = candidates.index(found)
        if at and _AND_SPOUSE.search(self.text, max(0, self.rel(found.start) - 30), self.rel(found.start)):
            return candidates[at - 1]  # 'President X and his wife Y arrived': X travels, Y with him
        return found

    def date_near(self, pos: int, allow_since: bool = False, within: tuple[int, int] | None = None) -> EventDate | None:
        """The date expression nearest to ``pos`` that is not a target ('by 2025'), inside ``within``
        (sentence-relative bounds) when given."""
        # '... since X came here in 1966', '... after he won the elections in January': a clause of its own, with its
        # own date ('when they met' dates the event)
        clause = not allow_since and _OWN_CLAUSE.search(self._lower) is not None
        usable = [d for d in self.dates if not d.is_target and (allow_since or d.cue == "since" and self._when_then(d, pos) or d.cue != "since" and not (
                      clause and pos < self.rel(d.start) and _OWN_CLAUSE.search(self.text, pos, self.rel(d.start))))
                  and (within is None or within[0] <= self.rel(d.start) < within[1])]
        reported = [d for d in usable if _REPORTED_ON.search(self.text, max(0, self.rel(d.start) - 14), self.rel(d.start))]
        if reported and announces(self.text):  # ('X will visit Japan next week, the ministry said Friday': the report's day)
            usable = [d for d in usable if d not in reported]
        if usable and (line := _DATELINE.match(self.text)):  # 'MOSCOW, April 10 (TASS) -': the report's day
            later = [d for d in usable if self.rel(d.start) >= line.end()]
            usable = later if later or announces(self.text) else usable  # (which dates no visit it announces)
        if usable and self.asides():  # a date inside an aside dates only what the aside says
            outside = [(lo, hi) for lo, hi in self.asides() if not lo <= pos < hi]
            usable = [d for d in usable if not any(lo <= self.rel(d.start) < hi for lo, hi in outside)]
            inside = [(lo, hi) for lo, hi in self.asides() if lo <= pos < hi]
            own = [d for d in usable if any(lo <= self.rel(d.start) < hi for lo, hi in inside)]
            usable = own or usable  # '..., who is in Kazakhstan on a visit from 16 to 17 September,': the aside's own
        if len(usable) > 1 and _CLAUSE_JOIN.search(self.text):  # '..., and Deng visited the US the following year'
            lo, hi = _joined_clause(self.text, pos, pos)
            usable = [d for d in usable if lo <= self.rel(d.start) < hi] or usable
        if not usable:
            return None
        return min(usable, key=lambda d: abs(self.rel(d.start) - pos)).date

    def _when_then(self, date: DateMention, pos: int) -> bool:
        """'for the first time since May, when Li visited Tokyo': the date after 'since' dates the 'when' clause."""
        end = self.rel(date.end)
        return end <= pos and _SINCE_WHEN.fullmatch(self.text, end, pos) is not None

    def countries_of_pair(self) -> tuple[str, str] | None:
        ids = []
        for ref in self.countries:
            if ref.node_id not in ids and ref.kind == "country":
                ids.append(ref.node_id)
        if len(ids) == 2:
            return ids[0], ids[1]
        return None


# where a sentence's clauses join: a date in the event's own clause dates it ('Zhou died in 1976, and Deng visited
# the United States the following year')
# (also 'was received on Sunday ... and on Monday is scheduled to meet X': a clause opening with its own day)
_DAY_CLAUSE_JOIN = r"\s+and\s+(?=(?:on|later\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|" + _DAY_CLAUSE_JOIN)


_SINCE_WHEN = re.compile(r"(?:\s+this\s+year)?,?\s+when\s+[^,;]{0,60}")


def _joined_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding ``text[start:end]`` among those joined by ', and', ', but', '; '."""
    lo = max((m.end() for m in _CLAUSE_JOIN.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in _CLAUSE_JOIN.finditer(text, end)), len(text))
    return lo, hi


def _possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "’s")


_REPORTING = re.compile(r"\b(?:said|says|announced|confirmed|stated|added|told\s+\w+)\s+(?:that\s+)?")


def _first_of_clause(view: SentenceView, candidates: list[Ref], pos: int) -> Ref:
    if _LETTERS_AFTER_NAME.fullmatch(view.text, view.rel(candidates[-1].end), pos):
        return candidates[-1]  # 'Dr Goodluck Ebele Jonathan, GCFR, paid a State Visit': honours set off after the name
    boundary = max(view.text.rfind(", ", 0, pos), view.text.rfind("; ", 0, pos), view.text.rfind(": ", 0, pos))
    # ('Minister Kishida: Former Prime Minister Mori will visit Russia': an interview's answer has its own subject)
    if view.has_any("said", "says", "announced", "confirmed", "stated", "added", "told"):
        for reported in _REPORTING.finditer(view.text, 0, pos):  # 'X said Y would visit C': Y's clause
            boundary = max(boundary, reported.end() - 1)
    inside = [r for r in candidates if view.rel(r.start) > boundary]
    if not inside and _ELIDED_SUBJECT.match(view.text, boundary + 1) and not (view.rel(candidates[-1].end) == boundary and view.text[boundary] == ","):
        return candidates[0]  # 'X met A; held talks with B; and met with C': each clause is X's (not '..., Y, visited')
    # 'At the invitation of X, Y will pay a visit': the person after the last comma is the actor
    return inside[0] if inside else candidates[-1]


_LETTERS_AFTER_NAME = re.compile(r",\s+[A-Z]{2,6}(?:,\s+[A-Z]{2,6})*,(?:\s*[a-z]\w*){0,3}\s*")
_ELIDED_SUBJECT = re.compile(r"\s+(?:and\s+|also\s+|then\s+)*(?:held|met|had|visited|signed|received|attended|paid|toured)\b")


def edge(view: SentenceView, type_: str, source: str, target: str, rule: str, date: EventDate | None = None,
         confidence: float = 0.8, **attrs) -> Edge:
    code = code_for(type_)
    return Edge(type=type_, source=source, target=target, date=date, rule=rule, confidence=confidence,
                cameo=code.cameo if code else None, plover=code.plover if code else None,
                evidence=[view.evidence()], **attrs)


# ---- VISITED / INVITED ------------------------------------------------------------------------
_VISIT_NOUN = re.compile(
    r"\b(?P<kind>state|official|working|private|first|two[- ]day|three[- ]day|four[- ]day|five[- ]day|\w+[- ]day|historic|"
    r"successful|upcoming|landmark)?(?:\s+(?:state|official|working))?\s*(?P<noun>visit|trip|tour)s?\b(?!or)",
    re.IGNORECASE,
)
_VISIT_VERB = re.compile(
    r"\b(?P<verb>visited|visits|visiting|visit(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:several|a\s+number\s+of|a\s+few|\w+)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states)\b)|toured|arrived\s+(?:today\s+|yesterday\s+|here\s+)?in|arrives\s+in|arriving\s+in|arrive\s+in|"
    r"(?:reached|reaches)(?=\s+(?-i:[A-Z]))|"  # 'reached Tokyo on Saturday' (not 'reached an agreement')
    r"(?:attended|attends|attending)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:summit|conference|forum|meeting|session|ceremony|"
    r"celebrations?|talks)\s+(?:held\s+)?in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"set\s+foot\s+in|sets\s+foot\s+in|touched\s+down\s+in|travel(?:s|led|ed)?\s+(?:on\s+)?to|landed\s+in|flew\s+(?:on\s+)?to|"
    r"(?:continue[sd]?|continuing)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:trip|tour|journey|visit)\s+(?:on\s+)?to|"
    r"(?:head(?:s|ed|ing)|will\s+head|went\s+on|goes\s+on|will\s+go\s+on|proceed(?:s|ed|ing)?)\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:a\s+)?(?:stop|stops|stopped|stopover)\s+in|returned\s+to|returns\s+to|"
    r"(?P<back>returned|returns|returning|came\s+back|comes\s+back|back)\s+from(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:was|were|is|are|has\s+been)\s+in(?=\s+(?:the\s+)?(?-i:[A-Z])[^,.;]{0,40}?\s+(?:earlier|last|this|on|for|since|to\s+attend)\b)|"
    # 'was first in Kenya, where he met X'; 'is expected next week in Punta Arenas': an announced arrival
    r"(?:was|were)\s+(?:first|previously|already)\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:is|are)\s+expected\s+(?:(?:next|this)\s+(?:week|month)\s+|on\s+\w+\s+|tomorrow\s+|today\s+)?in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:(?<=\bwill\s)|(?<=\bwill\snow\s)|(?<=\bwill\salso\s)|(?<=\bwill\sthen\s))tour(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:came|come|comes|coming)\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:is|are|was|were)\s+going\s+to(?=\s+(?-i:[A-Z]))|(?:depart(?:s|ed|ing)?|left|leaves|leaving)\s+for(?=\s+(?:the\s+)?(?-i:[A-Z]))|spent\s+(?:the\s+|a\s+)?(?:weekend|day|night|week|\w+\s+days)\s+in|"
    r"['’]s\s+(?P<owned>arrival)(?=\s+in\b)|"  # 'the Mexican president's arrival in Cuba'
    r"(?:upon|on)\s+(?:his\s+|her\s+|their\s+)?(?P<arrival>arrival)(?=\s+(?:in|at)\b))\b",
    re.IGNORECASE,
)
_VISITING = re.compile(r"\b[Vv]isiting\s+(?=[A-Z])")
_HOSTED_FOR_VISIT = re.compile(r"\b(?:hosted|received|welcomed|hosts|receives|welcomes|hosting|receiving|welcoming)\s+(?P<guest>[^,;.]{3,80}?)\s+"
                               r"(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\b")
_HABITUAL = re.compile(r"\s+(?:on\s+)?(?:several|many|numerous|multiple|a\s+number\s+of|\w+)\s+(?:occasions|times)\b", re.IGNORECASE)
_HOSTED_IN = re.compile(r"\b(?:host|hosts|hosted|receive|receives|received|welcome|welcomes|welcomed)\s+(?P<guest>[^,;.]{3,80}?)\s+in\s+")
_KIND_WORD = re.compile(r"\b(state|official|working)\s+(?:visit|trip)", re.IGNORECASE)
_DAYS = re.compile(r"\b(two|three|four|five|2|3|4|5)[- ]days?\b", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _visit_kind(text: str) -> str:
    match = _KIND_WORD.search(text)
    return match.group(1).lower() if match else "other"


_CAPITAL_AFTER = re.compile(r"\s+capital\b")


def _host_after(view: SentenceView, pos: int, window: int = 70, preps=("to", "in")) -> Ref | None:
    """The country (or city) right after ``to``/``in`` following a visit word ('in the Ethiopian capital': Ethiopia)."""
    capitals = [r for r in view.adjectives if _CAPITAL_AFTER.match(view.text, view.rel(r.end))]
    for ref in sorted([*view.countries, *capitals], key=lambda r: r.start) if capitals else view.countries:
        gap = view.rel(ref.start) - pos
        if 0 <= gap <= window:
            between = view.text[pos:view.rel(ref.start)]
            words = re.findall(r"[A-Za-z]+", between.lower())
            if words and words[-1] in ("the",):
                words = words[:-1]
            # 'visit to X', 'visit of President Y to X'; not 'tour that will also take him to X'
            if words and words[-1] in preps and not re.search(r"[;:]", between) and not (
                    {"that", "which", "will", "would", "take", "takes", "took"} & set(words)):
                return ref
            if "to" in preps and _TO_STATES_LISTED.fullmatch(between):
                return ref  # 'a six-day visit to three West African countries — Togo, Burkina Faso and ...'
    return None


def _and_dates(view: SentenceView, date: EventDate | None) -> list[EventDate | None]:
    """'in 1995 and 2003': the date and those joined to it by 'and', each a time of its own."""
    mentions = [d for d in view.dates if not d.is_target]
    chosen = next((i for i, d in enumerate(mentions) if d.date == date), None)
    if chosen is None:
        return [date]
    dates = [date]
    for before, after in zip(mentions[chosen:], mentions[chosen + 1:]):
        if not re.fullmatch(r"\s*(?:,|,?\s*and)\s+(?:in\s+|on\s+)?", view.text[view.rel(before.end):view.rel(after.start)]):
            break
        dates.append(after.date)
    return dates


def _hosts_listed(view: SentenceView, first: Ref) -> list[Ref]:
    """'visited France, Serbia and Hungary': the first place and the countries listed right after it
    (not 'visited China and Russia said ...', where a new clause starts)."""
    hosts = _listed_with(view, [r for r in view.countries if r.kind == "country"], first,
                         stop=lambda ref: _NEW_CLAUSE.match(view.text, view.rel(ref.end)) is not None)
    while (then := _THEN_ON_TO.match(view.text, view.rel(hosts[-1].end))) is not None:  # 'to Sao Paulo and then on to Santiago'
        following = next((r for r in view.countries if view.rel(r.start) == then.end()), None)
        if following is None:
            break
        hosts.append(following)
    return hosts


_THEN_ON_TO = re.compile(r",?\s+(?:and\s+)?then\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?")


_NEW_CLAUSE = re.compile(r"['’]s\b|\s+(?:said|says|has|have|had|is|was|were|are|will|would|also|then|on\s+its)\b")


def _date_right_after(view: SentenceView, host: Ref) -> EventDate | None:
    """'the State Visit of President X to India on 17 December 2018': the date told right after the host dates the
    visit, whatever date comes nearer its noun in an earlier clause."""
    return next((d.date for d in view.dates if not d.is_target and host.end <= d.start
                 and _ONLY_A_PREPOSITION.fullmatch(view.text, view.rel(host.end), view.rel(d.start))), None)


_ONLY_A_PREPOSITION = re.compile(r"\s*(?:on|in|from|between|during)?\s*(?:the\s+)?")


def _with_days(date: EventDate | None, text: str) -> EventDate | None:
    """A day and 'a four-day visit': the visit's days from that one, or up to it when the visit 'ended' that day."""
    match = _DAYS.search(text)
    if date is None or date.end is not None or date.precision != "day" or not match:
        return date
    days = dt.timedelta(days=_NUMBERS[match.group(1).lower()] - 1)
    if _ENDED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return EventDate(start=date.start - days, end=date.start, precision="day")  # 'ended a four-day state visit Friday'
    return EventDate(start=date.start, end=date.start + days, precision="day")


_ENDED_BEFORE = re.compile(r"\b(?:ended|ends|ending|concluded|concludes|concluding|wrapped\s+up|wraps\s+up|wrapping\s+up|"
                           r"completed|completes|completing|winding\s+up)\s+(?:(?:a|an|the|his|her|their)\s+(?:\w+\s+)?)?$", re.IGNORECASE)


_OWNS_THE_VISIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")
_THE_VISIT = re.compile(r"\b(?:the|this|his|her|their)\s+(?:\w+[- ]day\s+)?(?:state\s+|official\s+|working\s+)?visit\b", re.IGNORECASE)
_FUTURE_VISIT = re.compile(r"\b(?:upcoming|next|future|will|planned|forthcoming|expected|scheduled|proposed|(?:look|looks|looking)\s+forward\s+to)\b", re.I)


# a visit that did not (or will not) happen: 'he didn't travel to Addis Ababa', 'cancelled his visit to India'
_NOT_DONE = re.compile(r"(?:\bnot(?!\s+only)|n['’]t|\b(?:never|no\s+longer|failed\s+to|refused\s+to|declined\s+to|cancel(?:l?ed|l?ing|s)?|"
                       r"postpon(?:ed|es|ing|e)|call(?:ed|s|ing)?\s+off|scrap(?:ped|s)?|shelved|suspend(?:ed|s|ing)?|"
                       r"halt(?:ed|s|ing)?|freez(?:e|es|ing)|froze))\s+(?:[\w-]+\s+){0,3}$", re.I)


_MAY_RECOGNIZE = re.compile(r"\b(?:may|might|could|would|should|(?:intends?|intended|plans?|planned|prefers?|preferred|wants?|wanted|"
                            r"likes?|ready|willing|prepared|threaten(?:s|ed)?|considering|expected|urged\s+\w+|asked\s+\w+|"
                            r"in\s+a\s+position)\s+to)"
                            r"\s+(?:\w+\s+)?$", re.IGNORECASE)


def _not_done(view: SentenceView, pos: int) -> bool:
    return _NOT_DONE.search(view.text, max(0, pos - 40), pos) is not None


# a visit told as the visitor's circumstance, its country unsaid: 'on a one-day visit', 'during his state visit'
_ON_A_VISIT = re.compile(r"\b(?:on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\b", re.IGNORECASE)


def _hosting_person_country(view: SentenceView, visitor: Ref) -> Ref | None:
    """The one country, other than the visitor's own, of the other persons the sentence names (the host)."""
    own = view.home.get(visitor.node_id)
    if own is None:
        return None
    others = {view.home.get(r.node_id) for r in view.persons if r.node_id != visitor.node_id} - {None, own}
    return Ref(others.pop(), "country", 0, 0, "") if len(others) == 1 else None


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


_TOUR_WAS_IN = re.compile(r"\s+(?:was|is|will\s+be|began|begins|started|starts|ended|ends)\s+in\b")  # 'the first leg of his tour was in X'


def _country_of(view: SentenceView, pos: int) -> Ref | None:
    """'a two-day visit of Pakistan' (South Asian usage): a country named right after 'of' is the host
    (not 'the visit of President X to Y', where a person follows)."""
    of = _OF_THE.match(view.text, pos)
    if of is None:
        return None
    return next((r for r in view.countries if r.kind == "country" and view.rel(r.start) == of.end()), None)


# 'a three-nation tour of Southeast Asia which included Vietnam and Malaysia', 'a tour which previously took him
# to China and Japan': legs already made ('that will take him to X' is a plan, read as none)
_LEGS_MADE = re.compile(r"(?:\s+of\s+[^,;.]{1,60}?)?,?\s+(?:which|that)\s+(?:has\s+|had\s+)?(?:also\s+|previously\s+|earlier\s+|already\s+)?"
                        r"(?:included|took\s+(?:him|her|them)\s+(?:first\s+)?to|taken\s+(?:him|her|them)\s+(?:first\s+)?to)\s+(?:the\s+)?$")


def _of_another_time(view: SentenceView, lo: int, hi: int) -> bool:
    """A year told in [lo, hi) over a year from the article's: "Fidel Castro's 1973 visit" was to a state of
    then, not to the article's pair of today."""
    told = next((d.date for d in view.dates if lo <= view.rel(d.start) < hi), None)
    return bool(told and view.date_anchor and abs(told.start.year - view.date_anchor.year) > 1)


def _first_leg(view: SentenceView, pos: int) -> Ref | None:
    """The first state a tour is told to have included, right after the clause that says so."""
    if not view.has_any("includ", "took", "taken"):
        return None
    for ref in view.countries:
        if view.rel(ref.start) >= pos:
            return ref if _LEGS_MADE.fullmatch(view.text, pos, view.rel(ref.start)) else None
    return None


def rule_visits(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    found: dict[tuple[str, str], Edge] = {}
    nouns = list(_VISIT_NOUN.finditer(text)) if view.has_any("visit", "trip", "tour") else []
    for match in nouns:
        pos = match.start("noun")
        host = _host_after(view, match.end(), preps=("to",)) or _country_of(view, match.end()) \
            or (_host_after(view, match.end(), window=40, preps=("in",)) if _TOUR_WAS_IN.match(text, match.end()) else None)
        leg = _first_leg(view, match.end()) if host is None else None
        host = host or leg
        if _invitee(view, match.start()) or _not_done(view, match.start("noun")):
            continue  # 'invited him to pay an official visit to Yerevan': an invitation (INVITED), not a visit yet
        visitor = _visitor_for(view, match.start(), match.end())
        if not host and visitor and visitor.node_id in view.visited and _THE_VISIT.search(text, max(0, match.start() - 12), match.end()):
            host = Ref(view.visited[visitor.node_id], "country", 0, 0, "")  # 'X paid the visit from March 6 to 9': the one told
        on_visit = _ON_A_VISIT.search(text, max(0, match.start() - 30), match.end()) if not host and visitor else None
        if on_visit and re.fullmatch(r"\s*,?\s*", text[view.rel(visitor.end):on_visit.start()]):
            host = _hosting_person_country(view, visitor)  # 'Zelensky, on a one-day visit, thanked Erdogan': to Turkey
        if not host and visitor and view.pair and view.home.get(visitor.node_id) in view.pair \
                and _OWNS_THE_VISIT.fullmatch(text, view.rel(visitor.end), match.start("noun")) \
                and not _of_another_time(view, view.rel(visitor.end), match.start("noun")):
            home = view.home[visitor.node_id]  # "Mr Teng's eight-day visit", in an article about China and Japan: to Japan
            host = Ref(view.pair[1] if view.pair[0] == home else view.pair[0], "country", 0, 0, "")
        if not host or not visitor:
            continue
        if _FUTURE_VISIT.search(text, max(0, match.start() - 40), match.start()) and visitor.subject_like is False:
            continue
        date = _with_days(_date_right_after(view, host) or view.date_near(pos), text)
        for host in _hosts_listed(view, host):  # 'state visits to France, Serbia and Hungary'
            key = (visitor.node_id, host.node_id)
            if key not in found and view.home.get(visitor.node_id) != host.node_id:
                found[key] = edge(view, "VISITED", visitor.node_id, host.node_id, "tour-leg" if leg else "visit-noun", date,
                                  kind=_visit_kind(text[max(0, match.start() - 20):match.end()]), place=host.text if host.kind == "city" else None)
    hosting = view.has_any("host", "receiv", "welcom")
    for match in _HOSTED_FOR_VISIT.finditer(text) if hosting else ():
        # 'Biden hosted Albanese for a state visit': the guest visits the host's country
        guest = _guest_named(view, match)
        host = view.subject_before(match.start())
        country = view.home.get(host.node_id) if host else None
        if country is None:  # 'Bush is hosting Mexican President Fox at the White House for a state visit': where
            country = next((r.node_id for r in view.countries if r.kind == "city" and placed(view, r)
                            and match.start() < view.rel(r.start) < match.end()), None)
        if guest and country and country != view.home.get(guest.node_id) and (guest.node_id, country) not in found:
            found[(guest.node_id, country)] = edge(view, "VISITED", guest.node_id, country, "hosted-for-visit",
                                                   _with_days(view.date_near(match.start()), text), kind=_visit_kind(match.group(0)))
    for match in _HOSTED_IN.finditer(text) if hosting else ():
        # 'Fajon will host her Austrian counterpart Schallenberg in Ljubljana': a guest from elsewhere visits the city's country
        guest = _guest_named(view, match)
        city = next((r for r in view.countries if r.kind == "city" and view.rel(r.start) == match.end()), None)
        home = view.home.get(guest.node_id) if guest else None
        if guest and city and home and home != city.node_id and (guest.node_id, city.node_id) not in found:
            found[(guest.node_id, city.node_id)] = edge(view, "VISITED", guest.node_id, city.node_id, "hosted-in",
                                                        view.date_near(match.start()), kind="other", place=city.text, confidence=0.7)
    for match in _VISITING.finditer(text):
        # 'held talks with visiting Brazilian President Lula in Beijing': Lula is the visitor
        if any(view.rel(r.start) == match.end() for r in view.countries):
            continue  # 'Putin is visiting Mongolia at the invitation of President X': a verb, X is the host
        guest = next((r for r in view.persons if 0 <= view.rel(r.start) - match.end() <= 60), None)
        if guest is None:
            continue
        host = _host_after(view, view.rel(guest.end), window=90, preps=("in",))
        if host is None:
            host_ids = [view.home.get(r.node_id) for r in view.persons if r.node_id != guest.node_id and view.home.get(r.node_id)]
            host_id = host_ids[0] if host_ids else None
        else:
            host_id = host.node_id
        host_id = host_id or view.dateline  # ('HANOI - Visiting Iranian Foreign Minister X held talks')
        if host_id and host_id != view.home.get(guest.node_id) and (guest.node_id, host_id) not in found:
            found[(guest.node_id, host_id)] = edge(view, "VISITED", guest.node_id, host_id, "visiting-guest",
                                                  view.date_near(match.start()), kind="other", confidence=0.7)
    if not found and view.dateline and (arrival := _ON_ARRIVAL.search(text)):
        # 'Berlusconi said on arrival that ...' under 'BENGHAZI, Libya:': arrived where the story is told from
        visitor = next((r for r in view.persons if re.fullmatch(r"\s*", text[view.rel(r.end):arrival.start()])), None) \
            or _relative_subject(view, arrival.start()) or view.subject_before(arrival.start())  # ('... but Berlusconi said')
        if visitor and visitor.kind == "person" and view.home.get(visitor.node_id) != view.dateline:
            found[(visitor.node_id, view.dateline)] = edge(view, "VISITED", visitor.node_id, view.dateline, "arrival-dateline",
                                                          _with_days(view.date_near(arrival.start()), text),  # ('for a two-day visit')
                                                          kind=_visit_kind(text), confidence=0.6)
    if not found and view.here:  # (set only when the sentence says 'here')
        for match in _ARRIVED_HERE.finditer(text):  # 'NEW DELHI, Feb 13: Sousa arrived here on Thursday'
            visitors = _coordinated_subjects(view, match.start()) or [_relative_subject(view, match.start())
                                                                      or view.subject_before(match.start())]
            for visitor in visitors:
                if visitor and view.home.get(visitor.node_id) != view.here and not _invitee(view, match.start()):
                    found.setdefault((visitor.node_id, view.here), edge(
                        view, "VISITED", visitor.node_id, view.here, "visit-here", _with_days(view.date_near(match.start()), text),
                        kind=_visit_kind(text), confidence=0.6))
    told_by_noun = bool(found)
    if not told_by_noun or view.has_any("from"):
        for match in _VISIT_VERB.finditer(text):
            if told_by_noun and not match.group("back"):
                continue  # 'arrived in Hanoi, concluding a State visit to India': the visit told is the one, not the way home
            after_verb = match.end("arrival") if match.group("arrival") else match.end("owned") if match.group("owned") \
                else match.start("verb") + len(match.group("verb").split()[0])
            preps = ("for",) if match.group("verb").lower().startswith(("depart", "left", "leav")) else \
                ("from",) if match.group("back") else ("in", "to", "visited", "visits", "visiting", "toured")
            host = _host_after(view, after_verb, window=60, preps=preps) \
                if not match.group("verb").lower().startswith(("visit", "tour", "reach")) else _direct_object_country(view, match.end())
            if _invitee(view, match.start()) or _not_done(view, match.start()):
                continue  # 'invited X to visit Canada' is an invitation (INVITED), not a visit; 'didn't travel to X' none
            visitors = [_arriving(view, match.start())] if match.group("arrival") else \
                [next((r for r in view.persons if view.rel(r.end) == match.start()), None)] if match.group("owned") else \
                _coordinated_subjects(view, match.start()) or _listed_subjects(view, match.start()) \
                or [_relative_subject(view, match.start()) or view.subject_before(match.start())]
            returning = match.group("verb").lower().startswith("return") and not match.group("back")
            for visitor in visitors:  # 'Kamikawa and Defence Minister Kihara were in Manila'
                for host in _hosts_listed(view, host) if host else ():  # 'visited France, Serbia and Hungary'
                    if not visitor or view.home.get(visitor.node_id) == host.node_id:
                        continue
                    if returning and visitor.node_id not in view.home:
                        continue  # 'returned to Moscow' is a visit only for someone known to be from elsewhere
                    date = _with_days(_date_right_after(view, host) or view.date_near(match.start()), text)
                    habitual = _HABITUAL.match(text, view.rel(host.end)) is not None  # 'has visited Russia on several occasions'
                    for n, when in enumerate(_and_dates(view, date) if returning else [date]):  # 'returned ... in 1995 and 2003'
                        key = (visitor.node_id, host.node_id) if n == 0 else (visitor.node_id, host.node_id, when.iso)
                        found.setdefault(key, edge(view, "VISITED", visitor.node_id, host.node_id,
                                                   "visit-verb-habitual" if habitual else "visit-verb", None if habitual else when,
                                                   kind=_visit_kind(text), place=host.text if host.kind == "city" else None,
                                                   confidence=0.7))
    for visit in list(found.values()):
        for companion in _companions(view):  # 'X, accompanied by First Lady Y, arrived in C': Y came too
            if (partner := _spouse_of(view, companion)) is not None and partner != visit.source:
                continue  # '... and met with President X and his wife Y': the host's wife, not a companion
            key = (companion.node_id, visit.target)
            if companion.node_id != visit.source and key not in found and view.home.get(companion.node_id) != visit.target:
                found[key] = edge(view, "VISITED", companion.node_id, visit.target, "accompanied-visit", visit.date,
                                  kind=visit.kind, place=visit.place, confidence=0.6)
    yield from found.values()


def _guest_named(view: SentenceView, match: re.Match[str]) -> Ref | None:
    """The first person named in a hosting pattern's 'guest' group ('hosted Albanese for ...', 'host X in ...')."""
    return next(iter(_distinct_named([r for r in view.persons if match.start("guest") <= view.rel(r.start) < match.end("guest")])), None)


_RECEIVED_BY = re.compile(r"\bby\s+(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w.-]*\s+){0,5}$")  # 'by Vietnamese Prime Minister Y
_GREETS = re.compile(r"\b(?:greet|welcom|receiv|host|meet|met\b)", re.IGNORECASE)
_GREETED = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:greeted|welcomed|received|hosted|met)\b", re.IGNORECASE)
_ON_ARRIVAL_FIRST = re.compile(r"(?i)\s*(?:upon|on)\s+(?:his\s+|her\s+|their\s+)?arrival\b[^,;]{0,80},\s*$")


def _arriving(view: SentenceView, pos: int) -> Ref | None:
    """Who arrives in '(up)on (his) arrival in C': the person named last before it ('Hasina welcomed Xi upon his
    arrival'), unless that one received the guest ('was received by Y on his arrival': the subject); or, when the
    sentence opens with it ('On arrival in Hanoi, Modi laid a wreath'), the first person after the comma."""
    before = [r for r in view.persons if view.rel(r.end) <= pos]
    if not before:
        comma = view.text.find(",", pos)
        if comma < 0 or not _ON_ARRIVAL_FIRST.fullmatch(view.text, 0, comma + 1):
            return None
        return next((r for r in view.persons if view.rel(r.start) > comma and r.subject_like), None)
    last = before[-1]
    if _RECEIVED_BY.search(view.text, 0, view.rel(last.start)):
        return view.subject_before(view.rel(last.start))
    between = view.text[view.rel(last.end):pos]
    if _GREETS.search(between) and not _GREETED.search(between):
        return None  # 'King Salman greets the Emir of Qatar on his arrival': the guest, unnamed, arrives
    return last


# ', who is', or after an appositive: ', President of the Republic of the Philippines, who is'
_WHO = re.compile(r"(?:,\s+(?:the\s+)?[A-Z][^,;()]{0,80}?)?,?\s+who\s+(?:(?:is|was|are|were|has|had|have|also|now|currently|been|already|"
                  r"will|would|is\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+){0,2}$")


def _relative_subject(view: SentenceView, pos: int) -> Ref | None:
    """'talks with Prime Minister X, who is in China for ...': the person the relative clause is about."""
    if "who" not in view.text:
        return None
    before = [r for r in view.persons if view.rel(r.end) <= pos]
    if before and _WHO.fullmatch(view.text, view.rel(before[-1].end), pos):
        return before[-1]
    return None


_ACCOMPANIED = re.compile(r"\baccompanied\s+by\b", re.IGNORECASE)


def _companions(view: SentenceView) -> list[Ref]:
    """'X, accompanied by Y,': Y; 'Y accompanied X on his visit': Y too; 'X and his wife Y arrived', '... his state
    visit, together with Queen Y': the spouse or the one named with the traveller."""
    spouses = [r for r in view.persons if _WITH_SPOUSE.search(view.text, max(0, view.rel(r.start) - 40), view.rel(r.start))]
    match = _ACCOMPANIED.search(view.text)
    if not match:
        active = _ACCOMPANIED_ACTIVE.search(view.text) if "accompanied" in view.text else None
        subject = view.subject_before(active.start()) if active else None
        return ([subject] if subject else []) + spouses
    return [r for r in view.persons if view.rel(r.start) >= match.end() and view.rel(r.start) - match.end() <= 60
            and r.text.lower() not in ("his", "her", "him", "he", "she")][:2] + spouses


def _spouse_of(view: SentenceView, spouse: Ref) -> str | None:
    """Whose wife (or husband) ``spouse`` is named as ('X and his wife Y', '..., together with Y'): the person
    named last before the phrase; None when ``spouse`` is not named so."""
    if not _WITH_SPOUSE.search(view.text, max(0, view.rel(spouse.start) - 40), view.rel(spouse.start)):
        return None
    before = [r for r in view.persons if view.rel(r.end) <= view.rel(spouse.start) - 8]
    return before[-1].node_id if before else None


_ACCOMPANIED_ACTIVE = re.compile(r"\baccompanied\s+(?=(?:the\s+|his\s+|her\s+)?[A-Z])")
_AND_SPOUSE = re.compile(r"\band\s+(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s+(?:(?:First\s+Lady|Mrs\.?|Madame)\s+)?$",
                         re.IGNORECASE)
_WITH_SPOUSE = re.compile(r"(?:\b(?:and|with)\s+(?:his|her)\s+(?:wife|husband|spouse)|,\s+together\s+with)\s*,?\s+"
                          r"(?:(?:First\s+Lady|Queen|Mrs\.?|Madame)\s+)?$")


_COUNTRIES_INCLUDING = re.compile(r"\s+(?:several|a\s+number\s+of|a\s+few|\w+)\s+(?:[\w-]+\s+){0,3}?(?:countries|nations|states)"
                                  r",?\s+(?:including|namely|among\s+them)\s+")


def _direct_object_country(view: SentenceView, pos: int) -> Ref | None:
    """The country a visit verb takes as its object ('visit New Zealand'; 'visit several Latin American countries,
    including Brazil, ...': the first of those listed)."""
    if listed := _COUNTRIES_INCLUDING.match(view.text, pos):
        pos = listed.end()
    for ref in view.countries:
        gap = view.text[pos:view.rel(ref.start)]
        if 0 <= view.rel(ref.start) - pos <= 6 and re.fullmatch(r"\s*(?:the\s+)?", gap) \
                and not _NAME_GOES_ON.match(view.text, view.rel(ref.end)):
            return ref  # (not 'visit New Zealand Aid Programme projects': the country begins another name)
    return None


_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+|\s+(?:[A-Z][a-z]+\s+)?(?:projects?|programmes?|programs?|"
                           r"companies|company|firms?|embassy|pavilion|exhibition)\b")


def _invitee(view: SentenceView, pos: int) -> Ref | None:
    """'invited President X to visit Canada': X is the one who would visit."""
    if not view.has_any("invit"):
        return None
    if re.search(r"\binvitations?\s+(?:\w+\s+){0,2}?to(?:\s+pay\s+\w+(?:\s+\w+)?)?\s*$", view.text[:pos]):
        # "accepted Chinh's invitation to visit Vietnam": someone may visit one day, no visit yet
        return view.subject_before(pos) or Ref("", "person", 0, 0, "")
    m = re.search(r"\binvit\w*\s+(.{3,90}?)\s+to(?:\s+pay\s+\w+(?:\s+\w+)?)?\s*$", view.text[:pos])
    if not m:
        return None
    inside = [r for r in view.persons if m.start(1) <= view.rel(r.start) < m.end(1)]
    return inside[-1] if inside else None


_OWN_VISIT = re.compile(r"\s*(?:[\w-]+\s+){0,3}")  # 'his| first official |visit'


def _visitor_for(view: SentenceView, start: int, end: int) -> Ref | None:
    """'Putin's visit', 'visit of the President X', 'the visit ... made in 1976 by X', or the subject
    (an invitation to visit is no visit: rule_visits leaves those to the invitation rule first)."""
    made_by = re.match(r"[^.;]{0,60}?\b(?:made|paid|undertaken)\b[^.;]{0,40}?\bby\b", view.text[end:]) or \
        re.match(r"\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+by\b", view.text[end:])
    if made_by:
        after = [r for r in view.persons if view.rel(r.start) >= end + made_by.end() and r.text.lower() not in ("his", "her")]
        if after and view.rel(after[0].start) - (end + made_by.end()) <= 60:
            return after[0]
        return None  # 'a visit to Russia by the Prime Minister' with no one known as that: someone's, not the subject's
    to = _TO_THE.match(view.text, end)
    host = next((r for r in view.countries if to and view.rel(r.start) == to.end()), None)
    if host and (of := _OF_THE.match(view.text, view.rel(host.end))):  # 'the visit to Morocco of the Tunisian President'
        return next((r for r in view.persons if view.rel(host.end) < view.rel(r.start) <= of.end() + 30
                     and "," not in view.text[of.end():view.rel(r.start)]), None)
    before = [r for r in view.persons if view.rel(r.end) <= start]
    if before and re.fullmatch(r",\s+who\s+(?:is|was|are|were|has\s+been|will\s+be)\s+(?:on|paying|making|here\s+on|in\s+\w+(?:\s+\w+)?\s+on)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:\w+\s+){0,2}",
                               view.text[view.rel(before[-1].end):start] + " "):
        return before[-1]  # 'received President X, who is on a State visit to Vietnam'
    before = [r for r in view.persons if view.rel(r.end) <= start]
    if before and _possessive(view.text, view.rel(before[-1].end)) and start - view.rel(before[-1].end) < 40:
        return before[-1]
    if before and before[-1].text.lower() in ("his", "her") and _OWN_VISIT.fullmatch(view.text, view.rel(before[-1].end), start):
        pronoun = before[-1]
        received = [r for r in before[:-1] if r.node_id != pronoun.node_id and r.text.lower() not in ("his", "her")
                    and _RECEIVES_BEFORE.search(view.text, max(0, view.rel(r.start) - 80), view.rel(r.start))]
        if received and before[-2] is received[-1]:
            return received[-1]  # 'X will receive Dutch Minister Y today during his first visit to France': Y's visit
        return pronoun  # 'X welcomed Y on his first visit': whoever 'his' is (resolved with the mentions)
    after = [r for r in view.persons if 0 <= view.rel(r.start) - end <= 25 and re.match(r"\s+(?:of|by)\s", view.text[end:view.rel(r.start)] + " ")
             or 0 <= view.rel(r.start) - end <= 70 and _OF_A_TITLED.fullmatch(view.text, end, view.rel(r.start))]
    if after:
        return after[0]  # ('the state visit of the President of Uzbekistan Shavkat Mirziyoyev to Kyrgyzstan')
    if _FRONTED_OWN_VISIT.fullmatch(view.text, 0, start) and (comma := view.text.find(",", end)) > 0:
        # 'As part of his official visit to Kazakhstan, Uzbek President X was welcomed': the subject after the comma
        return next((r for r in view.persons if view.rel(r.start) > comma and r.subject_like), None)
    owner = _OWNER_BEFORE.search(view.text, max(0, start - 60), start)
    if owner and not any(view.rel(r.start) <= owner.start() < view.rel(r.end) for r in view.countries):
        return None  # "Tokayev's visit" with Tokayev not known as a person: someone's visit, not the subject's
    if (had := _HAD_A_VISIT.search(view.text, max(0, start - 40), start)) is not None:
        right_before = [r for r in view.persons if 0 <= had.start() - view.rel(r.end) <= 2]
        if right_before:  # 'she was happy to know President Xi Jinping had a fruitful visit to Britain': Xi's
            return right_before[-1]
    return view.subject_before(start)


_OF_A_TITLED = re.compile(r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+|of\s+|the\s+|and\s+)*", re.IGNORECASE)
_FRONTED_OWN_VISIT = re.compile(r"\s*(?:As\s+part\s+of|During|On|In\s+the\s+course\s+of|Within\s+the\s+framework\s+of)\s+"
                                r"(?:(?:his|her)\b(?:\s+[\w-]+){0,3}?)?\s*", re.IGNORECASE)
_TO_STATES_LISTED = re.compile(r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:countries|nations|states)\s*[—–:-]\s*(?:the\s+)?")
_TO_THE = re.compile(r"\s+to\s+(?:the\s+)?")
_RECEIVES_BEFORE = re.compile(r"\b(?:receive[sd]?|receiving|welcome[sd]?|welcoming|host(?:s|ed|ing)?|greet(?:s|ed|ing)?)\s+"
                             r"(?:[\w'’.-]+\s+){0,7}$", re.IGNORECASE)
_HAD_A_VISIT = re.compile(r"\b(?:had|has|have|made|makes|paid|pays)\s+(?:a|an|his|her|their|the)(?:\s+[\w-]+){0,2}\s*$")
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){0,3}\s*$")


_INVITATION = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:kind\s+|cordial\s+|gracious\s+|official\s+)?invitation\s+of\b|\binvitation\s+(?:of|from|by)\b|"
                         r"\binvitation\s+(?:extended|issued|sent)\s+by\b|(?P<verb>\binvit(?:ed|es|ing)\b|"
                         # 'would ask her to pay a first official visit to Belgrade': asked to come is invited
                         r"\b(?:ask|asks|asked|asking)\b(?=[^.;]{3,100}?\bto\s+(?:pay\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit|visit)\b)|"
                         r"\b(?:extended|extends|sent|sends|issued|issues|conveyed|conveys|delivered|delivers|handed|hands)\s+"
                         r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?invitations?\s+to\b)", re.IGNORECASE)


def _only_title_words(text: str) -> bool:
    """Capitalised words and office words only ('Chinese President', 'minister'): what may stand before a subject's name."""
    return all(word[:1].isupper() or word.lower() in _OFFICE_WORDS for word in re.findall(r"[\w'’.-]+", text))


_OFFICE_WORDS = frozenset(word for title in OFFICE_TITLES for word in title.split()) | {"the"}
_TITLE_WORDS_ONLY = re.compile(r"(?:\s+(?:the|of|and|for|[A-Z][\w'’.-]*|\([A-Z]+\)))*,?\s+")  # (', Name' after the title too)
_THE_VISIT_OPENS = re.compile(r"\s*(?:The|This|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\b")
_COUNTERPART_ASIDE = re.compile(r"\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\s*,")  # 'to his Greek counterpart, Prime Minister X'
_ARRIVED_AT = re.compile(r"\b(?:arrived|arrives|came|comes|is|was|are|were)\s+(?:here\s+|there\s+)?$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_INVITED_BY = re.compile(r"\s+by\b")
# 'at the invitation of the President of the Republic of South Africa, His Excellency X': an office, a comma, a style
_TITLE_THEN_NAME = re.compile(r"(?:\s+(?:the|of|and|for|[A-Z][\w'’.-]*))+,\s+(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness),?\s+)?"
                              r"(?:[A-Z][\w'’.-]*\s+){0,2}")
_ACCEPTED = re.compile(r"\baccept\w*\s+(?:the\s+|an\s+)?(?:(?P<who>[^,;.]{2,60}?)['’]s\s+)?(?:kind\s+|cordial\s+)?invitation", re.IGNORECASE)
_ACCEPTED_FROM = re.compile(r"\baccept\w*\s+(?:the\s+|an\s+)?(?:kind\s+|cordial\s+|official\s+)?invitations?\s+(?:from|of|by)\s+",
                            re.IGNORECASE)
_THANKED = re.compile(r"\bthank\w*\s+(?P<who>.{2,80}?)\s+for\s+(?:the|his|her|their)\s+(?:kind\s+)?invitation", re.IGNORECASE)


def rule_invitations(view: SentenceView, visits: list[Edge]) -> Iterator[Edge]:
    thanked = _THANKED.search(view.text)
    if thanked:  # 'the Chancellor thanked the Kazakh leader for the invitation': the host invited the guest
        host = next((r for r in view.persons if thanked.start("who") <= view.rel(r.start) < thanked.end("who")), None)
        guest = view.subject_before(thanked.start())
        if host and guest and host.node_id != guest.node_id:
            yield edge(view, "INVITED", host.node_id, guest.node_id, "thanked-for-invitation", None)
    accepted = _ACCEPTED.search(view.text)
    if accepted and accepted.group("who"):  # "X accepted Y's invitation to visit": Y invited X
        host = next((r for r in view.persons if accepted.start("who") <= view.rel(r.start) < accepted.end("who")), None)
        guest = view.subject_before(accepted.start())
        if host and guest and host.node_id != guest.node_id:
            yield edge(view, "INVITED", host.node_id, guest.node_id, "accepted-invitation", view.date_near(accepted.start()))
    elif accepted_from := _ACCEPTED_FROM.search(view.text):  # 'X accepted an invitation from Y to visit Tokyo': Y invited X
        host = next((r for r in view.persons if 0 <= view.rel(r.start) - accepted_from.end() <= 60
                     and r.text.lower() not in ("his", "her", "their")), None)
        guest = view.subject_before(accepted_from.start())
        if host and guest and host.node_id != guest.node_id:
            yield edge(view, "INVITED", host.node_id, guest.node_id, "accepted-invitation", view.date_near(accepted_from.start()))
    for match in _INVITATION.finditer(view.text):
        if match.group("verb"):  # 'X invited Y', 'X extended an invitation to Y'
            by = _INVITED_BY.match(view.text, match.end()) if _PASSIVE_BEFORE.search(view.text, 0, match.start()) else None
            if by:  # 'X was invited by his counterpart Y to pay a state visit': Y invited X
                guest = view.subject_before(match.start())
                inviter = next((r for r in view.persons if by.start() <= view.rel(r.start) <= by.end() + 60
                                and r.text.lower() not in ("his", "her", "their")), None)  # (not 'by his counterpart')
                if guest and inviter and guest.node_id != inviter.node_id:
                    yield edge(view, "INVITED", inviter.node_id, guest.node_id, "invited-by", view.date_near(match.start()))
                continue
            before = [r for r in view.persons if view.rel(r.end) <= match.start()]
            relative = before and re.fullmatch(r",\s+who\s+(?:also\s+|had\s+|has\s+)?", view.text[view.rel(before[-1].end):match.start()])
            inviter = before[-1] if relative else view.subject_before(match.start())
            guests = [r for r in view.persons if 0 < view.rel(r.start) - match.end() <= 40
                      or 0 < view.rel(r.start) - match.end() <= 70 and _COUNTERPART_ASIDE.match(view.text, match.end())]
            guests = [r for r in guests if not inviter or r.node_id != inviter.node_id]  # ('to his counterpart': not him)
            if inviter and guests:
                yield edge(view, "INVITED", inviter.node_id, guests[0].node_id, "invited-verb", view.date_near(match.start()))
            continue
        named = [r for r in view.persons if r.text.lower() not in ("his", "her", "their")]  # ('of his counterpart X': X)
        hosts = [r for r in named if 0 <= view.rel(r.start) - match.end() <= 60
                 or _TITLE_WORDS_ONLY.fullmatch(view.text, match.end(), view.rel(r.start))
                 or _TITLE_THEN_NAME.fullmatch(view.text, match.end(), view.rel(r.start))]  # '... of the Minister of Foreign
        if not hosts:                                                                # Affairs of the Republic of X (FM) Y'
            continue
        inviter = hosts[0]
        for visit in visits:
            if visit.source != inviter.node_id and visit.rule != "accompanied-visit":
                yield edge(view, "INVITED", inviter.node_id, visit.source, "invitation-of", visit.date)
        if not visits:
            guest = next((r for r in view.persons if view.rel(r.start) > view.rel(inviter.end) and r.node_id != inviter.node_id), None)
            subject = view.subject_before(match.start())
            if guest is None and subject and subject.node_id != inviter.node_id and _ARRIVED_AT.search(view.text, 0, match.start()):
                guest = subject  # 'He arrived at the invitation of Foreign Secretary X'
            if guest is None and len(set(view.visited.values())) == 1 and _THE_VISIT_OPENS.match(view.text):
                visitor = list(view.visited)[-1]  # 'The official visit is held at the invitation of Sultan X': the visit told
                # (by the latest name: a headline's 'Muhyiddin' is the 'Muhyiddin Yassin' told after it)
                guest = Ref(visitor, "person", 0, 0, "") if visitor != inviter.node_id else None
            if guest:
                yield edge(view, "INVITED", inviter.node_id, guest.node_id, "invitation-of", view.date_near(match.start()))


# ---- MET ------------------------------------------------------------------------------------
_MEET = re.compile(
    r"\b(?:met(?:\s+with)?|meets(?:\s+with)?|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"meet(?=\s+(?:in|at|on|for|amid|ahead)\b)|(?:(?<=will\s)(?:also\s+)?|(?<=scheduled\sto\s)|(?<=expected\sto\s))meet(?:\s+with)?|(?:began|begin|begins|beginning|opened|concluded|concluding|concludes|ended|wrapped\s+up|wrapping\s+up)\s+(?:their\s+)?(?:\w+\s+days?\s+of\s+)?(?:summit\s+)?talks|meetings?\s+(?:with|of|between)|meeting(?=\s+(?-i:[A-Z]))|(?<=after\s)meeting(?=\s+(?:for|in|at|on)\b)|held\s+talks(?:\s+and\s+meetings)?\s+with|"
    r"(?:has|have|had)\s+held\s+talks(?:\s+and\s+meetings)?\s+with|(?:talks|negotiations|discussions|interactions?|conversations?)\s+(?:with|between)|"
    r"(?:in|at|during)\s+(?:a|their)\s+(?:bilateral\s+|separate\s+|private\s+)?meeting(?=\s+(?:in|at|on)\b)|(?:had|held|hold|holds|holding)\s+(?:an?\s+|separate\s+)?(?:bilateral\s+|brief\s+|separate\s+|private\s+|closed-door\s+|one-on-one\s+)?"
    r"(?:meeting|meetings|phone\s+call|telephone\s+conversation|conversation)\s+with|(?:spoke|speaks|talked)\s+(?:by\s+(?:tele)?phone\s+|over\s+the\s+(?:tele)?phone\s+)?with|"
    r"(?:phoned|telephoned|greeted)(?=\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bis\s)|(?<=\bare\s))greeted(?=\s+(?:by|at|on|in)\s)|(?:had|has|have|granted|given)\s+an?\s+(?:private\s+|royal\s+)?audience\s+with|greeted\s+with\s+(?:a|an)\s+[\w-]+|received|welcomed|hosted|(?:hosts|hosting|receives|welcomes)(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?<=will\s)(?:also\s+)?(?:welcome|receive|host)(?=\s+(?:the\s+)?(?-i:[A-Z]))|tete-a-tete\s+meeting\s+of|tête-à-tête\s+meeting\s+of|"
    r"their\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks?)(?!\s+(?:with|between)\b)|(?:have|has|had|held|hold)\s+(?:a\s+)?(?:[\w-]+\s+){0,5}?t[eê]te-[aà]-t[eê]te\b(?!\s+meeting)|met\s+up\s+with|(?:shook|shakes|shake|shaking)\s+hands\s+with|co-?chair(?:ed|s)?|called\s+on(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+visiting\b)|(?:held|hold|holds)\s+(?:political\s+|strategic\s+|bilateral\s+)?(?:consultations|dialogue)\s+with|(?:paid|pay|pays|made|make|makes)\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)|(?:held|hold|holds|holding)\s+(?:(?:[a-z][a-z-]+,?|and)\s+){0,5}?(?:talks|discussions)|"
    r"(?:held|hold|holds|holding)\s+(?:a|an|their)\s+(?:\w+\s+){0,2}?summit(?:\s+meeting)?(?:\s+with)?|summit\s+(?:meeting\s+)?between|summit\s+with|"
    r"(?:summit|talks|meeting|discussions)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?involving|"
    # leaders listed as attending one event were together there: 'A, B and C attended the BRICS summit'
    r"(?:attended|attend)(?=\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:summit|conference|forum|meeting|ceremony|talks|inauguration|funeral|coronation)\b)|"
    r"(?:sat|sits|sit|sitting)\s+down\s+with|(?:conferred|confers|conferring)\s+(?:here\s+|there\s+|today\s+|yesterday\s+|again\s+){0,2}with|"
    # being with someone at a meal, a joint appearance or an event: 'lunch with Queen Elizabeth', 'a joint press
    # conference with X', 'attended the signing ceremony in Santiago with Raul Castro'
    r"(?:lunch|luncheon|dinner|breakfast|banquet)\s+with|(?:lunch|luncheon|dinner|breakfast|banquet|reception)\s+in\s+(?:the\s+)?honou?r\s+of|joint\s+(?:press\s+|news\s+)?(?:conference|briefing|statement|declaration|communiqu[eé])\s+with|"
    r"(?:press|news)\s+(?:conference|briefing)\s+with(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:[A-Z]))|"
    r"(?:attended|attends|attending)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:ceremony|summit|meeting|event|talks|dinner|banquet|parade)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|de|del|da|do|di|la|el))(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+|(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+)?with|"
    # two leaders who discussed or exchanged views together ('A and B discussed trade'; read only for such a pair)
    # a visit's purpose: 'will pay a visit to Azerbaijan to discuss bilateral ties with his counterpart, X'
    r"discuss(?<=\bto\sdiscuss)\s+(?:[^;.]{0,120}?\s+)?with(?=\s+(?:his|her|the|(?-i:[A-Z])))|"
    r"(?P<together>discussed|exchanged\s+(?:views|opinions)|(?:issued|released|adopted)\s+a\s+joint\s+(?:statement|communiqu[eé]|declaration)|(?<=will\s)discuss|(?<=expected\sto\s)discuss|(?<=scheduled\sto\s)discuss)|"
    # a journey made to meet someone: 'Kim Jong Un crossed the border to meet President Moon' (not 'plans to meet')
    r"(?:travell?ed|flew|went|came|arrived|crossed|headed|drove|journeyed)\s+(?:[^,;.]{0,60}?\s+)?to\s+meet(?:\s+with)?|"
    # who signed something with someone met them: 'Kohl signed documents with Estonian Foreign Minister X, ...'
    r"(?:signed|signs|inked)\s+(?:[^,;.]{0,60}?\s+)?with(?=\s+(?:his\s+|her\s+|the\s+)?(?-i:[A-Z]))|"
    # two (not more: a multilateral text is often signed apart) who signed together: 'A and B signed documents ...'
    r"(?P<cosigned>(?:co-?)?signed|(?<!to\s)(?<!will\s)(?<!would\s)(?<!shall\s)(?<!could\s)(?<!may\s)(?<!might\s)signs?(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:accord|agreement|deal|pact|treaty|declaration|memorandum|MoU)))|"
    r"(?P<signedby>(?:was|were|been)\s+(?:jointly\s+)?signed\b[^.;]{0,80}?\bby)|"  # 'was signed ... by A and B': the two met
    # a person beside another at one event: 'said at a ceremony in Beijing alongside his counterpart Y'
    r"(?<=\s)(?:alongside|flanked\s+by)(?=\s+(?:his|her|the|(?-i:[A-Z])))|"
    # two leaders presiding over (or witnessing) a signing together were together: 'A and B witnessed the signing'
    r"(?:presided|presides|preside|presiding)\s+over\s+the\s+signing|(?:jointly\s+)?witnessed\s+the\s+signing|"
    # an envoy presenting credentials meets the head of state: 'presented his Letter of Credence to President X'
    r"present(?:ed|s|ing)?\s+(?:(?:his|her|their)\s+)?(?:copies\s+of\s+)?(?:the\s+)?(?:letters?\s+of\s+credence|credentials)\s+to)\b",
    re.IGNORECASE,
)
# 'X and Y discussed ... in a telephone conversation', 'X and Y spoke by phone', 'held a video call' (read only
# when the sentence names a phone or a video: these start with common words the main pattern would try everywhere)
_TOLD_ON_CALL = re.compile(r"\s+(?:told|assured|informed|thanked|urged|asked|congratulated|invited)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
_CALL = re.compile(
    r"\b(?:(?:following|after)\s+(?:a|the|their)\s+(?:tele)?phone\s+(?:conversation|call)\s+with|"
    r"(?:in|during|over|via)\s+(?:a|their)\s+(?:tele)?phone\s+(?:conversation|call|talks)|(?:in|during|via)\s+(?:a|their)\s+video\s*(?:call|conference)|"
    r"(?:in|during|on)\s+(?:a|their)\s+(?:brief\s+|lengthy\s+|[\w-]+-minute\s+)?call(?!\s+(?:for|to)\b)|"  # 'thanked X during a call on Tuesday'
    r"(?:spoke|speak|speaks|talked)\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|(?:held|had|hold)\s+(?:a\s+|an\s+)?(?:[\"“]?[\w-]+[\"”]?\s+)?(?:tele)?phone\s+(?:conversation|call|talks))\b",
    re.IGNORECASE,
)


_HEDGED = re.compile(r"\b(?:possibly|perhaps|maybe|may|might|could|hopes?\s+to|hoping\s+to|wants?\s+to|wish(?:es)?\s+to|"
                     r"would\s+like\s+to)\s+(?:also\s+)?$", re.IGNORECASE)
_BY_LATER = re.compile(r"[^;,]{3,110}?\bby\b")  # (a full stop inside one sentence ends an abbreviation: 'St. John's')
_AT_A_PLACE_WITH = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{2,50}?\s+with\b")
_RECEIVED_THING = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:message|letter|cable|note|greetings|congratulations|invitation)s?\b",
                             re.IGNORECASE)


# 'The audience with King X at Consular House included A, B and C', 'The meeting with X was attended by A and B'
_ENCOUNTER_JOINED = re.compile(r"\b(?:audience|meeting|talks|dinner|lunch|luncheon|banquet)\s+with\s+(?P<host>[^;]{3,120}?)\s+"
                               r"(?:included|includes|was\s+attended\s+by|were\s+attended\s+by)\s+", re.IGNORECASE)


def _encounters_joined(view: SentenceView) -> Iterator[tuple[Ref, Ref]]:
    """The one an audience or meeting was with, and each person it is said to have included or been attended by."""
    for match in _ENCOUNTER_JOINED.finditer(view.text):
        host = next(iter(view.between(view.persons, match.start("host"), match.end("host"))), None)
        if host is None:
            continue
        for guest in _distinct_named(view.between(view.persons, match.end(), clause_end(view.text, match.end()))):
            if guest.node_id != host.node_id:
                yield host, guest


def rule_meetings(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    seen: set[tuple[str, str]] = set()
    if view.has_any("included", "includes", "attended by"):
        for host, guest in _encounters_joined(view):
            key = tuple(sorted((host.node_id, guest.node_id)))
            if key not in seen:
                seen.add(key)
                yield edge(view, "MET", host.node_id, guest.node_id, "meet-joined", view.date_near(0))
    matches = list(_MEET.finditer(text))
    if view.has_any("phone", "video", " call"):
        matches = sorted(matches + list(_CALL.finditer(text)), key=lambda m: m.start())
    previous = None  # the meeting told before in this sentence, whose subject a coordinated passive shares
    for match in matches:
        word = match.group(0).lower()
        if word.startswith("called on") and not _courtesy_call(view, match):
            continue  # 'called on President X to end the war' urges
        if word == "received" and _RECEIVED_THING.match(text, match.end()):
            continue  # 'received a written message from the Emir': no one met
        if _HEDGED.search(text, max(0, match.start() - 30), match.start()) or _not_done(view, match.start()):
            continue  # 'quite possibly meets X', 'may meet X', 'refused to meet X': no meeting told
        after = match.end()
        if word in ("met", "meets") and (at := _AT_A_PLACE_WITH.match(text, after)):
            after = at.end()  # 'X met at the Qasri Millat Palace with President Y': the place, then whom
        if word in ("met", "received", "welcomed", "greeted") and _PASSIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()) \
                and (by := _BY_LATER.match(text, after)):
            after = by.end()  # 'He was met on arrival at the Jubilee Lounge of the airport by President X': X met him
        stop = clause_end(text, after)
        objects = [r for r in view.between(view.persons, after, stop) if not _POSSESSIVE_PRONOUN.fullmatch(r.text)
                   or r.text.lower() == "her" and not _NOUN_AFTER.match(text, view.rel(r.end))]  # ('with his counterpart': unnamed)
        if word.endswith(("honour of", "honor of")) and (not objects or view.rel(objects[0].start) - match.end() > 40):
            continue  # 'a luncheon in honour of the delegation that included X and Y': the guests are not named there
        if not objects and match.re is _CALL and (subject := view.subject_before(match.start())) is not None:
            # 'X thanked Y for his support during a call on Tuesday': the one the subject addressed, before the call
            objects = _distinct_named([r for r in view.between(view.persons, view.rel(subject.end), match.start())
                                       if r.node_id != subject.node_id])[:1]
        subjects = _coordinated_subjects(view, match.start(), loose=word.startswith(("in ", "during ", "over ", "via ", "their "))
                                         or word == "meeting" and text[max(0, match.start() - 6):match.start()] == "after ")
        if not subjects:
            listed = _listed_subjects(view, match.start())
            subjects = listed if len(listed) == 2 else []  # 'Foreign Ministers A of X and B of Y met'; a longer list pairs no one
        if match.groupdict().get("together") and not (2 <= len(subjects) <= 4 and not objects):
            continue  # 'X discussed the visit of President Y' is no meeting with Y
        if match.groupdict().get("cosigned") and not (len(subjects) == 2 and not objects):
            continue  # ('A and B signed': the two subjects, no one named after)
        named = _distinct_named(objects)
        hyphenated = _hyphenated_pair_before(view, match.start())
        if match.groupdict().get("signedby"):
            if len(named) != 2 or view.rel(named[0].start) - match.end() > 40 \
                    or not _AND_TITLED.fullmatch(text, view.rel(named[0].end), view.rel(named[1].start)):
                continue  # (two signers joined by 'and', right after 'by')
            pairs = [(named[0], named[1])]
        elif hyphenated:
            pairs = [hyphenated]  # 'Peskov described the Putin-Witkoff meeting': the two named, not the speaker
        elif _persons_joined_before(text, match.start()):
            continue  # the same, its names not read as persons: who met is not this sentence's subject
        elif word.endswith("between") and not named and len(_group_after(view, match.end() + 1)) == 2:
            a, b = _group_after(view, match.end() + 1)  # 'the 12th summit between the two leaders'
            pairs = [(Ref(a, "person", 0, 0, ""), Ref(b, "person", 0, 0, ""))]
        elif word.endswith(("between", "involving")) and named and len(listed := _listed_persons(view, view.rel(named[0].start))) >= 3 \
                and view.rel(named[0].start) - match.end() <= 80:
            # 'talks at a summit involving A, B, C and D': each with each
            pairs = [(Ref(a, "person", 0, 0, ""), Ref(b, "person", 0, 0, "")) for a, b in combinations(listed, 2)]
        elif word.endswith(("between", " of")) and len(named) >= 2 and view.rel(named[0].start) - match.end() <= 80:
            pairs = [(named[0], named[1])]  # 'the meeting between X and her counterpart Y
        elif match.re is _CALL and not subjects and not objects and not text[:match.start()].strip() \
                and len(on_line := _distinct_named([r for r in view.persons if view.rel(r.start) >= match.end()
                                                    and r.text.lower() not in ("his", "her", "he", "she")])) >= 2 \
                and "," in text[match.end():view.rel(on_line[0].start)] \
                and _TOLD_ON_CALL.fullmatch(text, view.rel(on_line[0].end), view.rel(on_line[1].start)):
            pairs = [(on_line[0], on_line[1])]  # 'In a phone call on Wednesday, Erdogan told Putin ...': the two on the line
        elif not objects and 2 <= len(subjects) <= 4:
            pairs = list(combinations(subjects, 2))  # 'Modi and Trump held talks', 'A, B and C had a tete-a-tete'
        elif word.startswith("their") and (opened := _pair_after_opening(view, match)):
            pairs = [opened]  # 'During their meeting, Prime Minister A and President B stressed ...'
        elif not objects and len(_group_before(view, match.start())) == 2:
            a, b = _group_before(view, match.start())  # 'The two leaders held talks'
            pairs = [(Ref(a, "person", 0, 0, ""), Ref(b, "person", 0, 0, ""))]
        else:
            subject = _relative_subject(view, match.start()) or view.subject_before(match.start())  # ('X, who will meet ...')
            if previous is not None and _AND_PASSIVE.search(text, max(0, match.start() - 16), match.start()):
                subject = view.subject_before(previous.start()) or subject  # 'X called on A, and was received by B': X
            if subject is not None and subject.text.lower() in ("his", "her") and view.rel(subject.start) < match.start() <= 20 \
                    and _OPENING_MEETING.match(text[:match.start()]) and _named_after_comma(view, match.end()):
                subject = None  # 'In his talks with the Vietnamese leader, Barroso said': 'his' is the one named after
            if subject is None and _OPENING_MEETING.match(text[:match.start()]) and (comma := text.find(",", match.end())) > 0:
                # 'Meeting with Foreign Minister X, minister Y agreed ...': the subject after the opening phrase
                objects = [r for r in objects if view.rel(r.end) <= comma]
                later = [r for r in view.persons if view.rel(r.start) > comma]  # (right after the comma and its title:
                subject = later[0] if later and _only_title_words(text[comma + 1:view.rel(later[0].start)]) else None
                if subject is None:
                    continue  # not 'After her meeting with X, May met with Y', where the subject is no known person)
            if subject is None:
                later = [r for r in view.persons if view.rel(r.start) >= stop]
                subject = later[0] if later else None
            if subject is None:
                continue
            pairs = [(s, o) for s in (subjects or [subject]) for o in objects]  # 'A and B met C': both met C
        previous = match
        for a, b in pairs:
            if a.node_id == b.node_id or (a.node_id in view.consorts) != (b.node_id in view.consorts):
                continue  # 'received by President X and First Lady Y': the talks are the leaders'; two first ladies meet
            key = tuple(sorted((a.node_id, b.node_id)))
            if key in seen:
                continue
            seen.add(key)
            date = view.date_near(match.start()) or years_to_the_day(view, match.start())
            if date is not None and view.date_anchor and last_day(date) < view.date_anchor \
                    and _PLANNED_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                date = None  # 'X will meet Y, who took over in 2008': an announced meeting is not dated before the article
            rule = "meet"
            if date is not None and (days := _DAYS_OF_TALKS.search(text, max(0, match.start() - 30), match.end())):
                date = _with_days(date, text[max(0, days.start() - 30):days.end()])  # 'wrapped up his two-day summit with X today'
            if date is None and view.date_anchor and re.match(r"meets|holds|receives|welcomes|hosts", word):
                date, rule = _doc_date(view), "meet+context-date"  # a present-tense headline or caption reports the day's news
            yield edge(view, "MET", a.node_id, b.node_id, rule, date)


_POSSESSIVE_PRONOUN = re.compile(r"(?i:his|her|their)")
# 'her counterpart' (a possessive), not 'will meet her' or 'met her in Tokyo on Monday'
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|at|on|to|for|with|during|after|before|later|today|tomorrow|again|and|or|when|while|as|there|"
                         r"here|soon|next|this|last|once|twice|separately|briefly)\b)[a-z]")
_AND_PASSIVE = re.compile(r",?\s+and\s+(?:was|were)\s+$")
_DAYS_OF_TALKS = re.compile(r"\b(?:two|three|four|five|2|3|4|5)[- ]days?\s+(?:of\s+)?(?:summit|talks|meetings?)\b", re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"\b(?:will|(?:scheduled|expected)\s+to)\s+$")  # 'will (also) meet', 'is scheduled to meet'


def last_day(date: EventDate) -> dt.date:
    """The last day a date can stand for: its range's end, its month's or its year's last day."""
    return date.end if date.end is not None else period_end(date.start, date.precision)


_NAMES_JOINED_BEFORE = re.compile(r"\b(?:the|a|their|first|second|last)\s+(?-i:([A-Z][\w'’]+))[-–—](?-i:([A-Z][\w'’]+))\s+$", re.I)


def _persons_joined_before(text: str, pos: int) -> bool:
    """'the Putin-Witkoff meeting' (not 'the India-Japan summit'): two capitalised words, neither a place, before the noun."""
    joined = _NAMES_JOINED_BEFORE.search(text, max(0, pos - 60), pos)
    if joined is None:
        return False
    places = countries()
    return not any(w in places.names or w in places.demonyms or w in places.cities or w in blocs() for w in joined.groups())


_OPENING_THEIR = re.compile(r"\s*(?:during|at|in|after|following)\s+$", re.I)


def _pair_after_opening(view: SentenceView, match: re.Match) -> tuple[Ref, Ref] | None:
    """'During their meeting (in Ottawa), Prime Minister A and President B stressed ...': the two named right after
    the opening phrase are the two who met."""
    text = view.text
    comma = text.find(",", match.end())
    if not _OPENING_THEIR.match(text[:match.start()]) or not 0 <= comma - match.end() <= 60:
        return None
    later = [r for r in view.persons if view.rel(r.start) > comma]
    if len(later) < 2 or any(match.end() <= view.rel(r.start) < comma for r in view.persons) \
            or not _only_title_words(text[comma + 1:view.rel(later[0].start)]):
        return None
    between = text[view.rel(later[0].end):view.rel(later[1].start)].split(None, 1)
    if between[:1] != ["and"] or not _only_title_words(between[1] if len(between) > 1 else ""):
        return None
    return later[0], later[1]


def _named_after_comma(view: SentenceView, pos: int) -> bool:
    """Whether the clause after the comma that follows ``pos`` opens with a named person (titles allowed), not 'he'."""
    comma = view.text.find(",", pos)
    later = [r for r in view.persons if comma > 0 and view.rel(r.start) > comma]
    return bool(later) and later[0].text.lower() not in ("he", "she", "they") \
        and _only_title_words(view.text[comma + 1:view.rel(later[0].start)])


_OPENING_MEETING = re.compile(r"\s*(?:(?:during|at|in|after|following)\s+(?:the|his|her|their|a)\s+|"
                              r"(?:besides|after|before|while|when|apart\s+from)\s+)?$", re.I)  # ('Besides holding a meeting with X, Y')


def _hyphenated_pair_before(view: SentenceView, pos: int) -> tuple[Ref, Ref] | None:
    """'the Trump-Kim summit', 'the Putin–Witkoff meeting': two persons joined by a dash right before the noun."""
    before = [r for r in view.persons if view.rel(r.end) <= pos]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if a.node_id == b.node_id or view.text[view.rel(a.end):view.rel(b.start)] not in ("-", "–", "—") \
            or view.text[view.rel(b.end):pos].strip() not in ("", "'s", "’s"):
        return None
    return a, b


def _distinct_named(refs: list[Ref]) -> list[Ref]:
    """Each person once, by name, in order: a possessive 'her' is its owner again, not another party."""
    named: dict[str, Ref] = {}
    for ref in refs:
        if ref.text.lower() not in ("his", "her", "their"):
            named.setdefault(ref.node_id, ref)
    return list(named.values())


_SUBJECT_TAIL = re.compile(r"\s*,?\s*(?:on\s+\w+\s*|also\s+|have\s+|had\s+|has\s+|later\s+|then\s+|jointly\s+|today\s+|yesterday\s+"
                           r"|respectively\s+|separately\s+|both\s+"
                           r"|will\s+|would\s+|shall\s+|(?:are|were)\s+(?:expected\s+|set\s+|due\s+|scheduled\s+)?to\s+)*")


# the words of titles, as news also writes them in lower case ('and Egyptian president Hosni Mubarak')
_LOWER_TITLE_WORDS = "|".join(sorted({w for title in OFFICE_TITLES for w in re.findall(r"[a-z]+", title) if len(w) > 2}, key=len, reverse=True))
# 'and' between two persons, with the second's title: 'and his counterpart', 'and North Korean leader',
# 'and Chairman of State Affairs of the Democratic People's Republic of Korea'
_AND_TITLED = re.compile(r",?\s+and\s+(?:the\s+)?(?:visiting\s+)?(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterpart,?\s+)?"
                         rf"(?:(?:[A-Z][\w.'’-]*|of|the|{_LOWER_TITLE_WORDS}),?\s+){{0,12}}")  # (', and Malaysia's Deputy PM, Y')


_IN_RELATIVE = re.compile(r",\s+(?:to\s+|with\s+|for\s+)?(?:whom|who|which)\b[^,]*$")
_TITLE_ASIDE = re.compile(r",\s+(?:the\s+)?(?-i:[A-Z])[^,;:“\"]{3,120},")  # ', Crown Prince of Abu Dhabi and ...,'
_APPOSITIVE_ASIDE = re.compile(r",\s+(?:(?:the|a|an|his|her|their)\s+|(?:to\s+|with\s+|for\s+)?whom\s+)[^,;:“\"]{3,120},")


_OF_STATE = r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_LISTED_GAP = re.compile(_OF_STATE + r"(?:,\s+(?:and\s+)?|\s+and\s+)")
_LISTED_TAIL = re.compile(_OF_STATE + r"\s*,?")


def _listed_subjects(view: SentenceView, pos: int) -> list[Ref]:
    """'Presidents A of Kyrgyzstan, B of Tajikistan and C of Uzbekistan arrived': each one listed with a state,
    the list ending right before the verb."""
    before = [r for r in view.persons if view.rel(r.end) <= pos and r.text.lower() not in ("his", "her", "their")]
    if len(before) < 2 or not _LISTED_TAIL.fullmatch(view.text, view.rel(before[-1].end), pos - 1 if view.text[pos - 1:pos] == " " else pos):
        return []
    listed = [before[-1]]
    for earlier in reversed(before[:-1]):
        if not _LISTED_GAP.fullmatch(view.text, view.rel(earlier.end), view.rel(listed[0].start)):
            break
        listed.insert(0, earlier)
    return listed if len(listed) >= 2 and len({r.node_id for r in listed}) == len(listed) else []


def _coordinated_subjects(view: SentenceView, pos: int, loose: bool = False) -> list[Ref]:
    """'X and Y met': two persons joined by 'and' right before the verb (``loose``: anywhere before in
    the clause, 'X and Y discussed Gaza in a phone call')."""
    before = [r for r in view.persons if view.rel(r.end) <= pos and r.text.lower() not in ("his", "her", "their")
              and not (r.text in ("he", "she", "him", "they", "them")  # (not one inside an aside: ', to whom he ...,')
                       and _IN_RELATIVE.search(view.text, max(0, view.rel(r.start) - 60), view.rel(r.start)))]
    if len(before) < 2:
        return []
    a, b = before[-2], before[-1]
    joined = _AND_TITLED.fullmatch(view.text, view.rel(a.end), view.rel(b.start))
    if not joined and (aside := _TITLE_ASIDE.match(view.text, view.rel(a.end))) and aside.end() < view.rel(b.start):
        joined = _AND_TITLED.fullmatch(view.text, aside.end(), view.rel(b.start))  # 'A, Crown Prince of X, and B discussed'
    tail = view.text[view.rel(b.end):pos]
    if aside := _APPOSITIVE_ASIDE.match(tail):
        tail = tail[aside.end():]  # 'Reagan and Gorbachev, the general secretary of the party, began their talks'
    if joined and a.node_id != b.node_id and (
            _SUBJECT_TAIL.fullmatch(tail)
            or loose and re.fullmatch(r"\s+[a-z][^;:]*", tail) and not re.search(r",\s+(?:who|which|while|and)\b|\b(?:said|told|says)\b", tail)):
        found = [a, b]
        for earlier in reversed(before[:-2]):  # 'A, B and C had talks': a list, of four at most
            if len(found) == 4 or earlier.node_id in {r.node_id for r in found} \
                    or not _COMMA_TITLED.fullmatch(view.text, view.rel(earlier.end), view.rel(found[0].start)) \
                    or _SOURCE_BEFORE.search(view.text, max(0, view.rel(earlier.start) - 60), view.rel(earlier.start)):
                break  # (not 'According to Mrs Juma, Mr Kenyatta and Mr Mottley will discuss': Juma reports it)
            found.insert(0, earlier)
        return found
    return []


_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|quoted|quoting|told\s+by|said\s+by)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$", re.IGNORECASE)
_COMMA_TITLED = re.compile(r",\s+(?:(?:[A-Z][\w.'’-]*|of|the),?\s+){0,8}")  # ', President ' between two listed names


# abbreviations around names, whose full stop ends no clause ('Lt. Gen. X', 'Smt. X', 'Ferdinand Marcos Jr. met'): the
# lexicon's styles (a dotted one like 'H.E.' ends in a capital, which the stop below already passes), saints and suffixes
_ABBREVIATIONS = (*(s.rstrip(".") for s in ABBREVIATED_STYLES if "." not in s[:-1]), "St", "Gov", "Jr")
_LIST_STOP = r";|" + "".join(f"(?<!{short})" for short in _ABBREVIATIONS) + r"(?<!\b[A-Z])\.\s"  # not 'Hon. X', 'J. Smith'
_LIST_END = re.compile(_LIST_STOP)
_CLAUSE_END = re.compile(
    _LIST_STOP +
    r"|, (?:who|which|where|while|and then|in the presence)\b|\bat (?:the|her|his)\b|\bin (?:the|a)\b"
    r"|\bsince (?:the|his|her|their)\b"  # '... for the first time since the fall of President X': X is no party
    r"|, (?:said|says|told|added|according\s+to)\b"  # '..., said Max Lapod, spokesman for ...': who reports it
    r"|" + _DAY_CLAUSE_JOIN +  # '... by X and on Monday is scheduled to meet Y': Y is the next clause's
    r"|[,.!?][”\"]"  # the end of quoted words: '... received by President X," Peskov said
    r"|, (?:(?:his|her|their|its|the|a|an)\s+[a-z][\w'’-]*\s+)?(?:[A-Z][\w.'’-]*\s+){1,8}(?:said|told|added|says|announced|noted|stated)\b"
    # (', Spokeswoman X told a briefing', ', his spokesman Stephane Dujarric said')
)


def list_end(text: str, pos: int) -> int:
    """A list of names runs to a semicolon or the sentence's end (a full stop after a style or an initial ends nothing)."""
    m = _LIST_END.search(text, pos)
    return m.start() if m else len(text)


def clause_end(text: str, pos: int) -> int:
    """Objects of a verb run to the end of the clause: a semicolon, a relative clause or the sentence end."""
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


# ---- SIGNED -------------------------------------------------------------------------------
_SIGN = re.compile(r"\b(?:signed|signs|sign|signing\s+of|(?<=after\s)signing|(?<=upon\s)signing|(?<=by\s)signing|inked|inks|ink|adopted|"
                   r"approved|concluded)\b", re.IGNORECASE)  # ('... after signing the X': who acts in the clause signed)
_SIGNED_PAST = re.compile(r"(?:signed|inked|adopted|approved|concluded)$", re.IGNORECASE)
_TWO = re.compile(r"\b(?:the\s+two\s+(?:countries|sides|nations|states|governments|leaders|parties)|both\s+(?:countries|sides|nations)|the\s+two\s+presidents|the\s+two\s+PMs|the\s+two\s+prime\s+ministers|"
                  r"the\s+two\s+(?:foreign\s+)?ministers|the\s+two\s+(?:premiers|delegations|heads\s+of\s+(?:state|government)))\b", re.IGNORECASE)


def rule_signings(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    for match in _SIGN.finditer(text):
        if re.match(r"\s+(?:a|an|the)?\s*(?:plan|decision|deal)\b", text[match.end():], re.I) and not view.treaties:
            continue
        treaty = _treaty_near(view, match)
        if treaty is None:
            continue
        anniversary = _ANNIVERSARY_OF_SIGNING.search(text, max(0, match.start() - 40), match.start())
        if anniversary:  # 'the 20th anniversary of the signing of the Russia-China Treaty': signed N years ago, by its parties
            if view.date_anchor is not None and (parties := _parties_named_in(view, treaty) or list(view.pair or ())):
                when = EventDate(start=dt.date(view.date_anchor.year - int(anniversary.group("n")), 1, 1), precision="year")
                for party in parties:
                    yield edge(view, "SIGNED", party, treaty.node_id, "anniversary-of-signing", when, kind=None, confidence=0.7)
            continue
        joined = text.rfind(", and ", 0, match.start())  # '..., and signed the Treaty on July 18, 1977': its own date
        date = (view.date_near(match.start(), within=(joined, len(text))) if joined >= 0 else None) or view.date_near(match.start()) \
            or years_to_the_day(view, match.start())
        if date is not None and date.precision == "year" and view.date_anchor \
                and date.start.year > view.date_anchor.year and _SIGNED_PAST.match(match.group(0)):
            date = None  # 'inked an MoU ... to run a programme from 2022 to 2025' (in 2021): the programme's years, not the day
        by = _SIGNED_BY.match(text, match.end())
        if not by and _WITNESSED.search(text, max(0, match.start() - 40), match.start()):
            # 'X and Y witnessed the signing of the Agreement ... between the two countries': the parties sign, not the witnesses
            for party in (view.pair or ()) if _BETWEEN_THE_TWO.match(text, view.rel(treaty.end)) else ():
                yield edge(view, "SIGNED", party, treaty.node_id, "sign-witnessed", date, kind=None, confidence=0.6)
            continue
        if by:  # 'was signed (in Canberra on Thursday) by X(, who ...,) and Y' / 'by the two leaders' / 'by Israel, the UAE and Bahrain'
            signers = _listed_persons(view, by.end()) or _group_after(view, by.end()) \
                or _listed_states(view, by.end())
        else:
            signers = _signers_before(view, match.start())
            if signers and (partners := _WITH_PARTIES.match(text, max(match.end(), view.rel(treaty.end)))):
                signers = [*signers, *_listed_states(view, partners.end(), blocs=True)]  # 'the EU signed X with A, B and C'
        for signer in dict.fromkeys(signers):
            yield edge(view, "SIGNED", signer, treaty.node_id, "sign", date, kind=None)


_WITNESSED = re.compile(r"\b(?:witnessed|witness|witnessing|witnesses|attended|attending|presided\s+over)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_PARTIES = re.compile(r"\s+with\s+(?:the\s+)?")
_THEY_SIGNED = re.compile(r"\b(?:which\s+|that\s+)?they\s+(?:had\s+|have\s+|also\s+|jointly\s+)?$")


_ANNIVERSARY_OF_SIGNING = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _parties_named_in(view: SentenceView, treaty: Ref) -> list[str]:
    """The states an instrument's own name names ('the Russia-China Treaty on Good-Neighborliness')."""
    return list(dict.fromkeys(r.node_id for r in view.countries if r.kind == "country" and treaty.start <= r.start < treaty.end))


# 'signed (at the White House) (on September 15, 2020,) by': where and when, then who; not 'signed in 2012
# during a visit to Berlin by then-President X', where 'by' belongs to the visit
_SIGNED_BY = re.compile(r"(?:,?\s+(?:in|on|at)\s+(?:(?:(?!during|visit|after|when|while)[^,;.]){1,30}?|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}"
                        r"|\d{1,2}\s+[A-Z][a-z]+,\s+\d{4})){0,2},?\s+by\b")  # ('on 3 September, 2021 by X')


def _joined_to_country(view: SentenceView, bloc: Ref, parties: list[Ref]) -> bool:
    """A bloc signs with the countries it is listed with ('Vietnam and the EU signed'), not when it only
    qualifies something ('the ASEAN members Vietnam and Laos signed')."""
    others = [r for r in parties if r.kind == "country"]
    return any(re.fullmatch(r"\s*(?:,|,?\s*and)\s+(?:the\s+)?", view.text[view.rel(a.end):view.rel(b.start)])
               for a, b in [(o, bloc) for o in others if o.end <= bloc.start] + [(bloc, o) for o in others if bloc.end <= o.start])


def _listed_states(view: SentenceView, start: int, blocs: bool = False) -> list[str]:
    """The countries (``blocs``: and blocs) listed from ``start``: 'by Israel, the United Arab Emirates and Bahrain',
    'with the European Union'."""
    states = sorted([r for r in view.countries if r.kind == "country" and view.rel(r.start) >= start]
                    + [r for r in view.orgs if blocs and r.kind == "bloc" and view.rel(r.start) >= start], key=lambda r: r.start)
    if not states or not re.fullmatch(r"\s*(?:the\s+)?", view.text[start:view.rel(states[0].start)]):
        return []
    return [r.node_id for r in _listed_with(view, states, states[0])]


_TITLED_LIST_COMMA = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+)?\s*,\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+)*")


_STYLE_STOPS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Gen|Lt|Col|Sen|Rep|Amb)\.")  # a style's full stop ends no sentence


def _listed_persons(view: SentenceView, start: int) -> list[str]:
    """The persons listed from ``start``: 'X, who is also Defence Minister, and his counterpart, Y'."""
    persons = [r for r in view.persons if view.rel(r.start) >= start and r.text.lower() not in ("his", "her", "he", "she")]
    if not persons or view.rel(persons[0].start) - start > 80:
        return []
    chosen = [persons[0]]
    for ref in persons[1:]:
        gap = _STYLE_STOPS.sub("", view.text[view.rel(chosen[-1].end):view.rel(ref.start)])  # ('... and Mr. A. A. Gromyko')
        if re.search(r"\band\b", gap) and not re.search(r"\b(?:succeed\w*|replac\w*|witness\w*|presence|during|after)\b|[;.]\s", gap) \
                or _TITLED_LIST_COMMA.fullmatch(gap):  # 'by President X of Ukraine, Prime Minister Y of Georgia and ...'
            chosen.append(ref)
        else:
            break
    return [r.node_id for r in chosen][:4]


def _treaty_near(view: SentenceView, match: re.Match[str]) -> Ref | None:
    after = [r for r in view.treaties if 0 <= view.rel(r.start) - match.end() <= 20
             or _PART_OF.fullmatch(view.text, match.end(), view.rel(r.start))  # 'signed the political part of the X'
             or _NAMED_AS.fullmatch(view.text, match.end(), view.rel(r.start))]  # 'signed a joint declaration named X'
    if after:
        return after[0]
    # passive: 'a Plan of Action ... was signed by'
    before = [r for r in view.treaties if 0 <= match.start() - view.rel(r.end) <= 150]
    if before and re.search(r"\b(?:was|were|been|be)\s+(?:\w+\s+)?$", view.text[:match.start()], re.I):
        return before[-1]
    # relative clause: 'the X Agreement, which the two countries signed in 2024' / 'the X Treaty,
    # the framework the two countries signed in 2006' / participle 'the X Agreement, signed in 2012'
    if before:
        between = view.text[view.rel(before[-1].end):match.start()]
        if re.match(r",?\s+(?:which|that)\s+[^,;]{0,60}$|\s+they\s+(?:\w+\s+)?$", between) or re.fullmatch(r"\s*(?:\([^)]*\))?\s*,\s*", between) \
                or re.search(r"\b(?:the\s+two\s+(?:countries|sides|nations)|both\s+(?:countries|sides))\s+(?:had\s+|have\s+)?$", between):
            return before[-1]
    return None


_NAMED_AS = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:named|called|titled|entitled|dubbed|known\s+as)\s+(?:the\s+)?[\"“‘']?")
_PART_OF = re.compile(r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:part|parts|chapter|chapters|section|sections|provisions|annex|annexes)"
                      r"\s+of\s+(?:the\s+)?")


# 'the Japanese and Chinese governments signed': what states sign as (the list's gaps are read by LIST_GAP, below)
_GOVERNMENTS_AFTER = re.compile(r"\s+(?:governments?|sides?|delegations?|authorities)\b", re.IGNORECASE)


_TWO_PERSONS = re.compile(r"leaders|presidents|PMs|ministers|premiers|heads", re.IGNORECASE)


def _signers_before(view: SentenceView, pos: int) -> list[str]:
    if re.search(r",\s*$", view.text[:pos]) and view.pair:
        return list(view.pair)  # 'the X Agreement, signed in 2012 ...': by the two countries
    states = [r for r in view.countries if r.kind == "country" and view.rel(r.end) <= pos]
    if len(states) >= 2 and re.fullmatch(r"(?:the\s+)?", view.text[:view.rel(states[0].start)], re.I) and all(
            re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", view.text[view.rel(a.end):view.rel(b.start)]) for a, b in zip(states, states[1:])) \
            and re.fullmatch(r"\s+(?:also\s+|jointly\s+)?", view.text[view.rel(states[-1].end):pos]):
        return [r.node_id for r in states]  # 'Tajikistan, Uzbekistan ink Strategic Partnership Agreement': a headline's list
    clause_start = max(view.text.rfind(", ", 0, pos), view.text.rfind("; ", 0, pos), 0)
    they = _THEY_SIGNED.search(view.text, max(0, pos - 30), pos)
    if clause_start and re.fullmatch(r",\s+and\s+(?:also\s+|later\s+)?", view.text[clause_start:pos]) or they:
        # 'Vietnam and Laos established relations on ..., and signed the Treaty'; 'A and B raised ties through the
        # Shusha Declaration (which) they signed in 2021': the sentence's subject
        leading = sorted((r for r in view.countries if r.kind == "country"), key=lambda r: r.start)
        if leading and re.fullmatch(r"\s*(?:the\s+)?", view.text[:view.rel(leading[0].start)], re.I):
            end = view.rel(they.start()) if they else clause_start
            return [r.node_id for r in _listed_with(view, [r for r in leading if view.rel(r.end) <= end], leading[0])]
    two = [m for m in _TWO.finditer(view.text, clause_start, pos)]
    if two and _TWO_PERSONS.search(two[-1].group(0)) and len(leaders := _group_before(view, pos)) == 2:
        return leaders  # 'the two leaders signed a joint declaration': the leaders named before
    if two and view.pair:
        return list(view.pair)
    coordinated = _coordinated_subjects(view, pos)  # 'X and his counterpart Y signed', 'X and Chairman of ... Korea Y signed'
    if coordinated:  # (the persons before the verb sign, not a country named in one's title)
        return [r.node_id for r in coordinated]
    parties = sorted([r for r in view.between(view.countries, clause_start, pos) if r.kind == "country"]
                     + [r for r in view.between(view.orgs, clause_start, pos) if r.kind == "bloc"], key=lambda r: r.start)
    if any(r.kind == "country" for r in parties):  # 'Vietnam and the European Union signed'
        earlier = [r for r in view.countries if r.kind == "country" and r.end <= parties[0].start]
        listed = _listed_with(view, earlier, parties[0], backward=True)[:-1]  # ('Cuba, Colombia and ...': the list's first)
        return [r.node_id for r in [*listed, *parties] if r.kind == "country" or _joined_to_country(view, r, parties)]
    if len(parties) == 1 and re.fullmatch(r"(?:the\s+)?", view.text[:view.rel(parties[0].start)], re.I) \
            and re.fullmatch(r"\s+(?:\w+\s+){0,2}", view.text[view.rel(parties[0].end):pos]):
        return [parties[0].node_id]  # 'The European Union has signed ...': a bloc opening the sentence signs
    demonyms = sorted(view.between(view.adjectives, clause_start, pos), key=lambda r: r.start)
    if demonyms and _GOVERNMENTS_AFTER.match(view.text, view.rel(demonyms[-1].end)) \
            and all(LIST_GAP.fullmatch(view.text, view.rel(a.end), view.rel(b.start)) for a, b in zip(demonyms, demonyms[1:])):
        return [r.node_id for r in demonyms]  # "the Japanese and Chinese governments signed", "the Indian side signed"
    subject = view.subject_before(pos)
    return [subject.node_id] if subject else []


# ---- STATED ---------------------------------------------------------------------------------
_SPEECH = re.compile(
    r"\b(?:said|says|affirmed|affirms|noted|(?-i:notes)|stated|(?-i:states)|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|highlighted|"
    r"highlights|reported|added|told|declared|announced|announces|expressed|reaffirmed|reaffirms|underlined|underscored|"
    r"remarked|pointed\s+out|asserted|confirmed|argued|explained|observed|commented|praised|voiced|wrote|recalled|urged|saying|expresses|"
    r"extend(?:s|ed)?(?=\s+(?:his|her|their|its|the)?\s*(?:warm(?:est)?\s+|heartfelt\s+|sincere\s+)?(?:felicitations|greetings|congratulations|condolences|best\s+wishes))|"
    r"hailed|hails|lauded|described|warned|vowed|pledged|reiterated|"
    r"called\s+for|called\s+on|proposed|insisted|believes|hoped|hopes|thanked|mentioned|according\s+to|from\s+(?:her|his)\s+perspective|"
    r"critici[sz]ed|condemned|denounced|deplored|accused|accuses|blasted|slammed|rejected|dismissed|denied|tweeted)\b",
    re.IGNORECASE,
)
_SPEECH_FOLDED = re.compile(_SPEECH.pattern)  # the same words, matched on casefolded text
# ('states' and 'notes' only in lower case: 'the United States', 'Notes' are no speech)
_QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{8,})(?:[”\"]|$)")
_MEDIUM = re.compile(r"\b(?:in\s+an?\s+)?(?P<m>interview|press\s+conference|briefing|speech|statement|message|op-ed|article|letter|press\s+release|news\s+conference)\b(?:\s+(?:granted\s+)?(?:to|with|given\s+to)\s+(?:the\s+)?(?P<who>[A-Z][\w’'\- ]+?(?:Agency|News|Times|Post|Television|TV|Radio|Daily|Press|Journal|Gazette)))?", re.IGNORECASE)


_PLACE_SPOKEN = re.compile(r"\b(?:speaking|addressing|remarks)\s+(?:at|to|in)\s+(?:the\s+|a\s+|an\s+)?(?P<place>[^,;:]{3,60})", re.IGNORECASE)


def _group_after(view: SentenceView, pos: int) -> list[str]:
    for start, end, members in view.groups:
        if 0 <= view.rel(start) - pos <= 6:
            return members
    return []


def _group_before(view: SentenceView, pos: int) -> list[str]:
    """'The two Presidents expressed ...', 'the two sides stressed': the members of a group subject."""
    for start, end, members in view.groups:
        gap = view.text[view.rel(end):pos]
        if 0 <= pos - view.rel(end) <= 40 and re.fullmatch(r"\s*(?:also|then|later|jointly|have|had|has|will|would|,[^,]{0,30},)?\s*", gap):
            return members
    return []


def rule_statements(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    if not _SPEECH_FOLDED.search(text.casefold()):
        return  # no speech verb: one case-sensitive scan of the folded text is cheaper than the ignore-case one
    for match in _SPEECH.finditer(text):
        if match.group(0).lower().startswith("called") and _courtesy_call(view, match):
            continue
        if match.group(0).lower() in ("announced", "confirmed", "declared") and _AS_OFFICE.match(text, match.end()):
            continue  # 'X announced as the new chairperson', 'confirmed as minister': named to an office, no speech
        if match.group(0).lower() in ("declared", "reported", "stated") and _BEEN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 'where he has been declared "illustrious visitor"': said of him, not by him
        speaker = _speaker_for(view, match)
        speakers = [speaker] if speaker is not None else [
            Ref(member, "person", view.start + match.start(), view.start + match.start(), "") for member in _group_before(view, match.start())]
        if not speakers and (state := _state_speaking(view, match)) is not None:
            speakers = [state]  # 'China said ...', 'Beijing praised Kiribati ...': a government speaks for its state
        if not speakers:
            continue
        quote = _quote_for(view, match, group=speaker is None).strip("“”\"' ").rstrip(",").rstrip()
        if (line := _DATELINE.match(quote)) is not None:
            quote = quote[line.end():]  # 'SEOUL, Sept. 6 (Yonhap) -- ' is the wire's, not the speaker's
        produced = False
        for speaker in speakers:
            yield from _statement_edges(view, match, speaker, quote)
            produced = True
        if produced:
            return  # one statement per sentence


_BEEN_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be)\s+$")
_AS_OFFICE = re.compile(r"\s+as\s+(?:the|a|an|its)\s")


def _courtesy_call(view: SentenceView, match: re.Match[str]) -> bool:
    """'called on Prime Minister Lee in Singapore' is a visit of courtesy; 'called on Pakistan to end ...' or
    'called on President X to release ...' urges: a person right after, and no 'to' + verb after them."""
    after = [r for r in view.persons if 0 <= view.rel(r.start) - match.end() <= 60
             and not re.search(r";|\bto\s", between := view.text[match.end():view.rel(r.start)])  # 'Speaker of the State Great Khural X'
             and ("," not in between or _only_title_words(between))]  # ('called on the President of India, Shri V. V. Giri')
    if not after:
        return False
    rest = view.text[view.rel(after[0].end):]
    return not re.match(r"[^.;]*?\bto\s+(?!the\b|a\b|an\b|[A-Z])[a-z]+", rest)


def _statement_edges(view: SentenceView, match: re.Match[str], speaker: Ref, quote: str) -> Iterator[Edge]:
    """One STATED edge per entity the statement is about."""
    text = view.text
    targets = _statement_targets(view, speaker, quote)
    if not targets:
        return
    medium = None
    m = _MEDIUM.search(text)
    if m:
        medium = m.group("m").lower() + (f" with {m.group('who').strip()}" if m.group("who") else "")
    date = _statement_date(view, match, quote)
    where = _PLACE_SPOKEN.search(text[:match.start()])
    for target in targets:
        yield edge(view, "STATED", speaker.node_id, target, "speech-verb", date, quote=quote, medium=medium,
                   place=where.group("place").strip() if where else None, kind=None, confidence=0.75)


_WISHES_SENT = re.compile(r"(?:extend|convey|sen[dt]|express)", re.IGNORECASE)
_WEEKDAY = re.compile(rf"(?:(?:last|this|on)\s+)?(?:{'|'.join(WEEKDAYS)})|yesterday", re.IGNORECASE)


def _statement_date(view: SentenceView, match: re.Match[str], quote: str) -> EventDate | None:
    """When it was said: a date opening the sentence ('On July 18, 1955, ... he said'), else the article's date.

    Dates inside what was said ('visits in 2024', 'by 2025') are about its content, not its time.
    """
    lo = view.text.find(quote[:40]) if quote else -1
    asides = view.asides()  # 'X, who arrived on Sunday, said': the arrival's day, not the statement's
    when = _SAID_WHEN.match(view.text, match.end())
    for d in view.dates if when else ():
        if match.end() <= view.rel(d.start) < when.end() and d.date.precision == "day":
            if view.date_anchor and d.date.start > view.date_anchor and re.search(r"(?:ed|said|told|wrote)$", match.group(0), re.I):
                return day_date(d.date.start - dt.timedelta(days=7))  # 'announced on Monday that he will go': last Monday
            return d.date  # 'X said on Wednesday that ...'
    if _WISHES_SENT.match(match.group(0)):  # 'extended his felicitations to ... on Saturday': the day they were sent
        sent = next((d for d in view.dates if view.rel(d.start) > match.end() and _WEEKDAY.match(d.text)
                     and d.date.precision == "day" and (view.date_anchor is None or d.date.start <= view.date_anchor)), None)
        if sent is not None:
            return sent.date
    for d in view.dates:
        rel = view.rel(d.start)
        inside = lo >= 0 and lo <= rel < lo + len(quote) or any(a <= rel < b for a, b in asides)
        # 'On July 18, 1955, ... he said' / 'Speaking in Hanoi on Tuesday, X said'
        if not inside and (rel < 25 or rel < match.start()) and d.date.precision in ("day", "month") and not d.is_target:
            return d.date
    return _doc_date(view) if view.date_anchor else None


def _doc_date(view: SentenceView) -> EventDate:
    """The article's own date, at the precision it is known ('date 1991': the year)."""
    return period_date(view.date_anchor, view.anchor_precision)


_ADVERBS = {"also", "then", "later", "again", "further", "has", "had", "have", "once", "reportedly", "recently",
            "previously", "earlier", "jointly", "he", "she", "they", "we", "i", "who", "and", "but", "that",
            "however", "meanwhile", "today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday", "friday"}


_TITLE_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}")  # capitalised words: a title, a demonym


# ', the Kremlin announced', ', the White House said': a body named with a capital, no person
# ('Malacanang said', 'Pena said': a capitalised name that is no person known says nothing for one who is)
_NAMED_BODY_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)((?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
                                r"(?:\s+(?:also|has|had|have|then|later|again|further|officially))?)\s*$")


def _speaker_for(view: SentenceView, match: re.Match[str]) -> Ref | None:
    word = match.group(0).lower()
    if word.startswith("according to"):  # 'according to (Egyptian Foreign Minister) X'
        after = [r for r in view.persons if 0 <= view.rel(r.start) - match.end() <= 60
                 and _TITLE_GAP.fullmatch(view.text, match.end(), view.rel(r.start))]
        return after[0] if after else None
    if word.startswith("from "):
        return _pronoun_owner(view, match)
    # 'X said' / 'X, the ..., said' / 'said X' / '..., X said.'
    # ('the Chinese foreign ministry said': capitalised words may qualify the common noun)
    common = re.search(r"(?:^|[,;]\s*|\b(?:and|but|that)\s+)((?:[\w-]+\s+){0,3}[a-z][\w-]*)\s*$", view.text[:match.start()]) \
        or _NAMED_BODY_BEFORE.search(view.text, max(0, match.start() - 80), match.start())
    if common and not set(common.group(1).split()) <= _ADVERBS and not any(
            common.start(1) <= view.rel(r.start) < match.start() for r in view.persons):
        return None  # 'officials said', 'the ministry said', 'it said', 'the Kremlin announced': not a person we know
    asides = [a.span() for a in _SPOKEN_TO_ASIDE.finditer(view.text, 0, match.start())]
    before = [r for r in view.persons if view.rel(r.end) <= match.start()
              and not any(lo <= view.rel(r.start) < hi for lo, hi in asides)]  # not 'X, speaking to Y, noted'
    if before:
        last = before[-1]
        gap = view.text[view.rel(last.end):match.start()]
        if len(gap) <= 3 or re.fullmatch(r"\s*(?:also|has|had|have|then|later|again|further|once\s+again|on\s+\w+|today|yesterday)?\s*", gap) or (
            gap.startswith(",") and gap.rstrip().endswith(",") and len(gap) < 140
        ) or re.fullmatch(r"\s*(?:,\s*)?(?:who|which)?\s*", gap):
            return last
        subject = view.subject_before(match.start())
        if subject and not re.search(r"[.;:“\"]", view.text[view.rel(subject.end):match.start()]) and len(view.text[view.rel(subject.end):match.start()]) < 80:
            return subject
    after = [r for r in view.persons if 0 <= view.rel(r.start) - match.end() <= 3]
    if after:
        return after[0]
    return None


def _pronoun_owner(view: SentenceView, match: re.Match[str]) -> Ref | None:
    near = [r for r in view.persons if abs(view.rel(r.start) - match.start()) <= 12]
    return near[0] if near else None


_SPOKEN_TO_ASIDE = re.compile(r",\s+(?:speaking|talking|writing)\s+(?:to|with|in)\s+[^,;]{2,80},")
_QUOTE_CONTINUED = re.compile(r"^\s*(?P<q>[^“\"”]{8,}?)[,.!?]?[”\"]")


_SPEAKER_VERB_GAP = re.compile(r"\s*,?\s*(?:also|has|had|have|then|later|again|further|once\s+again)?\s*")


# ', who chaired ...,' / ', a senior researcher at ...,' / ', on a one-day visit,' / ', speaking in Moscow,'
_WHO_ASIDE = re.compile(r",\s+(?:who|a|an|the|on|during|in|at|speaking|addressing)\s+[^,;]{3,120},\s*")


def _speaker_verb_gap(gap: str) -> bool:
    """What may stand between a speaker and the speech verb: an adverb, or a relative clause set off
    by commas ('X, who chaired the session, said ...')."""
    if len(gap) <= 30 and _SPEAKER_VERB_GAP.fullmatch(gap):
        return True
    return bool(_WHO_ASIDE.fullmatch(gap) or _OF_BODY_GAP.fullmatch(gap))


# 'Director X of the Institute for Strategic Studies said': the speaker's body or state between name and verb
_OF_BODY_GAP = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|on))*\s+")


_AND_SAID = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+)?$")


_SAID_WHEN = re.compile(r"(?:\s+(?:in|on|to)\s+(?:(?:a|an|the|his|her|their|state|local)\s+)?(?:[\w-]+\s+){0,2}?"  # 'wrote in state newspapers'
                        r"(?:statement|newspapers?|interview|speech|column|letter|post|twitter|television|radio)\b"
                        r"|\s+(?:told\s+)?(?:reporters|journalists))?"  # 'told reporters Wednesday'
                        r"\s+(?:late\s+|early\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
                        r"(?:\s+(?:night|morning|evening|afternoon))?\b\s*,?", re.IGNORECASE)


def _quote_for(view: SentenceView, match: re.Match[str], group: bool = False) -> str:
    opening = _QUOTE.match(view.text.lstrip()) or _QUOTE_CONTINUED.match(view.text)
    if opening and opening.end() <= match.start():
        # '"There is no problem ...," Erdogan told a news conference' (the opening mark may have been
        # left at the end of the previous sentence by the sentence splitter)
        return opening.group("q").strip()
    when = _SAID_WHEN.match(view.text, match.end())  # 'said Wednesday (that) China ...': the day, then the words
    after = view.text[when.end() if when else match.end():]
    speaker_first = any(0 <= match.start() - view.rel(r.end) <= 140
                        and _speaker_verb_gap(view.text[view.rel(r.end):match.start()])
                        for r in view.persons) \
        or bool(view.persons and _AND_SAID.search(view.text, 0, match.start()))  # 'X met Y ... and said Z'
    if (group or speaker_first) and len(after.strip()) > 20 and not after.lstrip().startswith((",", ".")):
        # 'X said Brazil remained "one of ..."': the whole clause, not only its quoted words
        return re.sub(r"^(?:(?:\w+\s+){0,6}?that|in\s+\w+\s*:)\s*", "", after.strip()).strip()
    quoted = _QUOTE.search(view.text)
    if quoted and quoted.start() < match.start() + 200:
        return quoted.group("q").strip()
    after = after.strip()
    if speaker_first and (len(after) > 20 or len(after.split()) >= 3):  # ('X said ties were strong': short, still after)
        # 'told reporters that ...', 'said in Russian: ...': the words said, not the attribution
        return re.sub(r"^(?:(?:\w+\s+){0,6}?that|in\s+\w+\s*:)\s*", "", after).strip()
    # ('said, on his arrival, that ...', 'said when he arrived at the airport that ...')
    that = re.match(r"(?:[^,]{0,80}?,\s*|[^,.;]{0,60}?\s)?(?:in\s+\w+\s*:?\s*)?that\s+(.*)", after, re.S)
    if that:
        return that.group(1).strip()
    if match.group(0).lower().startswith("according to"):
        comma = after.find(", ", after.find(",") + 1) if after.count(",") >= 2 else after.find(", ")
        return after[comma + 2:].strip() if comma >= 0 else after
    before = view.text[:match.start()].strip().rstrip(",").strip()
    return before if len(before) > 20 else view.text.strip()


_STATE_SUBJECT_BEFORE = re.compile(r"(?:^|[;:]\s*|,\s+(?:and|but|while)\s+|\b(?:but|while)\s+)(?:the\s+)?$", re.I)  # (not 'the presidents of A and B said')
_STATE_BODIES = r"government|authorities|leadership"  # what speaks for a state ('the Chinese government said')
_STATE_SUBJECT_GAP = re.compile(rf"(?:\s+(?i:{_STATE_BODIES}))?(?:['’]s\s+(?i:government|foreign\s+ministry))?"
                                r"(?:\s+(?:has|have|had|also|then|later|again|officially|strongly|quickly|immediately|swiftly))*\s+")


def _state_speaking(view: SentenceView, match: re.Match[str]) -> Ref | None:
    """'China said', 'Beijing praised', 'Taipei has accused', 'The Chinese government welcomed': a state, its capital
    or its government, opening the clause right before the verb, speaks (as a state, not as a person)."""
    text = view.text
    capitals = countries().capitals
    named = [r for r in view.countries if r.kind == "country" or r.kind == "city" and r.text in capitals]
    named += [r for r in view.adjectives if _GOVERNMENT_AFTER.match(text, view.rel(r.end))]
    for ref in named:
        if _STATE_SUBJECT_GAP.fullmatch(text, view.rel(ref.end), match.start()) \
                and _STATE_SUBJECT_BEFORE.search(text, max(0, view.rel(ref.start) - 12), view.rel(ref.start)):
            return Ref(ref.node_id, "country", ref.start, ref.end, ref.text)
    return None


def _statement_targets(view: SentenceView, speaker: Ref, quote: str) -> list[str]:
    """What a statement is about: the first entity it names other than the speaker's own country,
    and every other foreign country it names outright."""
    first = _statement_target(view, speaker, quote)
    if first is None:
        return []
    home = view.home.get(speaker.node_id, speaker.node_id if speaker.kind == "country" else None)
    lo = max(view.text.find(quote[:40]) if quote else 0, 0)
    hi = lo + len(quote) if quote else len(view.text)
    containers = [r for r in view.orgs + view.treaties if lo <= view.rel(r.start) < hi]
    more = [r.node_id for r in view.countries if r.kind == "country" and lo <= view.rel(r.start) < hi
            and r.node_id not in (home, first) and not any(c.start <= r.start and r.end <= c.end for c in containers)]
    return list(dict.fromkeys([first, *more]))


def _statement_target(view: SentenceView, speaker: Ref, quote: str) -> str | None:
    """The first entity a statement names other than the speaker's own country."""
    home = view.home.get(speaker.node_id, speaker.node_id if speaker.kind == "country" else None)
    lo = view.text.find(quote[:40]) if quote else 0
    lo = lo if lo >= 0 else 0
    hi = lo + len(quote) if quote else len(view.text)
    containers = [r for r in view.orgs + view.treaties if lo <= view.rel(r.start) < hi]
    inside = [r for r in view.countries + view.adjectives if lo <= view.rel(r.start) < hi
              and not any(c.start <= r.start and r.end <= c.end for c in containers)]
    containers = [r for r in containers if not _NEWS_OUTLET.search(r.text)]  # '..., the Saudi Press Agency reported': who
    # told it, not what it is about (nor is the country in its name)
    # the first entity the statement is about, in text order, other than the speaker's own country
    for ref in sorted(inside + containers, key=lambda r: r.start):
        if ref.node_id != home:
            return ref.node_id
    if view.pair and home in view.pair:
        return view.pair[0] if view.pair[1] == home else view.pair[1]
    return None


_NEWS_OUTLET = re.compile(r"\b(?:News|Press)\s+Agency\b|\bNews\b|\bTelevision\b|\bRadio\b|\bTimes\b|\bDaily\b|\bPost\b|\bGazette\b")


# ---- RECOGNIZED -------------------------------------------------------------------------------
_RECOGNIZE = re.compile(
    r"\b(?P<rec>recogni[sz]ed?|recogni[sz]ing|recognition\s+of)\b|\b(?P<est>(?:establish(?:ed|es|ing)?|normali[sz](?:ed|es|ing|e)?|restor(?:ed|es|ing|e)|resum(?:ed|es|ing|e))\s+(?:the\s+)?(?:official\s+|formal\s+|full\s+)?diplomatic\s+(?:relations|ties)|(?:establishment|restoration|resumption|normali[sz]ation)\s+of\s+(?:official\s+|full\s+)?diplomatic\s+(?:relations|ties)"
    r"|(?<!\bon\s)(?<!\bfor\s)(?<!\btowards\s)(?<!\btoward\s)normali[sz](?:ed|es|ing|e)\s+(?:their\s+|bilateral\s+)?(?:relations|ties))\b"
    # relations told as held, dated only by when they began: 'have had diplomatic relations since 1956 / for 50 years'
    r"|\b(?P<held>(?:have|has|had)\s+(?:had|maintained|enjoyed)\s+(?:official\s+|formal\s+|full\s+)?diplomatic\s+(?:relations|ties))\b",
    re.IGNORECASE,
)


def _relations_with_listed(view: SentenceView, match: re.Match[str], lo: int) -> list[tuple[str, str]]:
    """'X signed joint communiqués with A and B ... to establish diplomatic relations': X with each of A and B,
    all named before the trigger in its clause (which starts at ``lo``)."""
    text = view.text
    withs = list(_WITH_STATE.finditer(text, lo, match.start()))
    if not withs or _BETWEEN_STATES.match(text, match.end()):
        return []  # ('broke with the United States policy ... and announced relations between A and B': those two)
    states = [r for r in view.countries if r.kind == "country" and not placed(view, r)]
    first = next((r for r in states if withs[-1].start() < view.rel(r.start) <= withs[-1].end() < view.rel(r.end)), None)
    # (the state's style may be part of its name: 'with the Republic of Rwanda')
    subject = next((r for r in reversed(states) if lo <= view.rel(r.start) and view.rel(r.end) <= withs[-1].start()), None)
    if first is None or subject is None:
        return []
    return [(subject.node_id, r.node_id) for r in _listed_with(view, states, first) if r.node_id != subject.node_id]


def placed(view: SentenceView, ref: Ref) -> bool:
    """Whether ``ref`` is named as where something happened ('signed in Hong Kong', 'talks in Pyongyang'),
    so not as a party to it."""
    return _IN_BEFORE.search(view.text, max(0, view.rel(ref.start) - 9), view.rel(ref.start)) is not None


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# 'with the Republic of Rwanda', 'with the Federal Democratic Republic of Ethiopia': a state's style before its name
_STATE_STYLE = (r"(?:(?:(?:Federal|Democratic|Islamic|People['’]s|Socialist|Arab|United|Oriental|Bolivarian|Plurinational)\s+)*"
                r"(?:Republic|Kingdom|State|States|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?")
_WITH_STATE = re.compile(r"\bwith\s+(?:the\s+)?" + _STATE_STYLE)  # 'with the Republic of Rwanda'
_ON_ARRIVAL = re.compile(r"\b(?:said|told\s+\w+|spoke)\s+(?:up)?on\s+(?:his\s+|her\s+|their\s+)?arrival\b(?!\s+(?:in|at|to)\b)"
                         # 'said when he arrived at the airport', 'who arrived yesterday' (under a dateline: arrived there)
                         r"|\b(?:when|after|as)\s+(?:he|she|they)\s+arrived\b(?!\s+(?:in|to|from)\b)|\barrived\s+at\s+the\s+(?:\w+\s+)?airport\b"
                         r"|\b(?:arrived|landed)\s+(?:yesterday|today|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
_ARRIVED_HERE = re.compile(r"\b(?:(?:arrived|arrives|arrive|arriving|landed|lands)\s+here|(?:is|was|are|were)\s+here\s+(?:for|on)\s+"
                           r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)s?)\b", re.I)
_OWN_CLAUSE = re.compile(r"\bsince\b|\b(?:after|before|until)\s+(?:he|she|they|we|I)\b", re.I)
_BETWEEN_THE_TWO = re.compile(r"\s+between\s+(?:the\s+two|both)\s+(?:countries|nations|states|sides|neighbou?rs|governments)\b", re.I)


def _clause_around(text: str, pos: int) -> tuple[int, int]:
    """The stretch of ``text`` around ``pos`` between sentence-internal stops ('. ', '; ')."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("; ", 0, pos), 0)
    ends = [i for i in (text.find(". ", pos), text.find("; ", pos)) if i >= 0]
    return lo, min(ends) if ends else len(text)


def rule_recognition(view: SentenceView) -> Iterator[Edge]:
    """Recognition (source grants it to target) and diplomatic relations (between the two),
    one edge per kind named in the sentence, each with the date nearest its own trigger."""
    text = view.text
    matches = list(_RECOGNIZE.finditer(text))
    seen: set[str] = set()
    switch = _SWITCH.search(text) if view.has_any("switch") else None
    if switch:  # 'The Solomon Islands decided to switch diplomatic relations from Taiwan to China': relations with China
        lo = _clause_around(text, switch.start())[0]
        subjects = [r for r in view.between(view.countries, lo, switch.start()) if r.kind == "country" and not placed(view, r)]
        new = next((r for r in view.countries if view.rel(r.start) == switch.end()), None)
        if subjects and new and new.node_id != subjects[-1].node_id:
            seen.add("diplomatic_relations")
            yield edge(view, "RECOGNIZED", subjects[-1].node_id, new.node_id, "recognition-switch",
                       view.date_near(switch.start()), kind="diplomatic_relations")
    passive = _RELATIONS_PASSIVE.search(text) if view.has_any("relations", "ties") else None
    if passive:  # 'Diplomatic relations between Angola and Kenya were established in 1975', '... began in 1954'
        inside = view.between(view.countries, passive.start("between"), passive.end("between"))
        named = list(dict.fromkeys(r.node_id for r in inside if r.kind == "country"))
        pair = tuple(named) if len(named) == 2 else view.pair if _TWO.match(passive.group("between")) else None
        if pair:
            seen.add("diplomatic_relations")
            lo, hi = _clause_around(text, passive.end())
            yield edge(view, "RECOGNIZED", pair[0], pair[1], "recognize", view.date_near(passive.end(), within=(lo, hi)),
                       kind="diplomatic_relations")
    for match in matches:
        if _ANNIVERSARY_OF.search(text, max(0, match.start() - 30), match.start()):
            continue  # 'the 103rd anniversary of the establishment of diplomatic relations': rule_anniversary's
        until = _NOT_UNTIL.match(text, match.end()) if "until" in text else None
        if _not_done(view, match.start()) and until is None:
            continue  # 'said it would never recognize Kosovo', 'refused to recognise'; 'did not establish relations'
        # ('did not establish diplomatic relations until 1979': they did, in 1979)
        if _MAY_RECOGNIZE.search(text, max(0, match.start() - 40), match.start()):
            continue  # 'his nation may recognize', 'Vienna intends to recognize': weighed, not done
        kind = "diplomatic_relations" if match.group("est") or match.group("held") else "recognition"
        if kind in seen:
            continue
        lo, hi = _clause_around(text, match.start())
        if kind == "diplomatic_relations" and (listed := _relations_with_listed(view, match, lo)):
            seen.add(kind)  # 'X signed joint communiqués with A and B to establish diplomatic relations'
            for source, target in listed:
                yield edge(view, "RECOGNIZED", source, target, "recognize", view.date_near(match.start(), within=(lo, hi)), kind=kind)
            continue
        pair = _recognition_parties(view, match, matches[0], kind)
        if pair is None:
            continue
        seen.add(kind)  # (the clause bounds: 'X recognises Taiwan; Y established relations in 1974')
        after = [d for d in view.dates if 0 <= view.rel(d.start) - match.end() <= 60 and not d.is_target and view.rel(d.start) < hi]
        if match.group("held"):  # since when they are held, or no date ('for nearly 50 years')
            date = next((d.date for d in after if d.cue == "since" and view.rel(d.start) - match.end() <= 12), None)
        elif after and len(seen) > 1 or (after and kind == "recognition" and len(matches) > 1):
            date = after[0].date
        else:
            date = view.date_near(match.start(), within=(lo, hi))
        if until is not None:
            date = next((d.date for d in view.dates if view.rel(d.start) == until.end()), date)
        if (years := _YEARS_OF.search(text, max(0, match.start() - 40), match.start())) and view.date_anchor is not None:
            date = _years_before(view, int(years.group("n")))  # '50 years of India's recognition of Bangladesh today'
        source, target = pair
        for target in _recognized_listed(view, target, match.end()):  # 'recognized Estonia, Latvia and Lithuania': each
            if target == source:
                continue
            yield edge(view, "RECOGNIZED", source, target, "recognize", date, kind=kind)
            if kind == "recognition":  # 'The United States and Britain recognized Kosovo': each of them
                for other in _co_subjects(view, source, match.start()):
                    if other.node_id != target:
                        yield edge(view, "RECOGNIZED", other.node_id, target, "recognize", date, kind=kind)


_NOT_UNTIL = re.compile(r"[^,;.]{0,60}?\buntil\s+(?=(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|\d))")
_YEARS_OF = re.compile(r"\b(?P<n>\d{1,3})\s+years\s+(?:of|since)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


_TO_THE_DAY = re.compile(r"\b(?P<n>\d{1,3})\s+years\s+to\s+the\s+day\s+(?:after|since)\s+[^,;.]{0,80}$", re.IGNORECASE)


def years_to_the_day(view: SentenceView, pos: int) -> EventDate | None:
    """'sealed the agreement 56 years to the day after A and B signed the X Treaty': what the clause at ``pos``
    tells happened that many years before the article's day (the day the main clause is told on)."""
    told = _TO_THE_DAY.search(view.text, max(0, pos - 120), pos)
    if told is None or view.date_anchor is None or view.anchor_precision != "day":
        return None
    try:
        return day_date(view.date_anchor.replace(year=view.date_anchor.year - int(told.group("n"))))
    except ValueError:
        return None  # (29 February)


def _years_before(view: SentenceView, years: int) -> EventDate | None:
    """The day (when the sentence says 'today') or the year a span of years before the article's reaches back to."""
    anchor = view.date_anchor
    if anchor.year - years < 1 or (anchor.month, anchor.day) == (2, 29):
        return None
    if re.search(r"\btoday\b", view.text, re.IGNORECASE) and view.anchor_precision == "day":
        return day_date(anchor.replace(year=anchor.year - years))
    return EventDate(start=dt.date(anchor.year - years, 1, 1), precision="year")


def _recognized_listed(view: SentenceView, target: str, after: int) -> list[str]:
    """``target`` and the states listed right after it ('with Estonia, Latvia and Lithuania')."""
    states = [r for r in view.countries if r.kind == "country" and view.rel(r.start) >= after]
    first = next((r for r in states if r.node_id == target), None)
    return [r.node_id for r in _listed_with(view, states, first)] if first else [target]


_SWITCH = re.compile(r"\bswitch(?:ed|es|ing)?\s+(?:its\s+|their\s+)?(?:diplomatic\s+|official\s+)?(?:relations|recognition|ties|allegiance)"
                     r"\s+(?:from\s+[^,;.]{2,40}?\s+)?to\s+(?:the\s+)?", re.IGNORECASE)
_RELATIONS_PASSIVE = re.compile(
    r"\bdiplomatic\s+(?:relations|ties)\s+between\s+(?P<between>[^;.]{3,80}?)\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:first\s+|formally\s+|officially\s+)?(?:established|restored|resumed|normali[sz]ed|began|begun|started)\b", re.IGNORECASE)


_GOVERNMENT_AFTER = re.compile(rf"\s+(?:{_STATE_BODIES})\b", re.IGNORECASE)


def _co_subjects(view: SentenceView, subject: str, verb: int) -> list[Ref]:
    """The countries listed with ``subject`` right before the verb at ``verb`` ('A, B and C recognized')."""
    before = [r for r in view.countries if r.kind == "country" and view.rel(r.end) <= verb]
    if not before or before[-1].node_id != subject \
            or not _SUBJECT_TO_VERB.fullmatch(view.text, view.rel(before[-1].end), verb):
        return []
    return [r for r in _listed_with(view, before, before[-1], backward=True)[:-1] if r.node_id != subject]


_SUBJECT_TO_VERB = re.compile(r"(?:\s+(?:have|has|had|also|both|formally|officially|jointly|each|all|then|later))*\s*")


def _recognition_parties(view: SentenceView, match: re.Match[str], first: re.Match[str], kind: str) -> tuple[str, str] | None:
    text = view.text
    clause_start = _clause_around(text, match.start())[0]
    if first.start() < clause_start:
        first = match  # the first trigger belongs to an earlier clause
    if kind == "diplomatic_relations" and view.pair and (_TWO.search(text, clause_start, first.start())
                                                         or _BETWEEN_THE_TWO.match(text, match.end())):
        return view.pair  # 'The two countries established diplomatic relations on ...', '... relations between the two nations'
    if kind == "diplomatic_relations" and (between := _BETWEEN_STATES.match(text, match.end())):
        # (a state, its capital or its government: '... between the French Government and Peking')
        sides = [r for r in view.countries + view.adjectives if r.kind == "country" or r.kind == "city" and r.text in countries().capitals
                 or r.kind == "demonym" and _GOVERNMENT_AFTER.match(text, view.rel(r.end))]
        named = [r.node_id for r in sorted(sides, key=lambda r: r.start) if between.start() <= view.rel(r.start) < between.end() + 40]
        if len(named) >= 2 and named[0] != named[1]:
            return named[0], named[1]  # '... of establishing diplomatic relations between the UAE and Israel'
    capitals = countries().capitals  # 'Washington and Beijing established relations': the governments
    # ('The Serbian government recognized Montenegro': a demonym's government is its state)
    governments = [r for r in view.adjectives if _GOVERNMENT_AFTER.match(text, view.rel(r.end))]
    named = sorted(view.countries + governments, key=lambda r: r.start) if governments else view.countries
    subjects = [r for r in view.between(named, clause_start, first.start())
                if (r.kind in ("country", "demonym") or r.kind == "city" and r.text in capitals) and not placed(view, r)
                and not (_OBJECT_OR_COMPARED.search(text, max(0, view.rel(r.start) - 12), view.rel(r.start))
                         and not _ABSOLUTE_SUBJECT.match(text, view.rel(r.end)))  # ('with India being one of the first to')
                and not _IN_AN_ASIDE.search(text, max(0, view.rel(r.start) - 40), view.rel(r.start))]
    passive = kind == "recognition" and _BE_BEFORE.search(text, max(0, match.start() - 16), match.start())
    by = _BY_AFTER.match(text, match.end()) if passive else None
    if by:  # 'South Sudan ... was recognized by Sudan': the one after 'by' recognises the subject
        recogniser = next((r for r in view.countries + view.orgs if r.kind in ("country", "bloc") and view.rel(r.start) == by.end()), None)
        recognised = next((r for r in reversed(subjects) if r.kind == "country"), None)
        if recogniser is None or recognised is None or recogniser.node_id == recognised.node_id:
            return None
        return recogniser.node_id, recognised.node_id
    if not subjects:  # 'the European Community recognized the independence of ...': a bloc, when no state acts
        blocs = [r for r in view.between(view.orgs, clause_start, first.start()) if r.kind == "bloc"]
        owned = {r.node_id for r in blocs if re.search(r"\bof\s+(?:the\s+)?$", text[max(0, view.rel(r.start) - 8):view.rel(r.start)])}
        subjects = [r for r in blocs if r.node_id not in owned  # (not 'the member states of the UN (UN) that recognise')
                    and not _OBJECT_OR_COMPARED.search(text, max(0, view.rel(r.start) - 12), view.rel(r.start))][-1:]
    end = match.end()
    joined = re.match(r"\s+and\s+", text[end:])
    if kind == "recognition" and joined:  # 'recognize and establish diplomatic relations with X'
        nxt = _RECOGNIZE.search(text, end + joined.end())
        if nxt and nxt.start() == end + joined.end():
            end = nxt.end()
    objects = [r for r in view.between(view.countries, end, len(text)) if r.kind == "country" and not placed(view, r)
               and (re.match(r"\s*(?:with|of)?\s*(?:the\s+)?(?:(?:newly[\s-]+)?(?:independent|sovereign)\s+|(?:newly|re)-?[a-z]+\s+){0,2}" + _STATE_STYLE + r"$", text[end:view.rel(r.start)])
                    or re.match(r"\s*(?:the\s+)?(?:independence|sovereignty|government)\s+of\s+(?:the\s+)?(?:breakaway\s+|self-proclaimed\s+)?$", text[end:view.rel(r.start)])
                    or 0 <= view.rel(r.start) - end <= 12 and "," not in text[end:view.rel(r.start)])]
    if kind == "recognition" and not objects:  # 'recognised a Palestinian state', 'an independent Palestinian state'
        objects = [r for r in view.adjectives if _DEMONYM_STATE_BEFORE.fullmatch(text, end, view.rel(r.start))
                   and _STATE_AFTER.match(text, view.rel(r.end))]
    if kind == "diplomatic_relations" and len(subjects) >= 2 and not objects:
        a, b = subjects[-2], subjects[-1]  # 'Australia and Indonesia established diplomatic relations in 1949'
        if a.node_id != b.node_id and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[view.rel(a.end):view.rel(b.start)]):
            return a.node_id, b.node_id
    if not objects and kind == "diplomatic_relations" and subjects:
        # '... recognize the independence of Kazakhstan ..., and established diplomatic relations on ...'
        earlier = [r for r in view.countries if r.kind == "country" and view.rel(r.start) < match.start() and r.node_id != subjects[0].node_id
                   and not _COMPARED.search(text, max(0, view.rel(r.start) - 8), view.rel(r.start))]
        if earlier:
            return subjects[0].node_id, earlier[-1].node_id
    if not subjects or not objects or subjects[-1].node_id == objects[0].node_id:
        return None
    return subjects[-1].node_id, objects[0].node_id


# 'cut ties with Taiwan and recognised China', 'the second country after Iceland to recognise': no subject
_COMPARED_WORDS = r"after|than|like"
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\s+(?:the\s+)?")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$")
_ABSOLUTE_SUBJECT = re.compile(r"\s+(?:being|having|becoming)\b")
_OBJECT_OR_COMPARED = re.compile(rf"\b(?:with|from|against|{_COMPARED_WORDS})\s+(?:the\s+)?$")
_IN_AN_ASIDE = re.compile(r",\s+(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|to|with|for)\s+(?:the\s+)?$")  # ', a neighbour of X,'
_COMPARED = re.compile(rf"\b(?:{_COMPARED_WORDS})\s+(?:the\s+)?$")
_BETWEEN_STATES = re.compile(r"\s+between\s+(?:the\s+)?(?-i:[A-Z])[\w.'’ -]{1,40}?\s+and\s+(?:the\s+)?(?-i:[A-Z])")
_DEMONYM_STATE_BEFORE = re.compile(r"\s+(?:a|an|the)\s+(?:independent\s+|sovereign\s+)?")
_STATE_AFTER = re.compile(r"\s+state\b")


# ---- PARTNERSHIP ----------------------------------------------------------------------------
from diplograph.loaders.lexicon import PARTNERSHIP_LEVEL  # noqa: E402

_UPGRADE = re.compile(r"\b(?:elevat\w*|upgrad\w*|rais\w*|lift\w*|develop\w*\s+it\s+into|establish\w*|agreed\s+to)\b", re.IGNORECASE)


def canonical_level(text: str) -> str:
    words = re.sub(r"\s+", " ", text.replace("-", " ")).strip().split(" ")
    small = {"of"}
    return " ".join(w.lower() if w.lower() in small else w[:1].upper() + w[1:].lower() for w in words)


# 'the 10th anniversary of the establishment of the China-Egypt comprehensive strategic partnership'
_LEVEL_ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:(?:establishment|launch|founding)\s+"
                                r"of\s+)?(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_LEVEL_SINCE = re.compile(r",?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:first\s+)?(?:established|launched|set\s+up|forged|formed|"
                          r"agreed|signed|elevated|upgraded)\s+(?:in|on)\s+", re.IGNORECASE)


def _levels_own_dates(view: SentenceView, matches: list[re.Match[str]]) -> dict[int, DateMention]:
    """'our strategic partnership, established in 2011, to the level of a comprehensive ...': the date told right
    after a level is that level's (match index -> date), and no other level's."""
    owned = {}
    for index, match in enumerate(matches):
        if (since := _LEVEL_SINCE.match(view.text, match.end())) is not None:
            told = next((d for d in view.dates if view.rel(d.start) == since.end()), None)
            if told is not None:
                owned[index] = told
    return owned


_FORMER_LEVEL = re.compile(r"\bfrom\s+(?:an?\s+|the\s+|their\s+|its\s+)?$", re.IGNORECASE)
_TO_NEXT_LEVEL = re.compile(r"\s+to\s+(?:an?\s+|the\s+|that\s+of\s+an?\s+|the\s+level\s+of\s+(?:an?\s+)?)?", re.IGNORECASE)


def rule_partnerships(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    matches = list(PARTNERSHIP_LEVEL.finditer(text))
    owned = _levels_own_dates(view, matches) if view.dates and len(matches) > 1 else {}
    for index, match in enumerate(matches):
        level_text = match.group("level")
        low = level_text.lower()
        if not re.search(r"strategic|comprehensive|cooperation|cooperative", low) or low.strip() == "partnership":
            continue
        if re.match(r"\s+framework", text[match.end():]) is None and re.search(r"\bpartnerships\b", low):
            continue
        pair = _pair_for_level(view, match)
        if pair is None:
            continue
        date = None
        near = [d for d in view.dates if not d.is_target and d.date.end is None
                and not any(d is told and i != index for i, told in owned.items())]
        if index in owned:
            near = [owned[index]]
        elif index + 1 < len(matches) and _FORMER_LEVEL.search(text, max(0, match.start() - 20), match.start()) \
                and _TO_NEXT_LEVEL.fullmatch(text, match.end(), matches[index + 1].start()):
            near = []  # 'upgraded from a strategic partnership to a comprehensive ... in December 2022': the new level's date
        if near:
            since = [d for d in near if d.cue in ("since", "from", "in", "of", "during")]
            def distance(d):
                return min(abs(view.rel(d.start) - match.start()), abs(view.rel(d.start) - match.end()))
            pick = min(since or near, key=distance)
            if distance(pick) < 160:
                date = pick.date
        level = canonical_level(level_text)
        a, b = sorted(pair)
        anniversary = _LEVEL_ANNIVERSARY.search(text, max(0, match.start() - 120), match.start())
        if anniversary and view.date_anchor is not None:  # 'this year marks the 10th anniversary of the ... partnership'
            celebrated = [d.date.start.year for d in view.dates if d.date.precision == "year" and d.date.end is None
                          and d.date.start.year >= view.date_anchor.year]
            year = (celebrated[0] if celebrated else view.date_anchor.year) - int(anniversary.group("n"))
            yield edge(view, "PARTNERSHIP", a, b, "partnership-anniversary", EventDate(start=dt.date(year, 1, 1), precision="year"),
                       level=level, confidence=0.7)
            continue
        yield edge(view, "PARTNERSHIP", a, b, "partnership-level", date, level=level,
                   kind="upgrade" if _UPGRADE.search(text[:match.start()]) else None)


_PARTNERS = re.compile(r"\b(?:became|become|becoming|are|were|as|(?:have|has)\s+been|remain|remained)\s+"
                       r"(?P<level>(?:comprehensive\s+|global\s+|all-round\s+|permanent\s+|long-term\s+|special\s+|privileged\s+)*"
                       r"strategic\s+partners)\b", re.IGNORECASE)


def rule_strategic_partners(view: SentenceView) -> Iterator[Edge]:
    """'... and became strategic partners in 2013': the same fact as a Strategic Partnership."""
    for match in _PARTNERS.finditer(view.text):
        pair = _pair_for_level(view, match)
        if pair is None:
            continue
        after = [d for d in view.dates if 0 <= view.rel(d.start) - match.end() <= 20 and not d.is_target and d.date.end is None]
        level = canonical_level(re.sub(r"partners$", "partnership", match.group("level").lower()))
        a, b = sorted(pair)
        yield edge(view, "PARTNERSHIP", a, b, "strategic-partners", after[0].date if after else None, level=level)


def _pair_for_level(view: SentenceView, match: re.Match[str]) -> tuple[str, str] | None:
    text = view.text
    # the level's own clause: '..., and both countries are members of ... the India-Brazil-South Africa Forum' is another
    clause_lo, clause_hi = _joined_clause(text, match.start(), match.end())
    lo, hi = max(match.start() - 120, clause_lo), min(match.end() + 80, clause_hi)
    window = text[max(0, lo):hi]
    countries = []
    for ref in sorted(view.countries + view.adjectives, key=lambda r: r.start):
        rel = view.rel(ref.start)
        if lo <= rel <= hi and ref.kind in ("country", "demonym") and ref.node_id not in countries:
            countries.append(ref.node_id)
    if len(countries) == 2:
        return countries[0], countries[1]
    if len(countries) < 2 and view.pair and re.search(r"\b(?:two|both|bilateral|their|our|the\s+two|relations(?:hip)?|ties)\b", window, re.I):
        if not countries or countries[0] in view.pair:
            return view.pair
    return None


# ---- MEMBER_OF / SUCCEEDED --------------------------------------------------------------------
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf|\w+teen|twentie|thirtie)th)"
_MEMBER = re.compile(r"(?:\b(?:is|was|are|were|as|became|become|becomes|both|all|fellow)|,)\s+(?:a|an|the|its|their)?\s*"
                     r"(?:(?-i:[A-Z][\w.&-]*)['’]s\s+)?"  # "became NATO's 31st member"
                     r"(?:(?:key|founding|full|(?:full|fully)[\s-]+fledged|permanent|active|important|core|new|largest|biggest|oldest|youngest|only|first|latest|newest|\w+est|" + _ORDINAL + r")\s+)?\s*members?\b|\bmember\s+(?:state|states|country|countries)\s+of\b"
                     # 'Venezuela, an OPEC member,', 'Poland, an EU member state': the bloc before the noun
                     r"|(?:,|\b(?:is|was|as))\s+(?:a|an)\s+(?:founding\s+)?(?-i:[A-Z][\w.&-]*)\s+(?:member(?:\s+(?:state|country|nation))?|ally)\b"
                     r"|\b(?:is|was|are|were|as)\s+one\s+of\s+(?:the\s+)?(?:\w+\s+)?members\s+of\b|\b(?:joining|joined|joins|rejoined|rejoins|rejoining|accession\s+to|accession\s+of|acceded\s+to|accedes\s+to|admitted\s+(?:to|into))\b|['’]s\s+(?:full\s+)?membership\s+(?:of|in)\b"
                     r"|\b(?:was|were|been|is|are)\s+(?:\w+\s+){0,3}?(?:granted|given|awarded|offered)\s+(?:full\s+)?membership\s+(?:of|in|to)\b"
                     r"|\b(?:is|are|was|were|became|become)\s+(?:a\s+)?part\s+of\b", re.IGNORECASE)


_OBJECT_EXPECTED = re.compile(r"\b(?:of|to|into|in)$", re.IGNORECASE)  # a membership phrase whose bloc follows it


_APPOINTED = re.compile(
    r"\b(?P<passive>(?:was|were|has\s+been|had\s+been|is)\s+)?(?:elected|re-elected|appointed|named|sworn\s+in)\s+"
    r"(?:(?P<object>(?:[A-Z][\w.'’-]*\s+){1,7}?)as\s+)?(?:as\s+)?(?:the\s+|its\s+|their\s+|a\s+|new\s+)*"
    r"(?P<title>(?:(?:first|deputy|vice|acting|permanent)[\s-]+)?(?:[a-zA-Z-]+\s+){0,2}?"
    r"(?:chair(?:man|woman|person)?|president|secretary[\s-]general|secretary|director[\s-]general|director|minister|"
    r"prime\s+minister|ambassador|envoy|representative|commissioner|governor|head|leader|speaker|spokes(?:man|woman|person)))\b"
    r"(?:\s+(?P<prep>of|for|to|at)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def rule_appointments(view: SentenceView) -> Iterator[Edge]:
    """'X was elected chairperson of the African Union', 'leaders elected X as chairperson of the AU',
    'X was appointed ambassador to Japan': an office held from that day (the body, else the country)."""
    for match in _APPOINTED.finditer(view.text):
        if match.group("passive"):
            person = view.subject_before(match.start())
        else:
            person = next((r for r in view.persons if match.start("object") <= view.rel(r.start) < match.end("object")), None) \
                if match.group("object") else None
        if person is None or (match.group("prep") or "").lower() == "to":
            continue  # 'ambassador to Germany' serves the sending state, which is not named here
        after = match.end()
        body = next((r for r in view.orgs + view.countries if 0 <= view.rel(r.start) - after <= 3 and r.kind != "city"), None)
        if body is None:
            continue
        title = " ".join(match.group("title").split())
        title = title[0].upper() + title[1:]
        yield edge(view, "HOLDS_OFFICE", person.node_id, body.node_id, "appointed", view.date_near(match.start()),
                   title=title, confidence=0.7)


_TOOK_THE_CHAIR = re.compile(r"\b(?:took\s+over|takes\s+over|taking\s+over|assumed|assumes|assuming)\s+(?:the\s+|its\s+)?"
                             r"(?:(?:rotating|annual)\s+)?(?P<office>chair(?:manship|personship)?|presidency)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_FROM_PREDECESSOR = re.compile(r"\s+from\s+")


def rule_chairs_taken(view: SentenceView) -> Iterator[Edge]:
    """'X took over the chair of the Organisation of African Unity from Y': X chairs the body from that day, and Y,
    who handed it over, chaired it before."""
    for match in _TOOK_THE_CHAIR.finditer(view.text):
        person = view.subject_before(match.start())
        body = next((r for r in view.orgs if view.rel(r.start) == match.end()), None)
        if person is None or body is None:
            continue
        title = "President" if match.group("office").lower() == "presidency" else "Chair"
        yield edge(view, "HOLDS_OFFICE", person.node_id, body.node_id, "took-the-chair", view.date_near(match.start()),
                   title=title, confidence=0.7)
        handed = _FROM_PREDECESSOR.match(view.text, view.rel(body.end))
        if handed is None:
            continue
        before = next((r for r in view.persons if handed.end() <= view.rel(r.start) <= handed.end() + 40
                       and not re.search(r"[,;]", view.text[handed.end():view.rel(r.start)])), None)
        if before is not None and before.node_id != person.node_id:
            yield edge(view, "HOLDS_OFFICE", before.node_id, body.node_id, "took-the-chair-from", None,
                       title=title, confidence=0.6)


_FOUNDED_BLOC = re.compile(r"\b(?:inaugurated|launched|founded|co-founded|formed|created|established|set\s+up|make\s+up|made\s+up|constitute|"
                           r"constituted)\s+(?:the\s+)?(?:new\s+)?$",
                           re.IGNORECASE)
_CHAIRS_BLOC = re.compile(r"\b(?:holds|held|holding|assumed|assumes|assuming|took\s+over|takes\s+over|chairs|chaired|chairing)\s+"
                          r"(?:the\s+)?(?:(?:rotating|current|annual|this\s+year['’]s)\s+)?(?:(?:chairmanship|chair|presidency)\s+of\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
_THE_TWO_BEFORE = re.compile(r"\b(?:both|the\s+two|two\s+fellow)\s+(?:the\s+)?$", re.IGNORECASE)
_MEMBERS_AFTER = re.compile(r"\s+(?:members|member\s+states|member\s+countries|allies)\b")


def rule_membership(view: SentenceView) -> Iterator[Edge]:
    text = view.text
    blocs = [r for r in view.orgs if r.kind == "bloc"]
    if not blocs:
        return
    members: list[Ref] = []
    joined_blocs: list[Ref] = []  # the blocs of the latest membership told, which 'Y followed' joins too
    last_end = 0
    for match in _MEMBER.finditer(text):
        before = [r for r in view.countries if r.kind == "country" and 0 <= match.start() - view.rel(r.end) <= 25]
        if match.group(0).lower().startswith("accession") and match.group(0).lower().endswith("of"):
            # 'welcomed the accession of Indonesia to BRICS': the state after 'of' joins, not the one welcoming it
            before = [r for r in view.countries if r.kind == "country" and re.fullmatch(r"\s+(?:the\s+)?", text[match.end():view.rel(r.start)])]
        if not before and re.match(r"(?:joined|joins|rejoined|became|acceded)\b", match.group(0), re.I):
            before = _subject_before_appositive(view, match.start())  # 'Cuba, a founding member of NAM, joined X'
        if not before and not members:  # 'The African Union became a permanent member of the G20'
            before = [b for b in blocs if 0 <= match.start() - view.rel(b.end) <= 25
                      and not re.search(r"\b(?:of|to|in|with|from)\s+(?:the\s+)?$", text[:view.rel(b.start)])]
        fronted = not before and (match.start() == 0 and match.group(0).lower().startswith("as ")
                                  or re.fullmatch(r"as\s+", text[:match.start()], re.I) is not None)
        if fronted:
            comma = text.find(",", match.end())  # 'As a member of the G20, Indonesia hosted ...': the subject after the phrase
            named = [r for r in view.countries if r.kind == "country"]
            first = next((r for r in named if comma >= 0 and re.fullmatch(r",\s*(?:the\s+)?", text[comma:view.rel(r.start)])), None)
            before = _listed_with(view, named, first) if first else []
        if not before and members and re.search(r"\band\s+(?:later\s+|then\s+|also\s+)?$", text[:match.start()]) \
                and re.match(r"(?:joined|joins|became|become)\b", match.group(0), re.I):
            before = members  # 'Iran became a member of the SCO in 2023 and joined BRICS in 2024': the same subject
        both = re.search(r"(?i)\b(?:both|the\s+two)\s+(?:countries|nations|states|sides|neighbou?rs|allies|partners)\s*,?\s*(?:are|were|is|as)?\s*$", text[:match.start()] + " ")
        if not before and not (both and view.pair):
            continue
        if re.match(r"['’]s\s+full\s", match.group(0)) and _SOUGHT_BEFORE.search(text, max(0, view.rel(before[-1].start) - 40),
                                                                             view.rel(before[-1].start)):
            continue  # 'a road map for Timor-Leste's full membership in ASEAN': sought, not held
        members = [before[-1]] if before else [Ref(c, "country", 0, 0, "") for c in view.pair]  # 'both countries are members of'
        if fronted:
            members = before  # ('As members of ASEAN, Vietnam and Laos ...': each listed)
        if before and re.match(r"(?:both|all)\b", match.group(0), re.I):  # 'Brazil and South Africa, both founding members of'
            members = [r for r in view.countries if r.kind == "country" and view.rel(r.end) <= match.start()][-2:]
        elif before and (re.match(r"(?:are|were|joined|join|joining|became|become)\b", match.group(0), re.I)
                         or re.search(r"(?:granted|given|awarded|offered)\s+(?:full\s+)?membership", match.group(0), re.I)
                         or re.search(r"\b(?:were|are|have\s+been)\s+(?:\w+ly\s+)?(?:admitted\s+|accepted\s+)?$", text[:match.start()])):  # 'X and Y were admitted to'
            members = _listed_before(view, before[-1])  # 'Saudi Arabia and Egypt are founding members', 'X and Y joined'
        after = [b for b in blocs if 0 <= view.rel(b.start) - match.end() <= 30]
        if not after and _OBJECT_EXPECTED.search(match.group(0)):
            continue  # 'a trip to Poland, which was part of a broader visit to Europe ... for the G-7 Summit': not the bloc's
        listed = _listed_after(view, blocs, after[0]) if after else []
        chosen = listed or [min(blocs, key=lambda b: abs(view.rel(b.start) - match.start()))]
        kind = "key member" if re.search(r"\bkey\b", match.group(0), re.I) else "member"
        after_bloc = [d for d in view.dates if not d.is_target and d.date.end is None
                      and any(0 <= d.start - b.end <= 25 for b in chosen)]  # 'joined X forum in 1994'
        close = after_bloc or [d for d in view.dates if not d.is_target and d.date.end is None
                               and abs(view.rel(d.start) - match.start()) < 40
                               and not _CLAUSE_JOIN.search(text, min(view.rel(d.end), match.start()),
                                                           max(view.rel(d.start), match.start()))]  # not another clause's
        date = close[0].date if close else _day_later_in_clause(view, match)
        if re.match(r"['’]s\s", match.group(0)):
            date = None  # "Nigeria's membership of the Commonwealth was suspended in 1995": not when it joined
        # a state that joined, or was admitted, on no day the sentence names: an event (the news'), not a standing fact
        # ('... before Uzbekistan joined as the sixth member': background in a subordinate clause, not the news)
        rule = "member-joined" if _JOINED_EVENT.match(match.group(0)) \
            and not _SUBORDINATE_BEFORE.search(text, max(0, match.start() - 50), match.start()) else "member"
        for country in members:
            for bloc in chosen:
                yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, rule, date, kind=kind)
        joined_blocs, last_end = chosen, match.end()
    if joined_blocs:
        yield from _followed_members(view, members, joined_blocs, last_end)
    states = [r for r in view.countries if r.kind == "country" and not placed(view, r)]
    for bloc in blocs:  # 'Kenya, Uganda and Tanzania inaugurated the East African Community': its founders;
        # 'Laos, which holds the rotating chairmanship of ASEAN': its chair
        act = _FOUNDED_BLOC.search(text, max(0, view.rel(bloc.start) - 60), view.rel(bloc.start)) \
            or _CHAIRS_BLOC.search(text, max(0, view.rel(bloc.start) - 70), view.rel(bloc.start))
        subject = next((r for r in reversed(states) if act and 0 <= act.start() - view.rel(r.end) <= 25), None)
        if subject is None or re.search(r"\b(?:not|never)\s+$", text[max(0, act.start() - 12):act.start()]):
            continue
        founders = _listed_with(view, states, subject, backward=True) if _FOUNDED_BLOC.fullmatch(act.group(0)) else [subject]
        for country in founders:
            yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member-founder-or-chair", None,
                       kind="member")
    if view.pair and not joined_blocs:  # 'The two NATO members came close to war': the article's two states
        for bloc in blocs:
            if _THE_TWO_BEFORE.search(text, max(0, view.rel(bloc.start) - 12), view.rel(bloc.start)) \
                    and _MEMBERS_AFTER.match(text, view.rel(bloc.end)):
                for country in view.pair:
                    yield edge(view, "MEMBER_OF", country, bloc.node_id, "member-pair", None, kind="member")
    states_only = [r for r in view.countries if r.kind == "country"]
    for bloc in blocs:
        # 'the Brazil, Russia, India and China (Bric) group': the states its short name stands for
        last = next((r for r in reversed(states_only) if re.fullmatch(r"\s*\(", text[view.rel(r.end):view.rel(bloc.start)])), None)
        # 'other members of the regional bloc are China, Kazakhstan and Russia'
        # ('Members of the "Shanghai Five", China, Russia and Tajikistan welcomed ...': the members in apposition)
        are = _MEMBERS_ARE.match(text, view.rel(bloc.end)) if _MEMBERS_OF_BEFORE.search(text, 0, view.rel(bloc.start)) else None
        first = next((r for r in states_only if are and view.rel(r.start) == are.end()), None)
        for country in (_listed_with(view, states_only, last, backward=True) if last else []) + \
                (_listed_with(view, states_only, first) if first else []):
            yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member-listed", None, kind="member")
    for comprises in _BLOC_COMPRISES.finditer(text):  # 'The EEU comprises Russia, Belarus, ...'
        bloc = next((b for b in reversed(blocs) if 0 <= comprises.start() - view.rel(b.end) <= 2), None)
        first = next((r for r in view.countries if r.kind == "country" and view.rel(r.start) >= comprises.end()
                      and re.fullmatch(r"(?:the\s+)?", text[comprises.end():view.rel(r.start)], re.I)), None)
        if bloc is None or first is None:
            continue
        founders = _listed_with(view, [r for r in view.countries if r.kind == "country"], first)
        # ('... between China, Russia and Tajikistan launched in 1996': members since the founding the list is dated by)
        launched = _LAUNCHED_IN.match(text, view.rel(founders[-1].end)) if founders else None
        since = next((d.date for d in view.dates if launched and view.rel(d.start) == launched.end()), None)
        for country in founders:
            yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member", since, kind="member")
    for bloc in blocs:  # 'The bloc was formed by Brazil, Russia, India and China in 2009 and added South Africa in 2010'
        yield from _founded_by(view, bloc)
    for current in _CURRENT_MEMBERS.finditer(text):  # '... invited to enter BRICS, joining current members Brazil, Russia, ...'
        bloc = next((b for b in reversed(blocs) if view.rel(b.end) <= current.start()), None)
        first = next((r for r in view.countries if r.kind == "country" and view.rel(r.start) == current.end()), None)
        if bloc is not None and first is not None:
            for country in _listed_with(view, [r for r in view.countries if r.kind == "country"], first):
                yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member-current", None, kind="member")
    for bloc in blocs:  # 'The African Union admitted Morocco in 2017': the bloc, then whom it took in
        admitted = _BLOC_ADMITS.match(text, view.rel(bloc.end))
        state = next((r for r in view.countries if admitted and r.kind == "country" and view.rel(r.start) == admitted.end()
                      and not _possessive(text, view.rel(r.end))), None)
        if state is not None and admitted.group("welcome") and not _AS_A_MEMBER.match(text, view.rel(state.end)):
            continue  # ('the EU welcomed Ukraine's reforms'; 'welcomed The Gambia back as a member' takes it in)
        if state is not None:
            for country in _listed_with(view, [r for r in view.countries if r.kind == "country"], state):
                yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member-admitted",
                           view.date_near(admitted.start()), kind="member")
    for status in _OBSERVER_STATUS.finditer(text):
        bloc = next((b for b in blocs if view.rel(b.start) == status.end()), None)
        lo = _clause_around(text, status.start())[0]
        subject = next((r for r in view.countries if r.kind == "country" and lo <= view.rel(r.start) and view.rel(r.end) <= status.start()
                        and not placed(view, r)), None)
        if bloc is not None and subject is not None:
            yield edge(view, "MEMBER_OF", subject.node_id, bloc.node_id, "member", view.date_near(status.start()), kind="observer")
    which = _MEMBERS_OF_WHICH.search(text)
    if which and view.pair:  # 'IGAD, of which both countries are members'
        bloc = next((b for b in reversed(blocs) if view.rel(b.end) <= which.start() + 2), None)
        if bloc is not None:
            for country in view.pair:
                yield edge(view, "MEMBER_OF", country, bloc.node_id, "member", None, kind="member")


# a bloc, then the states it groups ('The EEU comprises A, B and C', 'BRIC, which groups A, B, C and D', 'ASEAN's
# members are A and B')
_BLOC_COMPRISES = re.compile(r"(?:['’]s\s+(?:member\s+states|members|member\s+countries)\s+(?:are|were)"
                             # 'the "Shanghai Five" mechanism comprising China, ...', 'X, a co-operative mechanism between A, B ...'
                             r"|[\"”’]?(?:,\s+an?\s+(?:[\w-]+\s+){0,2}?|\s+)(?:mechanism|group|grouping|bloc|forum|format|alliance)\s*,?\s+"
                             r"(?:which\s+|that\s+)?(?:comprising|comprises|comprised|between|bringing\s+together|grouping|consisting\s+of|of)"
                             r"|,?\s+whose\s+(?:member\s+states|members|member\s+countries)\s+(?:are|were|include|includes|included)"
                             r"|\s+(?:member\s+)?(?:states|countries|nations)\s+of|,?\s+(?:which|that)?\s*"
                             r"(?:comprises|comprised|groups|grouped|brings\s+together|brought\s+together|consists\s+of|"
                             r"consisted\s+of|is\s+made\s+up\s+of|was\s+made\s+up\s+of|unites|includes)|\s+\((?=[A-Z])"
                             # 'BRICS countries Brazil, Russia ...', 'the five BRICS nations – A, B ...', 'fellow EU members A and B'
                             r"|\s+(?:member\s+)?(?:states|countries|nations|members)(?:\s*[–—:]|,\s+namely|,?\s+such\s+as|,?\s+including)?"
                             r"|\s+(?:member(?:\s+(?:state|country|nation))?|ally|allies)(?=\s+(?:the\s+)?(?-i:[A-Z])))\s*")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:before|after|since|until|when|once|which|who|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_SOUGHT_BEFORE = re.compile(r"\b(?:for|towards?|road\s*map|bid|path|application|seeks?|seeking|eventual)\b[^.;]*$", re.IGNORECASE)
_CURRENT_MEMBERS = re.compile(r"\b(?:joining|join|joined|alongside)\s+(?:the\s+|its\s+)?(?:current|existing|founding|original)\s+"
                              r"members?\s+(?:the\s+)?", re.IGNORECASE)
_FORMED_BY = re.compile(r"\s+(?:was|were)\s+(?:first\s+|originally\s+)?(?:founded|formed|created|established|launched|set\s+up)\s+"
                        r"(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?")
_THEN_ADDED = re.compile(r"\s*,?\s+(?:and\s+)?(?:later\s+|then\s+)?(?:added|admitted|took\s+in)\s+(?:the\s+)?")


def _founded_by(view: SentenceView, bloc: Ref) -> Iterator[Edge]:
    """'X was formed by A, B and C in 2009 and added D in 2010': the founders members since its founding, the one
    added since that later date."""
    text = view.text
    formed = _FORMED_BY.match(text, view.rel(bloc.end))
    states = [r for r in view.countries if r.kind == "country"]
    first = next((r for r in states if formed and view.rel(r.start) == formed.end()), None)
    if first is None:
        return
    founders = _listed_with(view, states, first)
    end = view.rel(founders[-1].end)
    founded = next((d for d in view.dates if 0 <= view.rel(d.start) - end <= 4 and not d.is_target), None) \
        or next((d for d in view.dates if view.rel(bloc.end) < view.rel(d.start) < formed.end()), None)  # ('in 1967 by')
    for country in founders:
        yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member-founder", founded.date if founded else None,
                   kind="member")
    added = _THEN_ADDED.match(text, view.rel(founded.end) if founded else end)
    later = next((r for r in states if added and view.rel(r.start) == added.end()), None)
    if later is not None:
        since = next((d for d in view.dates if 0 <= view.rel(d.start) - view.rel(later.end) <= 4 and not d.is_target), None)
        yield edge(view, "MEMBER_OF", later.node_id, bloc.node_id, "member-added", since.date if since else None, kind="member")


_JOINED_EVENT = re.compile(r"(?:joined|joins|rejoined|rejoins|acceded|accedes|admitted)\b", re.IGNORECASE)
_LAUNCHED_IN = re.compile(r",?\s+(?:(?:which|that)\s+was\s+)?(?:launched|founded|established|formed|created|set\s+up)\s+in\s+")
_MEMBERS_ARE = re.compile(r"[\"”’]?(?:\s+(?:are|were|include|included|includes)\s+|\s*,\s*)(?:the\s+)?")
_MEMBERS_OF_BEFORE = re.compile(r"\bmembers\s+of\s+(?:the\s+)?[\"“‘]?$", re.IGNORECASE)
_BLOC_ADMITS = re.compile(r"\s+(?:on\s+\w+\s+)?(?:formally\s+|officially\s+)?(?:admitted|admits|accepted|accepts|(?P<welcome>welcomed|welcomes))\s+"
                          r"(?:the\s+)?")
_AS_A_MEMBER = re.compile(r"\s+(?:back\s+)?(?:in\s+)?as\s+(?:a|an|its)\s+(?:[\w-]+\s+)?member\b")
# 'X was granted observer status in ASEAN': an observer, not a member
_OBSERVER_STATUS = re.compile(r"\bobserver\s+status\s+(?:in|at|with|of|to)\s+(?:the\s+)?", re.IGNORECASE)
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:(?!and\b|or\b|but\b)[a-z]+\s+)?(?:a|an|the|one|itself)\s[^,;()]{0,80},\s*"
                                 r"(?:(?:had|has|have|also|later|then|eventually|formally)\s+)*$")


def _subject_before_appositive(view: SentenceView, end: int) -> list[Ref]:
    """The country a clause set off by commas describes, right before the verb at ``end``."""
    found = _APPOSITIVE_BEFORE.search(view.text, max(0, end - 120), end)
    if found is None:
        return []
    return [r for r in view.countries if r.kind == "country" and view.rel(r.end) == found.start()]


def _followed_members(view: SentenceView, members: list[Ref], blocs: list[Ref], after: int) -> Iterator[Edge]:
    """'Cuba had joined Comecon in July 1972; Vietnam followed in 1978': the later one joined the same blocs,
    at the date right after 'followed'."""
    known = {m.node_id for m in members}
    for followed in _FOLLOWED.finditer(view.text, after):
        country = next((r for r in view.countries if r.kind == "country" and view.rel(r.end) == followed.start()), None)
        if country is None or country.node_id in known:
            continue
        when = [d for d in view.dates if not d.is_target and d.date.end is None and 0 <= view.rel(d.start) - followed.end() <= 12]
        for bloc in blocs:
            yield edge(view, "MEMBER_OF", country.node_id, bloc.node_id, "member", when[0].date if when else None, kind="member")


_FOLLOWED = re.compile(r"\s+followed(?:\s+suit)?(?=\s+(?:in|on|a|the|two|three|\d)|[.,;]|$)")
_MEMBERS_OF_WHICH = re.compile(r",?\s*(?:\([^)]*\)\s*)?,?\s*of\s+which\s+both\s+(?:countries|nations|sides)\s+are\s+(?:founding\s+|full\s+)?members\b", re.I)


def _listed_before(view: SentenceView, last: Ref) -> list[Ref]:
    """'Kazakhstan, Armenia and Kyrgyzstan joined': the country before a plural verb and those listed
    right before it, in order."""
    return _listed_with(view, [r for r in view.countries if r.kind == "country"], last, backward=True)


def _listed_after(view: SentenceView, blocs: list[Ref], first: Ref) -> list[Ref]:
    """'members of BRICS, IBSA and the G20': the first bloc and those listed right after it."""
    return _listed_with(view, blocs, first)


LIST_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|,?\s*(?:along|together)\s+with)\s*(?:the\s+)?" + _STATE_STYLE)  # (', the Republic of Congo')


def _listed_with(view: SentenceView, refs: list[Ref], first: Ref, backward: bool = False,
                 stop: Callable[[Ref], bool] | None = None) -> list[Ref]:
    """``first`` and the ``refs`` listed right after it (``backward``: right before it), each a comma,
    'and' or 'as well as' from the last (a gloss in brackets may come between), in text order; a ref
    for which ``stop`` holds ends the list."""
    chosen = [first]
    for ref in sorted(refs, key=lambda r: r.start, reverse=backward):
        if ref is not first and (ref.start, ref.end) == (first.start, first.end) and ref.node_id != first.node_id:
            chosen.insert(0 if backward else len(chosen), ref)  # one group's members ('the Baltic states')
            continue
        if (ref.end > chosen[0].start) if backward else (ref.start <= chosen[-1].start):
            continue
        left, right = (ref, chosen[0]) if backward else (chosen[-1], ref)
        if ref.node_id == (chosen[0] if backward else chosen[-1]).node_id and \
                view.text[view.rel(left.end):view.rel(right.start)].strip() in ("(", ")"):
            continue  # the same one's short name in brackets: 'the India-Brazil-South Africa Dialogue Forum (IBSA)'

        if not LIST_GAP.fullmatch(view.text, view.rel(left.end), view.rel(right.start)) or (stop and stop(ref)):
            break
        if backward:
            chosen.insert(0, ref)
        else:
            chosen.append(ref)
    return chosen


_SUCCESSOR = re.compile(r"\bsuccessor(?:\s+state)?\b|\bsucceeded\b|\bcontinuator\b", re.IGNORECASE)
# 'the Democratic Republic of Vietnam was renamed the Socialist Republic of Vietnam': the older name first
_RENAMED = re.compile(r"\b(?:was|were)\s+(?:renamed|succeeded\s+by|replaced\s+by|reconstituted\s+as)\b|\bbecame\b", re.IGNORECASE)


def rule_succession(view: SentenceView, historical: Callable[[str], bool]) -> Iterator[Edge]:
    text = view.text
    states = [r for r in view.countries if r.kind == "country"]
    for match in _SUCCESSOR.finditer(text):
        if match.group(0).lower() == "succeeded" and re.match(r"\s+by\b", text[match.end():]):
            continue  # the passive, read below with the older state first
        older = [r for r in states if historical(r.node_id)]
        newer = [r for r in states if not historical(r.node_id) and 0 <= match.start() - view.rel(r.end) <= 40]
        if older and newer and older[-1].node_id != newer[-1].node_id:
            # 'After the dissolution of the Soviet Union in December 1991, Russia became its successor state',
            # 'became the successor of the USSR in 1991': a date right after either the older state or the word
            ends = (view.rel(older[-1].end), match.end())
            dated = [d for d in view.dates if not d.is_target and any(0 <= view.rel(d.start) - end <= 12 for end in ends)]
            yield edge(view, "SUCCEEDED", newer[-1].node_id, older[-1].node_id, "successor-state",
                       dated[0].date if dated else None)
    for match in _RENAMED.finditer(text):
        older = [r for r in states if historical(r.node_id) and 0 <= match.start() - view.rel(r.end) <= 30]
        newer = [r for r in states if not historical(r.node_id) and 0 <= view.rel(r.start) - match.end() <= 30]
        if older and newer and older[-1].node_id != newer[0].node_id:
            after = view.rel(newer[0].end)  # 'renamed X in 1976': a date right after the new name
            dated = [d for d in view.dates if 0 <= view.rel(d.start) - after <= 12 and not d.is_target]
            yield edge(view, "SUCCEEDED", newer[0].node_id, older[-1].node_id, "renamed-state",
                       dated[0].date if dated else None)


_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+(?:the\s+)?)?"
    r"(?:(?:two\s+countries|bilateral)[’']?\s+)?(?:[A-Z][\w\-–]+\s+)?diplomatic\s+(?:ties|relations)",
    re.IGNORECASE,
)


_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def rule_anniversary(view: SentenceView) -> Iterator[Edge]:
    """'the 68th anniversary of diplomatic ties (January 18)': relations established N years before the article."""
    match = _ANNIVERSARY.search(view.text)
    if not match or _WITH_MANY_STATES.match(view.text, match.end()):
        return  # '... of diplomatic relations between Havana and several nations': no one pair
    pair = view.countries_of_pair() or view.pair
    if not pair:
        return
    a, b = sorted(pair)
    stated = [d for d in view.dates if d.date.precision == "day" and d.date.end is None and 0 <= view.rel(d.start) - match.end() <= 60
              and d.text[-4:].isdigit()]
    if stated:  # '(December 2, 1960)': the founding date is given outright
        yield edge(view, "RECOGNIZED", a, b, "anniversary-of-relations", stated[0].date, kind="diplomatic_relations", confidence=0.7)
        return
    if view.date_anchor is None:
        return
    celebrated = [d.date.start.year for d in view.dates if d.date.precision == "year" and d.date.end is None
                  and d.date.start.year >= view.date_anchor.year and view.rel(d.start) > match.start()]
    celebrated += [d.date.start.year for d in view.dates if d.date.precision in ("year", "month") and d.date.end is None
                   and not d.is_target and d.cue in ("in", "") and view.rel(d.end) <= match.start()]  # 'In 2023, X and Y marked the 103rd'
    # ('upgraded ... in December 2022 on the occasion of the 30th anniversary': counted from 2022)
    year = (celebrated[0] if celebrated else view.date_anchor.year) - int(match.group("n"))  # '80th ... in 2024'
    date = EventDate(start=dt.date(year, 1, 1), precision="year")
    for d in view.dates:
        if 0 <= view.rel(d.start) - match.end() <= 40 or (d.date.start.year == year and d.date.precision == "day"):
            if d.date.precision == "day":
                try:
                    date = EventDate(start=d.date.start.replace(year=year), precision="day")
                except ValueError:
                    pass
                break
    yield edge(view, "RECOGNIZED", a, b, "anniversary-of-relations", date, kind="diplomatic_relations", confidence=0.7)


def _day_later_in_clause(view: SentenceView, match: re.Match[str]) -> EventDate | None:
    """'formally joined the WTO at a ceremony in Abu Dhabi today': a single day told further on in the same clause."""
    lo, hi = view.text.rfind(", ", 0, match.start()), view.text.find(", ", match.end())
    date = view.date_near(match.start(), within=(max(lo, 0), hi if hi >= 0 else len(view.text)))
    return date if date and date.precision == "day" and date.end is None else None


_WITH_MANY_STATES = re.compile(r"[^;.]{0,60}?\b(?:between|with)\s+[^,;.]{0,40}?\b(?:several|many|some|other|various|numerous|"
                               r"three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?(?:nations|countries|states)\b")
_EXCHANGE = re.compile(
    r"\bexchang\w*\s+(?:the\s+)?(?:congratulatory\s+|greeting\s+|new\s+year\s+)?(?:messages?|letters?|greetings|cables?|notes?)"
    r"(?:\s+of\s+\w+)?\s+with\b",
    re.IGNORECASE,
)


def exchange_groups(view: SentenceView) -> tuple[list[Ref], list[Ref]] | None:
    """'A, B and C exchanged messages of congratulations with X, Y and Z': the two sides."""
    match = _EXCHANGE.search(view.text)
    if not match:
        return None
    left = [r for r in view.persons if view.rel(r.end) <= match.start()]
    right = [r for r in view.persons if view.rel(r.start) >= match.end()]
    if not right and not left:
        return None
    if not left:
        subject = view.subject_before(match.start())
        left = [subject] if subject else []
    return (left, right) if left and right else None


def side_home(view: SentenceView, side: list[Ref]) -> str | None:
    homes = [view.home.get(r.node_id) for r in side if view.home.get(r.node_id)]
    return max(set(homes), key=homes.count) if homes else None


def rule_exchanges(view: SentenceView, left: list[Ref], right: list[Ref], left_home: str | None,
                   right_home: str | None) -> Iterator[Edge]:
    """Each sender of an exchanged message states something to the other side's country."""
    date = view.date_near(0)
    for side, other in ((left, right_home), (right, left_home)):
        if other is None:
            continue
        for ref in dict.fromkeys(r.node_id for r in side):
            yield edge(view, "STATED", ref, other, "message-exchange", date, medium="message", confidence=0.7)


_MESSAGE = re.compile(
    r"\bsent\s+(?:a\s+|an\s+|the\s+)?(?:congratulatory\s+|condolence\s+|greeting\s+)?(?:message|letter|cable|telegram|greetings)s?"
    r"(?:\s+of\s+(?:congratulations|condolences|greetings|sympathy))?\s+to\b",
    re.IGNORECASE,
)


def rule_messages(view: SentenceView) -> Iterator[Edge]:
    """'X sent a congratulatory message to Y': a statement by X to Y's country."""
    match = _MESSAGE.search(view.text)
    if not match:
        return
    sender = view.subject_before(match.start())
    if sender is None:
        return
    home = view.home.get(sender.node_id)
    receiver = next((r for r in view.persons if 0 <= view.rel(r.start) - match.end() <= 60), None)
    target = view.home.get(receiver.node_id) if receiver else None
    if target is None:
        after = [r for r in view.countries + view.adjectives if view.rel(r.start) >= match.end() and r.node_id != home]
        before = [r for r in view.countries + view.adjectives if view.rel(r.start) < match.start() and r.node_id != home]
        target = (after or before or [None])[0]
        target = target.node_id if target is not None else None
    if target and target != home:
        yield edge(view, "STATED", sender.node_id, target, "sent-message", view.date_near(match.start()) or
                   (_doc_date(view) if view.date_anchor else None), medium="message", kind=None, confidence=0.7)
