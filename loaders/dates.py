"""Date expressions in article text, normalised to ``EventDate`` with their precision.

Partial dates ("On February 22", "today", "Tuesday", "in July") are anchored to the document's
date (the last such day before it, as news reports what happened; the next one after words that
announce, such as "will", "is to", "upcoming"); without one they are dropped rather than guessed. Each hit carries a ``cue`` (the word
before it: "since", "by", "until"...) so rules can tell an event date from a target year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from diplograph.graph.models import EventDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>1[6-9]\d\d|20\d\d)"
_TO = r"\s*(?:-|–|—|to|and|until|till|through)\s*"


def _m(name: str) -> str:
    return _MONTH.format(name)


def _d(name: str) -> str:
    return _DAY.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2024-06-19: an ISO day (first, so that '2009-12' in it is no range of years)
    ("iso", re.compile(rf"\b{_y('y')}-(?P<mo>0[1-9]|1[0-2])-(?P<d1>[0-3]\d)\b")),
    # June 19 to 20, 2024 / from June 30 to July 2, 2024
    ("md-md-y", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}{_TO}(?:{_m('m2')}\s+)?{_d('d2')},?\s+{_y('y')}\b")),
    # 19-20 June 2024 / 30 June to 2 July 2024
    ("d-dm-y", re.compile(rf"\b{_d('d1')}(?:\s+{_m('m1')})?{_TO}{_d('d2')}\s+(?:of\s+)?{_m('m2')},?\s+{_y('y')}\b")),
    ("mdy", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}(?:,|\s+of)?\s+{_y('y')}\b")),
    ("dmy", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')},?\s+{_y('y')}\b")),
    ("my", re.compile(rf"\b{_m('m1')}\s+(?:of\s+)?{_y('y')}\b")),
    ("y-y", re.compile(rf"\b{_y('y')}\s*(?:-|–)\s*(?P<y2>(?:1[6-9]|20)?\d\d)\b")),
    # 'from April 12 to 15' (the year from the article's date)
    ("md-md", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}{_TO}(?:{_m('m2')}\s+)?{_d('d2')}\b(?!\s*,?\s*\d{{4}})")),
    # 'from 16 to 17 September' (the year from the article's date)
    ("d-dm", re.compile(rf"\b{_d('d1')}(?:\s+{_m('m1')})?{_TO}{_d('d2')}\s+(?:of\s+)?{_m('m2')}\b(?!\s*,?\s*\d)")),
    ("md", re.compile(rf"\b{_m('m1')}\s+{_d('d1')}\b(?!\s*,?\s*\d)")),
    ("dm", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}\b(?!\s*,?\s*\d)")),
    ("y", re.compile(rf"\b(?P<part>early|mid|late|the end of|the beginning of)?\s*{_y('y')}\b(?!\s*(?:-|–)\s*\d)")),
    ("month-rel-year", re.compile(rf"\b{_m('m1')}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")),
    ("month", re.compile(rf"\b(?P<rel>last|next|this|in|since|from|during)\s+{_m('m1')}\b(?!\s+\d)")),
    # 'Thursday last week', 'on Monday next week' (before 'rel' takes 'last week')
    ("wd-week", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of\s+)?(?P<wk>last|next)\s+week\b")),
    ("rel", re.compile(r"\b(?P<word>today|yesterday|tomorrow|last night|tonight|this morning|this afternoon|this evening|this week|last week|next week|this year|last year|next year|this month|last month|next month|earlier this month|earlier this year)\b", re.IGNORECASE)),
    # 'from Monday to Wednesday': a range of days of one week
    ("wd-wd", re.compile(r"\bfrom\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:to|until|till|through)\s+"
                         r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|on|this)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
]

_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGIT = re.compile(r"\d")
_REL_WORDS = ("today", "yesterday", "tomorrow", "tonight", "this", "last", "next")
# What each pattern cannot match without: a capitalised month name, a digit, a relative word, 'day'.
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}), "md-md-y": frozenset({"month", "digit"}), "d-dm-y": frozenset({"month", "digit"}),
    "mdy": frozenset({"month", "digit"}), "dmy": frozenset({"month", "digit"}), "my": frozenset({"month", "digit"}),
    "y-y": frozenset({"digit"}), "md-md": frozenset({"month", "digit"}), "d-dm": frozenset({"month", "digit"}), "md": frozenset({"month", "digit"}),
    "dm": frozenset({"month", "digit"}), "y": frozenset({"digit"}), "month-rel-year": frozenset({"month"}),
    "month": frozenset({"month"}), "wd-week": frozenset({"weekday"}), "rel": frozenset({"rel"}), "wd-wd": frozenset({"weekday"}), "weekday": frozenset({"weekday"}),
}
assert set(_NEEDS) == {kind for kind, _ in PATTERNS}
_ANCHORED = frozenset({"md-md", "d-dm", "md", "dm", "month", "wd-wd", "weekday"})  # kinds whose year or week the article's date supplies


def _cues_present(text: str) -> frozenset[str]:
    """Which of the patterns' prerequisites the text has (each a fast scan in C)."""
    lower = text.lower()
    present = set()
    if any(map(text.__contains__, _MONTH_PREFIXES)):  # (a superset of the patterns' word-initial months)
        present.add("month")
    if _DIGIT.search(text):
        present.add("digit")
    if any(map(lower.__contains__, _REL_WORDS)):
        present.add("rel")
    if "day" in text:
        present.add("weekday")
    return frozenset(present)


