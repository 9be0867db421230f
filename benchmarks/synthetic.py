"""A deterministic, seeded generator of realistic diplomatic news articles for benchmarks.

Each article reports one bilateral encounter between two countries: a visit (state, official
or working; often multi-day), an invitation, meetings between named office holders, a signing
of an agreement, quoted and reported statements (with pronoun follow-ups), partnership
upgrades and bloc memberships, padded with the background sentences real articles carry.
Persons are invented per country from regional name pools, so the same seed always yields
the same cast across the corpus (entity resolution across documents gets exercised).

    python benchmarks/synthetic.py --articles 1000 --seed 7 --out /tmp/corpus
    python benchmarks/synthetic.py --articles 1000 --seed 7 --out /tmp/corpus --jsonl

Every ``.txt`` starts with a ``date YYYY-MM-DD`` line, like the second seed article. As a
module: ``generate_corpus(1000, seed=7)`` yields ``SyntheticArticle`` records with the facts
each article states (handy as rough gold data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

# name, capital, demonym, region, bloc memberships
COUNTRIES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("Vietnam", "Hanoi", "Vietnamese", "sea", ("ASEAN",)),
    ("Indonesia", "Jakarta", "Indonesian", "sea", ("ASEAN", "G20")),
    ("Malaysia", "Kuala Lumpur", "Malaysian", "sea", ("ASEAN",)),
    ("Thailand", "Bangkok", "Thai", "sea", ("ASEAN",)),
    ("Philippines", "Manila", "Philippine", "sea", ("ASEAN",)),
    ("Singapore", "Singapore", "Singaporean", "sea", ("ASEAN",)),
    ("Laos", "Vientiane", "Lao", "sea", ("ASEAN",)),
    ("Cambodia", "Phnom Penh", "Cambodian", "sea", ("ASEAN",)),
    ("China", "Beijing", "Chinese", "east", ("BRICS", "Shanghai Cooperation Organisation", "G20")),
    ("Japan", "Tokyo", "Japanese", "east", ("G7", "G20")),
    ("South Korea", "Seoul", "South Korean", "east", ("G20",)),
    ("Mongolia", "Ulaanbaatar", "Mongolian", "east", ()),
    ("India", "New Delhi", "Indian", "south", ("BRICS", "Shanghai Cooperation Organisation", "G20")),
    ("Bangladesh", "Dhaka", "Bangladeshi", "south", ()),
    ("Sri Lanka", "Colombo", "Sri Lankan", "south", ()),
    ("Nepal", "Kathmandu", "Nepali", "south", ()),
    ("Pakistan", "Islamabad", "Pakistani", "south", ("Shanghai Cooperation Organisation",)),
    ("Russia", "Moscow", "Russian", "slavic", ("BRICS", "Eurasian Economic Union", "Shanghai Cooperation Organisation", "G20")),
    ("Belarus", "Minsk", "Belarusian", "slavic", ("Eurasian Economic Union",)),
    ("Ukraine", "Kyiv", "Ukrainian", "slavic", ()),
    ("Poland", "Warsaw", "Polish", "slavic", ("European Union", "NATO")),
    ("Serbia", "Belgrade", "Serbian", "slavic", ()),
    ("Armenia", "Yerevan", "Armenian", "caucasus", ("Eurasian Economic Union",)),
    ("Kazakhstan", "Astana", "Kazakh", "central", ("Eurasian Economic Union", "Shanghai Cooperation Organisation")),
    ("Uzbekistan", "Tashkent", "Uzbek", "central", ("Shanghai Cooperation Organisation",)),
    ("France", "Paris", "French", "west", ("European Union", "NATO", "G7", "G20")),
    ("Germany", "Berlin", "German", "west", ("European Union", "NATO", "G7", "G20")),
    ("Italy", "Rome", "Italian", "west", ("European Union", "NATO", "G7", "G20")),
    ("Spain", "Madrid", "Spanish", "west", ("European Union", "NATO")),
    ("United Kingdom", "London", "British", "west", ("NATO", "G7", "G20")),
    ("United States", "Washington", "American", "west", ("NATO", "G7", "G20")),
    ("Canada", "Ottawa", "Canadian", "west", ("NATO", "G7", "G20")),
    ("Brazil", "Brasilia", "Brazilian", "latin", ("BRICS", "G20", "Mercosur")),
    ("Argentina", "Buenos Aires", "Argentine", "latin", ("G20", "Mercosur")),
    ("Mexico", "Mexico City", "Mexican", "latin", ("G20",)),
    ("Chile", "Santiago", "Chilean", "latin", ()),
    ("Egypt", "Cairo", "Egyptian", "arab", ("African Union", "Arab League")),
    ("Saudi Arabia", "Riyadh", "Saudi", "arab", ("G20", "Arab League")),
    ("United Arab Emirates", "Abu Dhabi", "Emirati", "arab", ("Arab League",)),
    ("Turkey", "Ankara", "Turkish", "arab", ("NATO", "G20")),
    ("Nigeria", "Abuja", "Nigerian", "africa", ("African Union",)),
    ("Kenya", "Nairobi", "Kenyan", "africa", ("African Union",)),
    ("South Africa", "Pretoria", "South African", "africa", ("African Union", "BRICS", "G20")),
    ("Ethiopia", "Addis Ababa", "Ethiopian", "africa", ("African Union",)),
    ("Australia", "Canberra", "Australian", "west", ("G20",)),
)

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sea": (("Nguyen Van", "Tran Thi", "Pham Minh", "Joko", "Anwar", "Somchai", "Ferdinand", "Lee Hsien", "Bounthong", "Hun"),
            ("Long", "Hoa", "Thanh", "Widodo", "Ibrahim", "Wongsawat", "Reyes", "Tan", "Sisoulith", "Manet")),
    "east": (("Wang", "Li", "Zhao", "Hiroshi", "Yoshihide", "Min-jun", "Ji-ho", "Batbayar"), ("Yi", "Qiang", "Leji", "Tanaka", "Kishida", "Park", "Yoon", "Enkhbold")),
    "south": (("Narendra", "Subrahmanyam", "Sheikh", "Ranil", "Pushpa", "Shehbaz", "Anura", "Sushma"), ("Modi", "Jaishankar", "Hasina", "Wickremesinghe", "Dahal", "Sharif", "Dissanayake", "Swaraj")),
    "slavic": (("Vladimir", "Sergei", "Dmitry", "Aleksandr", "Andrzej", "Aleksandar", "Oksana", "Maria"), ("Volkov", "Lavrentiev", "Medvedko", "Lukashenko", "Duda", "Vucic", "Markarova", "Zelenkova")),
    "caucasus": (("Ararat", "Nikol", "Armen", "Anahit"), ("Mirzoyan", "Pashinyan", "Sargsyan", "Avetisyan")),
    "central": (("Kassym-Jomart", "Shavkat", "Murat", "Aigerim"), ("Tokayev", "Mirziyoyev", "Nurtleu", "Saparova")),
    "west": (("Emmanuel", "Olaf", "Giorgia", "Pedro", "Keir", "Antony", "Justin", "Anthony", "Annalena", "Catherine"),
             ("Laurent", "Keller", "Moretti", "Sanchez", "Hale", "Blakeley", "Tremblay", "Albright", "Baumann", "Colonna")),
    "latin": (("Luiz", "Javier", "Claudia", "Gabriel", "Mauro"), ("Silva", "Milei", "Sheinbaum", "Boric", "Vieira")),
    "arab": (("Abdel", "Mohammed", "Faisal", "Recep", "Hakan"), ("Sisi", "bin Zayed", "bin Farhan", "Erdogan", "Fidan")),
    "africa": (("Bola", "William", "Cyril", "Abiy", "Naledi"), ("Tinubu", "Ruto", "Ramaphosa", "Ahmed", "Pandor")),
}

OFFICES = ("President", "Prime Minister", "Minister of Foreign Affairs", "Ambassador")
VISIT_KINDS = ("state", "official", "working", "official")
AGREEMENTS = (
    "Agreement on Economic and Technical Cooperation",
    "Memorandum of Understanding on Education Cooperation",
    "Agreement on the Avoidance of Double Taxation",
    "Joint Statement on Comprehensive Cooperation",
    "Agreement on Visa Exemption for Holders of Diplomatic Passports",
    "Memorandum of Understanding on Energy Cooperation",
    "Treaty on Mutual Legal Assistance in Criminal Matters",
    "Agreement on Cooperation in Science and Technology",
    "Joint Declaration on Strategic Partnership",
    "Free Trade Agreement",
)
PARTNERSHIP_LEVELS = ("Strategic Partnership", "Comprehensive Partnership", "Comprehensive Strategic Partnership")
AGENCIES = ("Vietnam News Agency", "Xinhua", "TASS", "Reuters", "Agence France-Presse", "Kyodo", "Press Trust of India", "Anadolu Agency")
TOPICS = ("trade and investment", "energy security", "education", "defence cooperation", "climate change", "digital transformation",
          "tourism", "agriculture", "infrastructure", "public health", "maritime security", "culture and people-to-people exchanges")
QUOTES = (
    "Our two countries share a long history of friendship and mutual trust",
    "This visit opens a new chapter in our bilateral relations",
    "We are ready to deepen cooperation in {topic}",
    "The agreements signed today will bring tangible benefits to our peoples",
    "We support a peaceful settlement of disputes on the basis of international law",
    "Bilateral trade can reach US${billions} billion by {year}",
)
FILLER = (
    "Bilateral trade between the two countries reached US${billions} billion last year, according to official figures.",
    "The two sides reviewed cooperation in {topic} and agreed to expand exchanges at all levels.",
    "Both leaders exchanged views on regional and international issues of mutual concern.",
    "The talks took place in a friendly and constructive atmosphere.",
    "Observers noted that relations between the two countries have grown steadily over the past decade",
    "A business forum held on the sidelines of the visit drew more than {hundreds} companies.",
    "The delegation also laid a wreath at the national monument and toured an industrial park.",
    "Officials said working groups would follow up on the outcomes of the talks in the coming months.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class Person:
    name: str
    office: str
    country: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class SyntheticArticle:
    """One generated article, its publication date and the facts it states (rough gold)."""

    date: dt.date
    title: str
    text: str
    facts: list[dict[str, str]] = field(default_factory=list)

    def as_txt(self) -> str:
        return f"date {self.date.isoformat()}\n{self.title}\n\n{self.text}\n"

    def as_json(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "title": self.title, "text": self.text}

    @property
    def words(self) -> int:
        return len(self.as_txt().split())


class Cast:
    """The office holders of every country, fixed by the seed so articles share people."""

    def __init__(self, rng: random.Random) -> None:
        self.people: dict[tuple[str, str], Person] = {}
        used: set[str] = set()
        for country, _capital, _demonym, region, _blocs in COUNTRIES:
            firsts, lasts = NAMES[region]
            for office in OFFICES:
                for _ in range(50):
                    name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
                    if name not in used:
                        break
                used.add(name)
                self.people[(country, office)] = Person(name, office, country)

    def holder(self, country: str, office: str) -> Person:
        return self.people[(country, office)]


def _day(date: dt.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def _with_article(bloc: str) -> str:
    """``the European Union`` but ``ASEAN``, ``NATO``, ``Mercosur``."""
    return bloc if bloc.split()[0].isupper() or bloc in ("Mercosur", "G7", "G20") else f"the {bloc}"


def _office_in(person: Person, demonym: str) -> str:
    if person.office == "Ambassador":
        return "Ambassador"
    return f"{demonym} {person.office}"


class ArticleWriter:
    """Writes one article from a random bilateral encounter."""

    def __init__(self, rng: random.Random, cast: Cast) -> None:
        self.rng = rng
        self.cast = cast

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(topic=rng.choice(TOPICS), billions=rng.randint(2, 180), hundreds=rng.randint(1, 9) * 100,
                               year=rng.randint(2026, 2035))

    def article(self, date: dt.date) -> SyntheticArticle:
        rng = self.rng
        (guest_country, _gcap, guest_dem, _gr, guest_blocs), (host_country, host_capital, host_dem, _hr, host_blocs) = rng.sample(COUNTRIES, 2)
        office = rng.choice(("President", "Prime Minister", "Minister of Foreign Affairs"))
        guest = self.cast.holder(guest_country, office)
        host = self.cast.holder(host_country, office)
        host_leader = self.cast.holder(host_country, rng.choice(("President", "Prime Minister")))
        kind = rng.choice(VISIT_KINDS)
        days = rng.choice((1, 2, 2, 3, 4))
        start = date - dt.timedelta(days=rng.randint(0, 3))
        end = start + dt.timedelta(days=days - 1)
        facts: list[dict[str, str]] = []
        sentences: list[str] = []

        span = _day(start) if days == 1 else f"{start.day} to {_day(end)}" if start.month == end.month else f"{_day(start)} to {_day(end)}"
        sentences.append(
            f"{guest_dem} {office} {guest.name} paid a{'n' if kind[0] in 'ao' else ''} {kind} visit to {host_country} "
            f"from {span}, at the invitation of {_office_in(host_leader, host_dem)} {host_leader.name}."
            if days > 1 else
            f"{guest_dem} {office} {guest.name} paid a{'n' if kind[0] in 'ao' else ''} {kind} visit to {host_country} on {span} "
            f"at the invitation of {_office_in(host_leader, host_dem)} {host_leader.name}."
        )
        when = start.isoformat() + ("" if days == 1 else "/" + end.isoformat())
        facts += [
            {"type": "VISITED", "source": guest.name, "target": host_country, "date": when, "kind": kind},
            {"type": "INVITED", "source": host_leader.name, "target": guest.name, "date": start.isoformat()},
            {"type": "HOLDS_OFFICE", "source": guest.name, "target": guest_country, "title": office},
        ]
        sentences.append(f"{guest.surname} held talks with {host.name} in {host_capital} on {_day(start)}.")
        facts.append({"type": "MET", "source": guest.surname, "target": host.name, "date": start.isoformat()})
        body = [self._signing, self._statement, self._reported_statement, self._partnership, self._membership,
                self._ambassador, self._invitation_back]
        rng.shuffle(body)
        context = (guest, host, guest_country, host_country, host_capital, guest_dem, host_dem, guest_blocs, host_blocs, start)
        for part in body[: rng.randint(3, len(body))]:
            sentences += part(context, facts)
            if rng.random() < 0.7:
                sentences.append(self.fill(rng.choice(FILLER)).rstrip(".") + ".")
        paragraphs, current = [], []
        for sentence in sentences:
            current.append(sentence)
            if len(current) >= rng.randint(1, 3):
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        title = f"{guest_dem} {office} {guest.surname} pays {kind} visit to {host_country}"
        return SyntheticArticle(date=date, title=title, text="\n\n".join(paragraphs), facts=facts)

    # --- article parts: each returns sentences and appends the facts they state -------------

    def _signing(self, ctx, facts) -> list[str]:
        guest, host, gc, hc, capital, *_rest, start = ctx
        treaty = self.rng.choice(AGREEMENTS)
        facts.append({"type": "SIGNED", "source": gc, "target": treaty, "date": start.isoformat()})
        facts.append({"type": "SIGNED", "source": hc, "target": treaty, "date": start.isoformat()})
        return [f"Following the talks, the two sides signed the {treaty} between {gc} and {hc}.",
                f"The document was signed in {capital} in the presence of both {guest.office.lower()}s."]

    def _statement(self, ctx, facts) -> list[str]:
        guest, host, gc, hc, *_rest, start = ctx
        speaker = self.rng.choice((guest, host))
        quote = self.fill(self.rng.choice(QUOTES))
        about = hc if speaker is guest else gc
        facts.append({"type": "STATED", "source": speaker.name, "target": about, "date": start.isoformat(), "quote": quote})
        follow = self.fill(self.rng.choice(QUOTES))
        return [f"\u201c{quote},\u201d {speaker.surname} told a joint press conference.",
                f"He added: \u201c{follow}.\u201d"]

    def _reported_statement(self, ctx, facts) -> list[str]:
        guest, host, gc, hc, _capital, gdem, hdem, *_rest, start = ctx
        agency = self.rng.choice(AGENCIES)
        topic = self.rng.choice(TOPICS)
        facts.append({"type": "STATED", "source": host.name, "target": gc, "date": start.isoformat(), "medium": agency})
        return [f"In an interview with {agency}, {hdem} {host.office} {host.name} said that {hc} considers {gc} "
                f"an important partner in {topic}."]

    def _partnership(self, ctx, facts) -> list[str]:
        _g, _h, gc, hc, *_rest, start = ctx
        level = self.rng.choice(PARTNERSHIP_LEVELS)
        since = start.year - self.rng.randint(0, 15)
        facts.append({"type": "PARTNERSHIP", "source": gc, "target": hc, "date": str(since), "level": level})
        if since == start.year:
            return [f"The two countries agreed to upgrade their relations to a {level}."]
        return [f"{gc} and {hc} established a {level} in {since}."]

    def _membership(self, ctx, facts) -> list[str]:
        _g, _h, gc, hc, *_rest, guest_blocs, host_blocs, _start = ctx
        out = []
        for country, blocs in ((gc, guest_blocs), (hc, host_blocs)):
            if blocs:
                bloc = self.rng.choice(blocs)
                facts.append({"type": "MEMBER_OF", "source": country, "target": bloc})
                out.append(f"{country} is a member of {_with_article(bloc)}.")
        return out

    def _ambassador(self, ctx, facts) -> list[str]:
        guest, _h, gc, hc, capital, gdem, *_rest, start = ctx
        envoy = self.cast.holder(gc, "Ambassador")
        facts.append({"type": "HOLDS_OFFICE", "source": envoy.name, "target": gc, "title": f"Ambassador to {hc}"})
        facts.append({"type": "STATED", "source": envoy.name, "target": hc, "date": start.isoformat()})
        topic = self.rng.choice(TOPICS)
        return [f"{gdem} Ambassador to {hc} {envoy.name} said the visit would give new impetus to cooperation in {topic}.",
                f"According to the ambassador, both sides see great potential in {self.rng.choice(TOPICS)}."]

    def _invitation_back(self, ctx, facts) -> list[str]:
        guest, host, gc, hc, *_rest, start = ctx
        facts.append({"type": "INVITED", "source": guest.name, "target": host.name, "date": start.isoformat()})
        return [f"{guest.surname} invited {host.name} to visit {gc} at a convenient time, and the invitation was accepted with pleasure."]


def generate_corpus(articles: int, seed: int = 7, start: dt.date = dt.date(2015, 1, 1)) -> Iterator[SyntheticArticle]:
    """``articles`` articles, identical for the same seed, dated across roughly ten years."""
    rng = random.Random(seed)
    writer = ArticleWriter(rng, Cast(rng))
    for _ in range(articles):
        yield writer.article(start + dt.timedelta(days=rng.randint(0, 3650)))


def write_corpus(out: Path, articles: int, seed: int = 7, jsonl: bool = False) -> tuple[list[Path], int]:
    """Write the corpus as ``.txt`` files (or one ``corpus.jsonl``); return the paths and word count."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    if jsonl:
        path = out / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for article in generate_corpus(articles, seed):
                words += article.words
                handle.write(json.dumps(article.as_json(), ensure_ascii=False) + "\n")
        return [path], words
    paths = []
    width = max(5, len(str(articles)))
    for number, article in enumerate(generate_corpus(articles, seed)):
        path = out / f"article-{number:0{width}d}.txt"
        path.write_text(article.as_txt(), encoding="utf-8")
        words += article.words
        paths.append(path)
    return paths, words


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--jsonl", action="store_true", help="write one corpus.jsonl instead of .txt files")
    parser.add_argument("--facts", type=Path, help="also write what each article states to this file (keep it outside --out)")
    args = parser.parse_args(argv)
    paths, words = write_corpus(args.out, args.articles, args.seed, args.jsonl)
    if args.facts:
        with args.facts.open("w", encoding="utf-8") as handle:
            for number, article in enumerate(generate_corpus(args.articles, args.seed)):
                handle.write(json.dumps({"article": number, "facts": article.facts}, ensure_ascii=False) + "\n")
    print(f"wrote {args.articles} articles ({words} words) to {args.out}")


if __name__ == "__main__":
    main()