# An announcement: a partial date after these words is the next such day or month, not the last one
# ('will pay a visit from June 15 to 18' in an article of March).
_FUTURE = re.compile(r"\b(?:will|shall|would(?!\s+have\b)|(?:is|are|was|were)\s+(?:to|set\s+to|scheduled\s+to|expected\s+to|due\s+to\s+(?!the\b|a\b))"
                     r"|plans?\s+to|(?:is|are|am)\s+going\s+to|upcoming|forthcoming|preparations?\s+for|next\s+(?:week|month)|later\s+this\s+(?:week|month))\b",
                     re.IGNORECASE)
_FUTURE_REACH = 80  # characters between the announcing word and the date
_CUE = re.compile(r"\b(?P<cue>since|from|by|until|till|through|to|in|on|of|during|before|after|between)\s*(?:the\s+)?(?:end\s+of\s+|beginning\s+of\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: EventDate
    cue: str  # lower-case preposition right before the expression, or ""

    @property
    def is_target(self) -> bool:
        """'by 2025', 'until 2030': a goal, not when something happened."""
        return self.cue in {"by", "until", "till", "to", "through"}


def _month(text: str | None) -> int | None:
    if not text:
        return None
    return MONTHS.get(text.lower().rstrip("."))


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _anchor_month(month: int, anchor: dt.date | None, rel: str) -> int | None:
    """The year of a month named without one: the last such month on or before the article's date
    (news reports what happened), the coming one for 'next' and announcements (``rel="ahead"``)."""
    if anchor is None:
        return None
    year = anchor.year
    if rel == "ahead":
        return year if month >= anchor.month else year + 1
    if rel == "next":
        return year + 1 if month <= anchor.month else year
    if rel == "this":
        return year
    return year if month <= anchor.month else year - 1


def _parse(kind: str, m: re.Match[str], anchor: dt.date | None, ahead: bool = False) -> EventDate | None:
    """The date a match names; ``ahead`` when it follows an announcement ('will visit on Friday')."""
    g = m.groupdict()
    when = "ahead" if ahead else ""
    if kind in ("md-md-y", "d-dm-y"):
        year = int(g["y"])
        m1 = _month(g.get("m1")) or _month(g.get("m2"))
        m2 = _month(g.get("m2")) or m1
        if m1 is None:
            return None
        start, end = _safe(year, m1, int(g["d1"])), _safe(year, m2, int(g["d2"]))
        if start and end and end >= start:
            return EventDate(start=start, end=end if end != start else None, precision="day")
        return None
    if kind == "iso":
        day = _safe(int(g["y"]), int(g["mo"]), int(g["d1"]))
        return EventDate(start=day, precision="day") if day else None
    if kind in ("mdy", "dmy"):
        day = _safe(int(g["y"]), _month(g["m1"]) or 0, int(g["d1"])) if _month(g["m1"]) else None
        return EventDate(start=day, precision="day") if day else None
    if kind == "my":
        return EventDate(start=dt.date(int(g["y"]), _month(g["m1"]), 1), precision="month")
    if kind == "y-y":
        first = int(g["y"])
        second_text = g["y2"]
        second = int(second_text) if len(second_text) == 4 else int(str(first)[: 4 - len(second_text)] + second_text)
        if second <= first:
            return None
        return EventDate(start=dt.date(first, 1, 1), end=dt.date(second, 1, 1), precision="year")
    if kind in ("md-md", "d-dm"):
        if anchor is None:
            return None
        m1 = _month(g.get("m1")) or _month(g.get("m2"))
        m2 = _month(g.get("m2")) or m1
        year = _anchor_month(m1, anchor, when)
        start, end = (_safe(year, m1, int(g["d1"])), _safe(year, m2, int(g["d2"]))) if year else (None, None)
        if start and end and end > start:
            return EventDate(start=start, end=end, precision="day")
        return None
    if kind in ("md", "dm"):
        if anchor is None:
            return None
        month = _month(g["m1"])
        year = _anchor_month(month, anchor, when)
        day = _safe(year, month, int(g["d1"])) if year else None
        return EventDate(start=day, precision="day") if day else None
    if kind == "y":
        return EventDate(start=dt.date(int(g["y"]), 1, 1), precision="year")
    if kind == "month-rel-year":
        if anchor is None:
            return None
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return EventDate(start=dt.date(year, _month(g["m1"]), 1), precision="month")
    if kind == "month":
        month = _month(g["m1"])
        rel = g["rel"].lower()
        year = _anchor_month(month, anchor, when if ahead and rel in ("in", "during", "from") else rel)
        return EventDate(start=dt.date(year, month, 1), precision="month") if year else None
    if kind == "rel":
        if anchor is None:
            return None
        word = g["word"].lower()
        if word in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            return EventDate(start=anchor, precision="day")
        if word in ("yesterday", "last night"):
            return EventDate(start=anchor - dt.timedelta(days=1), precision="day")
        if word == "tomorrow":
            return EventDate(start=anchor + dt.timedelta(days=1), precision="day")
        if word in ("this year", "earlier this year"):
            return EventDate(start=dt.date(anchor.year, 1, 1), precision="year")
        if word == "last year":
            return EventDate(start=dt.date(anchor.year - 1, 1, 1), precision="year")
        if word == "next year":
            return EventDate(start=dt.date(anchor.year + 1, 1, 1), precision="year")
        if word in ("this month", "earlier this month"):
            return EventDate(start=anchor.replace(day=1), precision="month")
        if word == "next month":
            following = (anchor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return EventDate(start=following, precision="month")
        if word in ("last week", "next week"):  # the month the week falls in (by its Thursday): a week is no precision
            thursday = anchor + dt.timedelta(days=3 - anchor.weekday() + (7 if word == "next week" else -7))
            return EventDate(start=thursday.replace(day=1), precision="month")
        if word == "last month":
            first = anchor.replace(day=1) - dt.timedelta(days=1)
            return EventDate(start=first.replace(day=1), precision="month")
        return None
    if kind == "wd-wd":
        first = _parse("weekday", m, anchor, ahead)
        if first is None:
            return None
        days = (WEEKDAYS.index(g["wd2"].lower()) - WEEKDAYS.index(g["wd"].lower())) % 7
        return EventDate(start=first.start, end=first.start + dt.timedelta(days=days), precision="day") if days else first
    if kind == "wd-week":  # that day of the calendar week before or after the article's
        if anchor is None:
            return None
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7 if g["wk"].lower() == "next" else -7)
        return EventDate(start=monday + dt.timedelta(days=WEEKDAYS.index(g["wd"].lower())), precision="day")
    if kind == "weekday":
        if anchor is None:
            return None
        wanted = WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("rel") or "").lower()
        if rel == "next":
            delta = (wanted - anchor.weekday()) % 7 or 7
            return EventDate(start=anchor + dt.timedelta(days=delta), precision="day")
        if ahead and rel in ("", "on", "this"):
            return EventDate(start=anchor + dt.timedelta(days=(wanted - anchor.weekday()) % 7), precision="day")
        delta = (anchor.weekday() - wanted) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return EventDate(start=anchor - dt.timedelta(days=delta), precision="day")
    return None


def _announced_near(text: str, start: int, end: int, announced: list[tuple[int, int]]) -> bool:
    """A date after an announcing word ('will visit on Friday'), or before one when the date opens its clause or no
    event is told in the past before it, and no past tense lies between ('On Tuesday, the minister will be in Berlin';
    'The minister's trip from Monday to Wednesday will be ...'; not 'The talks on Monday were fruitful, and ... will')."""
    may_lead = _FRONTED.search(text, 0, start) is not None or _PAST_EVENT.search(text, 0, start) is None
    return any(0 <= start - a_end <= _FUTURE_REACH
               or (may_lead and 0 <= a_start - end <= _FUTURE_REACH and not _PAST_BETWEEN.search(text, end, a_start))
               for a_start, a_end in announced)


_FRONTED = re.compile(r"(?:^|[,;:“\"‘]|\b(?:and|but)\b)\s*(?:(?:on|in|from|early|late|later|next|this)\s+)?$", re.IGNORECASE)
_PAST_EVENT_WORDS = r"met|held|visited|received|welcomed|hosted|signed|arrived|paid|toured|attended|travell?ed"
_PAST_EVENT = re.compile(rf"\b(?<!\bbe\s)(?:{_PAST_EVENT_WORDS})\b", re.IGNORECASE)  # (not 'will be received')
_PAST_BETWEEN = re.compile(rf"\b(?:{_PAST_EVENT_WORDS}|was|were|had|did|said|told|added)\b", re.IGNORECASE)  # or a past tense


def announces(text: str) -> bool:
    """Whether a sentence only announces something to come ('will visit China next week'): a word that
    announces, and no event told in the past tense ('X, who held talks with Y, said Z will ...')."""
    if "“" in text or "”" in text or '"' in text:
        # what a speaker says will come ('"This will enable new cooperation," X said') is the speaker's, not the
        # report's, unless the quote itself announces a meeting or a journey ('"We will meet X," he said')
        opened = _QUOTE_CLOSED_FIRST.match(text)  # ('This will help," X said ...': the sentence opened inside the quote)
        quotes = ([text[:opened.end()]] if opened else []) + _QUOTED.findall(text, opened.end() if opened else 0)
        if not any(_FUTURE_EVENT.search(q) for q in quotes):
            text = _QUOTED.sub(" ", text[opened.end():] if opened else text)
    return _FUTURE.search(text) is not None and _PAST_EVENT.search(text) is None


_FUTURE_EVENT = re.compile(r"\b(?:will|shall|(?:am|is|are)\s+going\s+to)\s+(?:\w+\s+){0,2}?(?:visit|meet|travel|go|come|sign|hold|"
                           r"receive|host|welcome|attend|discuss|fly|return)\b", re.IGNORECASE)
_QUOTE_CLOSED_FIRST = re.compile(r"[^“\"]*?\S[”\"](?=\s)")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


@lru_cache(maxsize=4096)
def day_date(day: dt.date) -> EventDate:
    """One shared record per day for the dates given whole (an article's own date): records are
    never changed after they are made."""
    return EventDate(start=day, precision="day")


_RELATIVE_KINDS = frozenset({"rel", "wd-week", "wd-wd", "weekday"})  # kinds that need the article's day, not its year


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the month or year ``day`` stands for (``day`` itself at day precision)."""
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return day


def period_date(anchor: dt.date, precision: str) -> EventDate:
    """The date a document's own date names, at its precision (``anchor``: any day inside it)."""
    if precision == "year":
        return EventDate(start=dt.date(anchor.year, 1, 1), precision="year")
    if precision == "month":
        return EventDate(start=anchor.replace(day=1), precision="month")
    return day_date(anchor)


def find_dates(text: str, anchor: dt.date | None = None, offset: int = 0, relative: bool = True) -> list[DateMention]:
    """Every date expression in ``text`` (non-overlapping, most specific first), in text order.

    ``relative=False``: the anchor stands for a month or year, not a day, so 'yesterday' and 'on Monday' name no date."""
    present = _cues_present(text)
    if not present:
        return []  # no digit, month, weekday or relative day word: nothing to find
    taken: list[tuple[int, int]] = [m.span() for m in _URL.finditer(text)] if "http" in text or "www." in text else []
    # (a web address's '/2025/03/' is where a page is filed, not a date the text tells)
    found: list[DateMention] = []
    full_days: list[EventDate] = []  # days named with their year where the sentence opens
    announced: list[int] | None = None  # where announcing words end (read once, when a date needs them)
    for kind, pattern in PATTERNS:
        if not _NEEDS[kind] <= present or not relative and kind in _RELATIVE_KINDS:
            continue  # a cheap test first: this pattern cannot match without its month, digit or word
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "y" and m.group("part") is None:
                start = m.start("y")
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "y" and (_looks_like_number(text, m.start("y"), m.end("y")) or _year_in_a_name(text, m.start("y"))):
                continue
            if kind == "weekday" and (gap := _COMMA_GAP.match(text, end)) and any(s == gap.end() for s, _ in taken):
                continue  # 'Thursday, December 17, 1992': the weekday of the full date that follows
            if kind in _ANCHORED and announced is None:
                announced = [a.span() for a in _FUTURE.finditer(text)]
            ahead = kind in _ANCHORED and _announced_near(text, start, end, announced)
            date = _parse(kind, m, anchor, ahead)
            if date is None:
                continue
            cue_match = _CUE.search(text[max(0, start - 30):start])
            cue = cue_match.group("cue").lower() if cue_match else ""
            taken.append((start, end))
            found.append(DateMention(start + offset, end + offset, text[start:end], date, cue))
            if kind in _FULL_DAYS and start <= 15:  # a sentence opening with its full date: '(Thursday, December 17, 1992)'
                full_days.append(date)
    if anchor is not None and len(full_days) == 1 and full_days[0].end is None and (anchor - full_days[0].start).days > 1:
        # '(Thursday, December 17, 1992) ... signed the NAFTA today': a retelling's 'today' is the day it gives
        found = [replace(d, date=full_days[0]) if d.text.lower() in _SAME_DAY_WORDS else d for d in found]
    return sorted(found, key=lambda d: d.start)


_FULL_DAYS = frozenset({"iso", "mdy", "dmy"})
_SAME_DAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
_COMMA_GAP = re.compile(r",?\s*(?:the\s+)?")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# capitalised words a year follows as a date ('In 2019', 'Since 1992', 'Summer 2020')
_BEFORE_A_YEAR = frozenset({"in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "on", "to", "the",
                            "early", "mid", "late", "end", "year", "summer", "winter", "spring", "autumn", "fall", "circa"})


def _year_in_a_name(text: str, start: int) -> bool:
    """'Vision 2030', 'Agenda 2063', 'Expo 2020': a year after a capitalised word is part of a name, not a date."""
    if _INSTRUMENT_OF.search(text, max(0, start - 20), start):
        return True  # 'the Vienna Convention of 1961', 'the Treaty of 1921': an instrument's name, not the event's date
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = before.group(1).lower() if before else ""
    return bool(word) and word not in _BEFORE_A_YEAR and word not in MONTHS and word not in WEEKDAYS


_INSTRUMENT_OF = re.compile(r"\b(?:Convention|Treaty|Agreement|Accords?|Protocol|Charter|Constitution|Declaration|Pact)\s+of\s+$")


def _looks_like_number(text: str, start: int, end: int) -> bool:
    """'1,000', 'US$2000', '2000 tonnes' are quantities, not years."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 12].lower()
    if re.search(r"[\d,.$€£]$", before.strip()) and before.strip():
        return True
    return bool(re.match(r"\s*(?:tonnes|tons|people|students|scholarships|km|kilometres|kilometers|usd|us\$|dollars|mw|units|%|percent)", after))
