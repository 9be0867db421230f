"""Extraction on sentences written for these tests (not from the seeds): what an analyst
would see in the graph for ordinary diplomatic news prose."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.loaders.documents import make_document
from diplograph.loaders.extract import extract_document, extract_documents


def graph_of(text: str, date: dt.date | None = dt.date(2023, 3, 1), path: str = "test.txt"):
    return extract_document(make_document(text, path=path, date=date))


def edges(graph, type_):
    names = {n.id: n.name for n in graph.nodes()}
    return [(names[e.source], names[e.target], e) for e in graph.edges(type=type_)]


def test_state_visit_with_a_date_range_and_an_invitation():
    g = graph_of(
        "At the invitation of Prime Minister Fumio Kishida, President Joko Widodo will pay a state visit to Japan "
        "from March 3 to 5, 2023."
    )
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.kind) == ("Joko Widodo", "Japan", "state")
    assert visit.date.iso == "2023-03-03/2023-03-05" and visit.cameo == "042"
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Fumio Kishida", "Joko Widodo")]


def test_every_evidence_span_slices_the_document_to_its_text():
    text = (
        "Kenyan Foreign Minister Jane Mwangi met with Ghanaian Foreign Minister Kofi Mensah on June 2, 2022.\n"
        "Mr. Mensah said that Ghana and Kenya would deepen trade ties."
    )
    document = make_document(text, path="ghana.txt")
    g = extract_document(document)
    assert g.edges(type="MET") and g.edges(type="STATED")
    for edge in g.iter_edges():
        for evidence in edge.evidence:
            assert document.text[evidence.start_char:evidence.end_char] == evidence.text
            assert evidence.doc_id == document.id


def test_meeting_offices_and_a_surname_resolved_to_the_full_name():
    g = graph_of(
        "Kenyan Foreign Minister Jane Mwangi met with Ghanaian Foreign Minister Kofi Mensah on June 2, 2022. "
        "Mr. Mensah said that Ghana and Kenya would deepen trade ties."
    )
    (a, b, met), = edges(g, "MET")
    assert {a, b} == {"Jane Mwangi", "Kofi Mensah"} and met.date.iso == "2022-06-02"
    offices = {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}
    assert offices == {("Jane Mwangi", "Kenya", "Foreign Minister"), ("Kofi Mensah", "Ghana", "Foreign Minister")}
    (speaker, about, stated), = edges(g, "STATED")
    assert speaker == "Kofi Mensah" and about == "Kenya"
    assert stated.quote.startswith("Ghana and Kenya would deepen")
    assert [p.name for p in g.nodes("Person")] == ["Jane Mwangi", "Kofi Mensah"]


def test_establishing_diplomatic_relations_is_a_dated_recognition():
    g = graph_of("On May 12, 1998, Chile established diplomatic relations with Mongolia.")
    (a, b, rec), = edges(g, "RECOGNIZED")
    assert (a, b, rec.date.iso, rec.kind, rec.cameo) == ("Chile", "Mongolia", "1998-05-12", "diplomatic_relations", "054")


def test_the_two_countries_sign_and_upgrade_their_partnership():
    g = graph_of(
        "Relations between Kazakhstan and Mongolia have grown steadily. "
        "In 2015, the two countries signed the Treaty on Good-Neighbourly Relations and Cooperation. "
        "The relationship was upgraded to a Comprehensive Strategic Partnership in 2019."
    )
    signed = {(a, b) for a, b, _ in edges(g, "SIGNED")}
    assert signed == {("Kazakhstan", "Treaty on Good-Neighbourly Relations and Cooperation"),
                      ("Mongolia", "Treaty on Good-Neighbourly Relations and Cooperation")}
    assert all(e.date.iso == "2015" and e.date.precision == "year" for _, _, e in edges(g, "SIGNED"))
    (a, b, partnership), = edges(g, "PARTNERSHIP")
    assert {a, b} == {"Kazakhstan", "Mongolia"}
    assert (partnership.level, partnership.date.iso) == ("Comprehensive Strategic Partnership", "2019")


def test_an_expert_her_institute_and_pronoun_and_description_mentions():
    g = graph_of(
        "Anna Petrova, a senior researcher at the Institute of World Economy, said that Brazil remains a key partner. "
        "She added that Argentina is also important. "
        "According to the researcher, Chile could join later."
    )
    (person, org, affiliation), = edges(g, "AFFILIATED_WITH")
    assert (person, org, affiliation.title) == ("Anna Petrova", "Institute of World Economy", "senior researcher")
    stated = sorted((a, b) for a, b, _ in edges(g, "STATED"))
    assert stated == [("Anna Petrova", "Argentina"), ("Anna Petrova", "Brazil"), ("Anna Petrova", "Chile")]


def test_membership_and_succession():
    g = graph_of("Indonesia is a founding member of ASEAN. Serbia, the successor state of Yugoslavia, joined the talks.")
    assert [(a, b) for a, b, _ in edges(g, "MEMBER_OF")] == [("Indonesia", "Association of Southeast Asian Nations")]
    assert [(a, b) for a, b, _ in edges(g, "SUCCEEDED")] == [("Serbia", "Yugoslavia")]
    yugoslavia = g.find("Yugoslavia")
    assert yugoslavia.historical and yugoslavia.successor == "country:rs"


def test_relative_dates_are_anchored_to_the_article_date():
    g = graph_of("President Lula da Silva arrived in Beijing on Tuesday for a state visit.", date=dt.date(2023, 4, 14))
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host) == ("Lula da Silva", "China")
    assert visit.date.iso == "2023-04-11"


def test_one_person_across_documents_and_treaty_aliases_merged():
    first = make_document(
        "President Emmanuel Macron signed the Agreement on the Promotion and Protection of Investments in Hanoi.", path="a.txt")
    second = make_document(
        "Macron said the Agreement on the Promotion and Protection of Investments and Trade was a milestone for Vietnam.",
        path="b.txt")
    g = extract_documents([first, second])
    assert [p.name for p in g.nodes("Person")] == ["Emmanuel Macron"]
    treaties = g.nodes("Treaty")
    assert len(treaties) == 1 and len(treaties[0].aliases) == 1
    assert {e.type for e in g.edges(source="person:emmanuel-macron")} >= {"SIGNED", "STATED"}


def test_text_without_diplomacy_or_in_another_language_gives_no_events():
    for text in ("Il pleut à Paris depuis trois jours et les cafés sont pleins.", "The weather was mild and the markets calm."):
        g = graph_of(text)
        assert [e for e in g.iter_edges() if e.type != "MENTIONED_IN"] == []


@pytest.mark.parametrize(
    "text, iso",
    [
        ("in July 1955", "1955-07"),
        ("On January 30, 1950,", "1950-01-30"),
        ("from June 19 to 20, 2024", "2024-06-19/2024-06-20"),
        ("on 16th September 2014", "2014-09-16"),
        ("in 2001", "2001"),
        ("on 2024-06-19", "2024-06-19"),  # an ISO day, not the years 2024 to 2006
        ("in the 2009-12 period", "2009/2012"),
    ],
)
def test_dates_keep_their_precision(text, iso):
    from diplograph.loaders.dates import find_dates

    (found,) = find_dates(text)
    assert found.date.iso == iso


@pytest.mark.parametrize(
    "sentence, iso",
    [  # an article of Wednesday, March 1, 2023
        ("Modi visited Egypt on Friday.", "2023-02-24"),
        ("Modi is scheduled to visit Egypt on Friday.", "2023-03-03"),
        ("Li Qiang visited Australia from June 15 to 18.", "2022-06-15/2022-06-18"),
        ("Li Qiang will pay an official visit to Australia from June 15 to 18.", "2023-06-15/2023-06-18"),
        ("Lula travelled to China in April.", "2022-04"),
        ("The upcoming visit of Lula to China in April was announced.", "2023-04"),
        ("Ruto visited Uganda on June 5 and said the two countries will deepen trade ties.", "2022-06-05"),
        ("On Friday, the foreign minister will be on a visit to Berlin.", "2023-03-03"),
        ("On Sunday, she travels to Belize, where she is scheduled to open an embassy.", "2023-03-05"),
        ("On Monday, he met Lavrov in Moscow and will travel to Paris next.", "2023-02-27"),
        ("The minister's trip from Monday to Wednesday will be the first to Japan.", "2023-03-06/2023-03-08"),
        ("He held talks in Tokyo from Monday to Wednesday.", "2023-02-27/2023-03-01"),
        ("The talks on Monday were fruitful, and the leaders will meet again.", "2023-02-27"),
        ("Modi will visit Egypt sometime next week.", "2023-03"),  # a week is told by its month
        ("The minister was appointed on Tuesday last week.", "2023-02-21"),  # that day of the week before, not yesterday
        ("The minister will arrive on Thursday next week.", "2023-03-09"),
    ],
)
def test_partial_dates_of_announcements_look_ahead_and_reports_look_back(sentence, iso):
    from diplograph.loaders.dates import find_dates

    found = find_dates(sentence, dt.date(2023, 3, 1))
    assert [d.date.iso for d in found] == [iso]


def test_a_web_address_holds_no_date():
    from diplograph.loaders.dates import find_dates

    found = find_dates("source https://www.aljazeera.com/news/2022/8/29/venezuela-colombia-restore-ties in 2019")
    assert [d.date.iso for d in found] == ["2019"]


def test_undated_events_take_the_day_the_article_opens_with_not_its_file_lines():
    text = ("date 2011-04-30\nsource https://archive.example.com/2011/04/wen-in-indonesia.html\n\n"
            "Wen builds trust with Indonesia\n\n"
            "Chinese Premier Wen Jiabao promised Indonesia US$19 billion of investment credit yesterday.\n\n"
            "Wen held a singsong with students and met Indonesian President Susilo Bambang Yudhoyono.\n")
    g = graph_of(text, date=None)
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MET")} == {("Susilo Bambang Yudhoyono", "Wen Jiabao", "2011-04-29")}
    # an article opening with a year, or with its own day, keeps the article's date
    for lead in ("Chinese Premier Wen Jiabao said in 2009 that ties matter.", "Chinese Premier Wen Jiabao arrived in Jakarta today."):
        g = graph_of(text.replace("Chinese Premier Wen Jiabao promised Indonesia US$19 billion of investment credit yesterday.",
                                  lead), date=None)
        assert {e.date.iso for a, b, e in edges(g, "MET")} == {"2011-04-30"}


def test_target_years_are_not_event_dates():
    from diplograph.loaders.dates import find_dates

    (found,) = find_dates("to raise trade to US$10 billion by 2025")
    assert found.is_target


def test_two_worker_processes_build_the_same_graph_as_one():
    documents = [
        make_document(f"President Emmanuel Macron met Prime Minister Narendra Modi in New Delhi on May {day}, 2023. "
                      "Macron said India matters.", path=f"{day}.txt")
        for day in range(1, 13)
    ]
    one, two = extract_documents(documents), extract_documents(documents, workers=2)
    assert sorted(e.id for e in one.iter_edges()) == sorted(e.id for e in two.iter_edges())
    assert len(one.edges(type="MET")) == 12
    streamed = extract_documents(iter(documents), workers=2)  # read lazily, batches growing from 4
    assert [e.model_dump() for e in streamed.iter_edges()] == [e.model_dump() for e in one.iter_edges()]


def test_a_counterpart_holds_the_same_office_for_the_other_country():
    g = graph_of("Japanese Foreign Minister Yoko Kamikawa held talks with her Philippine counterpart Enrique Manalo in Tokyo.")
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Enrique Manalo", "Yoko Kamikawa")}
    offices = {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}
    assert ("Enrique Manalo", "Philippines", "Foreign Minister") in offices


def test_a_treaty_signed_in_a_relative_clause_by_the_two_countries():
    g = graph_of(
        "Relations between Japan and the Philippines are warm. "
        "The ministers discussed the Reciprocal Access Agreement, which the two countries signed in July 2024."
    )
    signed = {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")}
    assert signed == {("Japan", "Reciprocal Access Agreement", "2024-07"), ("Philippines", "Reciprocal Access Agreement", "2024-07")}


def test_a_place_dateline_dates_the_article_and_both_members_of_a_bloc():
    document = make_document(
        "Brasilia, 12 May 2023 - South African President Cyril Ramaphosa arrived in Brasilia on Wednesday "
        "for a three-day state visit to Brazil.\nLula told reporters that Brazil and South Africa, both founding "
        "members of BRICS, would coordinate their positions.",
        path="brics.txt",
    )
    assert str(document.date) == "2023-05-12"
    g = extract_document(document)
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.kind, visit.date.iso) == ("Cyril Ramaphosa", "Brazil", "state", "2023-05-10/2023-05-12")
    assert {(a, b) for a, b, _ in edges(g, "MEMBER_OF")} == {("Brazil", "BRICS"), ("South Africa", "BRICS")}


def test_hyphenated_names_and_relations_established_by_the_two_countries():
    g = graph_of(
        "German Chancellor Olaf Scholz met Kazakh President Kassym-Jomart Tokayev in Astana. "
        "The two countries established diplomatic relations on February 11, 1992."
    )
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Kassym-Jomart Tokayev", "Olaf Scholz")}
    (a, b, rec), = edges(g, "RECOGNIZED")
    assert {a, b} == {"Germany", "Kazakhstan"} and rec.date.iso == "1992-02-11"


def test_an_ambassador_serves_the_sending_state_not_the_host():
    g = graph_of(
        "Vietnamese Ambassador to Cuba Le Quang Long attended a ceremony in Havana. "
        "Ambassador Long affirmed that Vietnam always treasures the solidarity with Cuba."
    )
    assert [(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")] == [("Le Quang Long", "Vietnam")]
    assert [(p, c) for p, c, _ in edges(g, "STATED")] == [("Le Quang Long", "Cuba")]
    unnamed = graph_of("Ambassador to Cuba Maria Gomez attended a ceremony in Havana.")
    assert edges(unnamed, "HOLDS_OFFICE") == []  # whose ambassador is not said


def test_a_quote_split_from_its_opening_mark_keeps_the_words_said():
    g = graph_of('Kazakh President Kassym-Jomart Tokayev said Kazakhstan was ready to help Germany. '
                 '"We see Germany as a reliable partner," he told a news conference.')
    quotes = {e.quote for _, _, e in edges(g, "STATED")}
    assert "We see Germany as a reliable partner" in quotes


def test_arabic_name_particles_and_a_ministers_statement_about_the_other_capital():
    g = graph_of(
        "Egyptian President Abdel Fattah al-Sisi received Saudi Crown Prince Mohammed bin Salman in Cairo on June 20, 2022. "
        "Egypt's foreign minister Sameh Shoukry told reporters that relations between Cairo and Riyadh were \"stronger than ever\"."
    )
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Abdel Fattah al-Sisi", "Mohammed bin Salman")}
    (speaker, about, stated), = edges(g, "STATED")
    assert (speaker, about) == ("Sameh Shoukry", "Saudi Arabia")
    assert stated.quote.startswith("relations between Cairo and Riyadh")
    assert ("Sameh Shoukry", "Egypt", "foreign minister") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_talks_with_a_visiting_leader_during_an_announced_visit_are_one_visit():
    document = make_document(
        "BEIJING, April 11, 2023 (Xinhua) -- Chinese President Xi Jinping on April 14 held talks with visiting "
        "Brazilian President Luiz Inacio Lula da Silva in Beijing. "
        "Lula is paying a state visit to China from April 12 to 15 at the invitation of Xi.",
        path="xinhua.txt",
    )
    g = extract_document(document)
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.kind, visit.date.iso) == ("Luiz Inacio Lula da Silva", "China", "state", "2023-04-12/2023-04-15")
    assert len(visit.evidence) == 2
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Xi Jinping", "Luiz Inacio Lula da Silva")]


def test_west_germany_and_its_capital_in_its_years():
    g = graph_of("Soviet President Mikhail Gorbachev arrived in Bonn on June 12, 1989 on his first state visit to West "
                 "Germany. West German Chancellor Helmut Kohl welcomed him.", date=dt.date(1989, 6, 13))
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Mikhail Gorbachev", "West Germany")}
    assert ("Helmut Kohl", "West Germany") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    west = g.node("country:west-germany")
    assert (west.historical, west.successor) == (True, "country:de")
    later = graph_of("Chinese Premier Li Qiang arrived in Bonn on June 12, 2023.", date=dt.date(2023, 6, 13))
    assert {(a, b) for a, b, _ in edges(later, "VISITED")} == {("Li Qiang", "Germany")}


def test_renamed_and_dissolved_states_name_their_successors():
    g = graph_of("Serbia and Montenegro and Ceylon were named.")
    assert {(n.name, n.successor) for n in g.nodes(type="Country")} == {
        ("Serbia and Montenegro", "country:rs"), ("Ceylon", "country:lk")}


@pytest.mark.parametrize("sentence, members", [
    ("The presidents of Kenya, Uganda and Tanzania inaugurated the East African Community on Monday.",
     {"Kenya", "Uganda", "Tanzania"}),  # its founders
    ("Laos, which holds the rotating chairmanship of ASEAN, hosted the summit.", {"Laos"}),  # its chair
    ("Indonesia chairs ASEAN this year.", {"Indonesia"}),
    ("Brazil held talks with the European Union.", set()),
])
def test_founders_and_the_chair_of_a_bloc_are_members(sentence, members):
    g = graph_of(sentence)
    assert {a for a, _, _ in edges(g, "MEMBER_OF")} == members


def test_the_two_members_of_a_bloc_are_the_articles_two_states():
    g = graph_of("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. The two "
                 "NATO members came close to a military conflict in 2020.")
    assert {(a, b) for a, b, _ in edges(g, "MEMBER_OF")} == {
        ("Greece", "North Atlantic Treaty Organization"), ("Turkey", "North Atlantic Treaty Organization")}
    other = graph_of("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens. The "
                     "two leaders discussed NATO plans.")
    assert edges(other, "MEMBER_OF") == []


def test_coordinated_leaders_meet_and_an_appositive_membership():
    g = graph_of(
        "Indian Prime Minister Narendra Modi and US President Donald Trump held talks in New Delhi on February 25, 2020. "
        "Turkey, a member of NATO, was not invited."
    )
    (a, b, met), = edges(g, "MET")
    assert {a, b} == {"Narendra Modi", "Donald Trump"} and met.date.iso == "2020-02-25"
    assert [(a, b) for a, b, _ in edges(g, "MEMBER_OF")] == [("Turkey", "North Atlantic Treaty Organization")]


@pytest.mark.parametrize("sentence, dates", [
    ("Egypt and China have had diplomatic relations for nearly 50 years.", [None]),  # held, start not told
    ("Egypt and China have had diplomatic relations since 1956.", ["1956"]),
    ("Vietnam and Russia, which have maintained diplomatic ties since January 30, 1950, signed a pact.", ["1950-01-30"]),
    # 'May 22 of 1964' is a day; relations to be suspended are none
    ("Mongolia and Switzerland established diplomatic relations May 22 of 1964.", ["1964-05-22"]),
    ("An Arab League official said that Syria would ask the Arabs to suspend normalizing ties with Israel.", []),
])
def test_relations_told_as_held_are_relations_dated_by_when_they_began(sentence, dates):
    g = graph_of(sentence, date=dt.date(2004, 1, 29))
    assert [e.date.iso if e.date else None for _, _, e in edges(g, "RECOGNIZED")] == dates


def test_recognition_and_relations_are_two_dated_facts():
    g = graph_of("Germany was among the first states to recognize the independence of Kazakhstan on December 31, 1991, "
                 "and established diplomatic relations with it on February 11, 1992.")
    facts = {(a, b, e.kind, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")}
    assert ("Germany", "Kazakhstan", "recognition", "1991-12-31") in facts
    assert any(kind == "diplomatic_relations" and iso == "1992-02-11" for _, _, kind, iso in facts)


def test_signers_listed_across_a_relative_clause_and_a_possessive_office():
    g = graph_of(
        "Australia's Deputy Prime Minister Richard Marles met Indonesian Defence Minister Prabowo Subianto on August 29, 2024. "
        "The Defence Cooperation Agreement was signed in Canberra on Thursday by Marles, who is also Defence Minister, "
        "and his Indonesian counterpart, Defence Minister Prabowo Subianto, who will succeed President Joko Widodo."
    )
    signers = {a for a, b, _ in edges(g, "SIGNED")}
    assert signers == {"Richard Marles", "Prabowo Subianto"}
    assert ("Richard Marles", "Australia", "Deputy Prime Minister") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_a_guest_thanking_the_host_for_the_invitation():
    g = graph_of("German Chancellor Olaf Scholz met Kazakh President Kassym-Jomart Tokayev in Astana. "
                 "Scholz thanked Tokayev for the invitation.")
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Kassym-Jomart Tokayev", "Olaf Scholz")]


def test_news_agency_style_receptions_and_consultations():
    g = graph_of(
        "Prime Minister Pham Minh Chinh on June 20 received Russian President Vladimir Putin, who is on a State visit to Vietnam. "
        "Earlier the same day, President To Lam hosted an official welcome ceremony for the Russian leader. "
        "Deputy Foreign Minister Nguyen Minh Vu held political consultations with Russian Deputy Foreign Minister "
        "Andrey Rudenko in Moscow.",
        date=dt.date(2024, 6, 21),
    )
    assert {(a, b, e.kind) for a, b, e in edges(g, "VISITED")} == {
        ("Vladimir Putin", "Vietnam", "state"), ("Nguyen Minh Vu", "Russia", "other")}  # consultations held in Moscow
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(p) for p in [("Pham Minh Chinh", "Vladimir Putin"), ("To Lam", "Vladimir Putin"),
                                           ("Nguyen Minh Vu", "Andrey Rudenko")]}
    assert {e.date.iso for _, _, e in edges(g, "MET") if e.source == "person:pham-minh-chinh" or e.target == "person:pham-minh-chinh"} == {"2024-06-20"}


def test_a_statement_keeps_where_it_was_made_and_the_quote():
    g = graph_of("In July 1955, President Ho Chi Minh of Vietnam made an official visit to the Soviet Union. "
                 "On July 18, 1955, speaking at the airport before leaving Moscow, he said in Russian: "
                 "“Our hearts are always together with the Soviet people.”")
    (speaker, about, stated), = edges(g, "STATED")
    assert (speaker, about, stated.date.iso) == ("Ho Chi Minh", "Soviet Union", "1955-07-18")
    assert stated.place == "airport before leaving Moscow"
    assert "Our hearts are always together" in stated.quote


def test_the_two_leaders_speak_and_meet_as_the_two_people_last_named():
    g = graph_of(
        "US President Donald Trump met Indian Prime Minister Narendra Modi in New Delhi on February 25, 2020. "
        "According to the joint statement, the two leaders said they looked forward to the early conclusion of the "
        "Basic Exchange and Cooperation Agreement."
    )
    stated = {(a, b) for a, b, _ in edges(g, "STATED")}
    assert stated == {("Donald Trump", "Basic Exchange and Cooperation Agreement"),
                      ("Narendra Modi", "Basic Exchange and Cooperation Agreement")}


def test_both_countries_members_of_listed_blocs_and_two_ministers_in_a_capital():
    g = graph_of(
        "South Africa and Brazil elevated their relations to a Strategic Partnership in 2010, and both countries are "
        "members of BRICS, IBSA and the G20. "
        "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara were in Manila on Monday for talks.",
        date=dt.date(2024, 7, 9),
    )
    members = {(a, b) for a, b, _ in edges(g, "MEMBER_OF")}
    assert members == {(c, b) for c in ("South Africa", "Brazil") for b in ("BRICS", "IBSA Dialogue Forum", "Group of Twenty")}
    visits = {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Yoko Kamikawa", "Philippines", "2024-07-08"), ("Minoru Kihara", "Philippines", "2024-07-08")}


def test_press_release_initials_calls_and_relative_invitations():
    g = graph_of(
        "The Minister of External Affairs, Dr. S. Jaishankar, paid an official visit to Singapore from 14 to 16 March 2024. "
        "During the visit, he called on Prime Minister Lee Hsien Loong and held talks with Foreign Minister Vivian Balakrishnan. "
        "Dr. Jaishankar also met Senior Minister Tharman Shanmugaratnam, who invited him to attend the Singapore Dialogue."
    )
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("S. Jaishankar", "Singapore", "2024-03-14/2024-03-16")]
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(("S. Jaishankar", other)) for other in ("Lee Hsien Loong", "Vivian Balakrishnan", "Tharman Shanmugaratnam")}
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Tharman Shanmugaratnam", "S. Jaishankar")]


def test_wire_quotes_unnamed_sources_and_a_declaration_signed_by_the_two_leaders():
    g = graph_of(
        "Turkish President Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis agreed to improve ties. "
        "\"There is no problem between us that cannot be solved,\" Erdogan told a joint news conference. "
        "The Athens Declaration on Friendly Relations was signed by the two leaders. "
        "Greek Foreign Minister Giorgos Gerapetritis will travel to Ankara next month, officials said."
    )
    (speaker, about, stated), = edges(g, "STATED")  # 'officials said' has no person speaker
    assert (speaker, about, stated.quote) == ("Tayyip Erdogan", "Greece", "There is no problem between us that cannot be solved")
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"Tayyip Erdogan", "Kyriakos Mitsotakis"}
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Giorgos Gerapetritis", "Turkey")]


def test_two_heads_of_an_institution_meet_a_prime_minister():
    g = graph_of(
        "Tokyo, 13 July 2023 – European Council President Charles Michel and European Commission President "
        "Ursula von der Leyen met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. "
        "Von der Leyen said Japan was one of the EU's closest partners. "
        "State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister of Cambodia Prak Sokhonn in Beijing."
    )
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(("Charles Michel", "Fumio Kishida")), frozenset(("Ursula von der Leyen", "Fumio Kishida")),
                   frozenset(("Wang Yi", "Prak Sokhonn"))}
    assert ("Ursula von der Leyen", "European Commission", "President") in {(p, o, e.title) for p, o, e in edges(g, "HOLDS_OFFICE")}
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == [("Ursula von der Leyen", "Japan")]


def test_a_companion_named_with_the_visitor_visits_too_but_was_not_invited():
    g = graph_of(
        "President Xi Jinping, accompanied by Madam Peng Liyuan, arrived today in Sri Lanka on a two day State visit, "
        "at the invitation of President Mahinda Rajapaksa.",
        date=dt.date(2014, 9, 16),
    )
    visits = {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Xi Jinping", "Sri Lanka", "2014-09-16/2014-09-17"), ("Peng Liyuan", "Sri Lanka", "2014-09-16/2014-09-17")}
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Mahinda Rajapaksa", "Xi Jinping")]


def test_congratulatory_messages_and_co_chaired_meetings():
    g = graph_of(
        "On the occasion of Vietnam's 78th National Day, Cuban President Miguel Díaz-Canel sent a congratulatory "
        "message to President Vo Van Thuong. "
        "Vietnamese Prime Minister Pham Minh Chinh and his Lao counterpart Sonexay Siphandone co-chaired the 46th meeting "
        "of the Vietnam-Laos Intergovernmental Committee in Vientiane on January 8, 2024.",
        date=dt.date(2023, 9, 2),
    )
    assert [(a, b, e.medium) for a, b, e in edges(g, "STATED")] == [("Miguel Díaz-Canel", "Vietnam", "message")]
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "MET")] == [({"Pham Minh Chinh", "Sonexay Siphandone"}, "2024-01-08")]


def test_one_trip_named_twice_and_strategic_partners_since_a_year():
    g = graph_of(
        "Indonesian President Prabowo Subianto and Vietnamese Party General Secretary To Lam agreed on Monday to elevate "
        "relations to a comprehensive strategic partnership during Lam's state visit to Jakarta. "
        "Lam, who is making his first trip to Indonesia since becoming party chief, also addressed the parliament. "
        "Indonesia and Vietnam established diplomatic ties in 1955 and became strategic partners in 2013.",
        date=dt.date(2025, 3, 10),
    )
    assert [(a, b, e.kind) for a, b, e in edges(g, "VISITED")] == [("To Lam", "Indonesia", "state")]
    levels = {(e.level, e.date.iso) for _, _, e in edges(g, "PARTNERSHIP")}
    assert levels == {("Comprehensive Strategic Partnership", "2025-03-10"), ("Strategic Partnership", "2013")}
    assert ("To Lam", "Vietnam", "General Secretary") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_extraction_leaves_no_cycles_and_restores_the_collector():
    """Extraction pauses the cycle collector for speed; that is only safe while it makes no
    reference cycles, and the collector must be back on afterwards."""
    import gc
    from pathlib import Path

    from diplograph.loaders.documents import read_paths

    root = Path(__file__).resolve().parent
    documents, _ = read_paths([root.parent / "seeds", root / "fixtures" / "dev-articles"])
    gc.collect()
    graph = extract_documents(documents)
    assert graph.edges(type="VISITED")
    assert gc.isenabled()
    assert gc.collect() == 0


def test_the_four_ministers_are_the_ministers_not_the_president_they_called_on():
    g = graph_of(
        "Foreign Minister Ana Costa and Defence Minister Rui Matos of Portugal held talks in Rabat with Foreign "
        "Minister Karim Alaoui and Defence Secretary Samir Idrissi of Morocco. The Portuguese ministers later paid "
        "a courtesy call on President Omar Benali. "
        "In a joint statement, the four ministers expressed concern over the situation in Libya."
    )
    speakers = sorted(a for a, b, _ in edges(g, "STATED") if b == "Libya")
    assert speakers == ["Ana Costa", "Karim Alaoui", "Rui Matos", "Samir Idrissi"]


def test_ministers_of_any_portfolio_are_people_with_that_office():
    g = graph_of(
        "Chilean Minister of Industry Pablo Rojas visited Peru on May 2, 2023, and met Health Secretary Maria Lopez "
        "and Minister of Energy and Mines Luis Vega."
    )
    titles = {p.name: p.titles for p in g.nodes("Person")}
    assert titles == {"Pablo Rojas": ["Minister of Industry"], "Maria Lopez": ["Health Secretary"],
                      "Luis Vega": ["Minister of Energy and Mines"]}
    # the hosts the visitor met serve the country visited
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Pablo Rojas", "Chile", "Minister of Industry"), ("Maria Lopez", "Peru", "Health Secretary"),
        ("Luis Vega", "Peru", "Minister of Energy and Mines")}
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Pablo Rojas", "Peru")}
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("Maria Lopez", "Pablo Rojas"), ("Luis Vega", "Pablo Rojas")}


def test_a_counterpart_named_between_commas_is_a_person_with_the_same_office():
    g = graph_of(
        "Saudi Foreign Minister Faisal bin Farhan received his Iranian counterpart, Abbas Araghchi, in Riyadh on "
        "Wednesday. The minister, Araghchi said, was pleased with the talks."
    )
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert offices == {("Faisal bin Farhan", "Saudi Arabia", "Foreign Minister"),
                       ("Abbas Araghchi", "Iran", "Foreign Minister")}
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Abbas Araghchi", "Faisal bin Farhan", "2023-03-01")]


def test_the_united_states_is_not_a_speech_verb():
    visit = "Prime Minister Narendra Modi arrived in Washington on Wednesday on a four-day state visit to the United States."
    g = graph_of(visit)
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Narendra Modi", "United States")]
    assert edges(g, "STATED") == []
    g = graph_of(visit + " Modi states that India is ready to expand defence ties.")  # the verb, in lower case
    assert [(a, b, e.evidence[0].sentence) for a, b, e in edges(g, "STATED")] == [("Narendra Modi", "India", 1)]


@pytest.mark.parametrize(
    "sentence, member, bloc, iso",
    [
        ("Finland became NATO's 31st member on April 4, 2023.", "Finland", "North Atlantic Treaty Organization", "2023-04-04"),
        ("East Timor was admitted as ASEAN's 11th member in October 2025.", "Timor-Leste",
         "Association of Southeast Asian Nations", "2025-10"),
        ("Sweden became the 32nd member of NATO on March 7, 2024.", "Sweden", "North Atlantic Treaty Organization", "2024-03-07"),
        ("Morocco rejoined the African Union in January 2017.", "Morocco", "African Union", "2017-01"),
        ("Timor-Leste was admitted to ASEAN as its 11th member in October 2025.", "Timor-Leste",
         "Association of Southeast Asian Nations", "2025-10"),
        ("The African Union became a permanent member of the G20 in September 2023.", "African Union", "Group of Twenty",
         "2023-09"),
        ("Finland, long a neutral country, joined NATO in April 2023.", "Finland", "North Atlantic Treaty Organization",
         "2023-04"),  # the subject before a clause set off by commas
    ],
)
def test_a_country_or_bloc_becoming_a_member_by_rank_rejoining_or_admission(sentence, member, bloc, iso):
    assert [(a, b, e.date.iso) for a, b, e in edges(graph_of(sentence), "MEMBER_OF")] == [(member, bloc, iso)]


def test_phone_calls_are_meetings_and_us_before_a_title_is_the_country():
    g = graph_of("Mexican President Claudia Sheinbaum spoke by phone with US President Donald Trump on Monday. "
                 "Prime Minister Anthony Albanese phoned New Zealand Prime Minister Chris Hipkins on Tuesday.")
    met = {(tuple(sorted((a, b))), e.date.iso) for a, b, e in edges(g, "MET")}
    assert met == {(("Claudia Sheinbaum", "Donald Trump"), "2023-02-27"), (("Anthony Albanese", "Chris Hipkins"), "2023-02-28")}
    assert ("Donald Trump", "United States") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


@pytest.mark.parametrize(
    "sentence, stated, visited",
    [
        # the ministry speaks, not the last person named before it
        ("Foreign Minister Wang Yi will travel to Russia for talks with his Russian counterpart Sergei Lavrov, "
         "the Chinese foreign ministry said on Monday.", set(), {("Wang Yi", "Russia")}),
        ("Russian Foreign Minister Sergei Lavrov criticised the European Union's sanctions.",
         {("Sergei Lavrov", "European Union")}, set()),
        ("Putin, the Kremlin said, will visit China.", set(), set()),  # the Kremlin is no person
        # the visitor is the subject of the reported clause, not the spokesman
        ("Kremlin spokesman Dmitry Peskov said Vladimir Putin would visit China.",
         {("Dmitry Peskov", "China")}, {("Vladimir Putin", "China")}),
    ],
)
def test_who_speaks_and_who_travels_in_reported_news(sentence, stated, visited):
    g = graph_of(sentence)
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == stated
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == visited


def test_the_guest_of_a_relative_clause_is_the_visitor():
    g = graph_of("President Xi Jinping held talks with Hungarian Prime Minister Viktor Orbán, who is in China for the "
                 "Belt and Road Forum, in Beijing on Wednesday. Vietnamese President To Lam received Chilean President "
                 "Gabriel Boric, who arrived in Hanoi on Sunday.")
    visits = {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Viktor Orbán", "China", "2023-03-01"), ("Gabriel Boric", "Vietnam", "2023-02-26")}


def test_each_clause_keeps_its_own_recognition_and_date():
    g = graph_of("Paraguay is one of the few countries that still recognise Taiwan; Brazil established diplomatic "
                 "relations with the People's Republic of China in 1974.")
    recognitions = {(a, b, e.kind, e.date.iso if e.date else None) for a, b, e in edges(g, "RECOGNIZED")}
    assert recognitions == {("Paraguay", "Taiwan", "recognition", None),
                            ("Brazil", "China", "diplomatic_relations", "1974")}


def test_a_date_in_a_relative_clause_dates_only_that_clause():
    g = graph_of("Paraguayan President Santiago Peña met Brazilian President Lula in Brasilia on Friday. "
                 "Peña, who took office in August, was making his first official visit to Brazil.")
    (visit,) = [e for _, _, e in edges(g, "VISITED")]
    assert (visit.date.iso, visit.rule) == ("2023-02-24", "visit-noun+context-date")  # the news day (Friday), not August


def test_a_city_used_as_a_first_name_and_coordinated_signers():
    g = graph_of("Brazilian President Lula and his Paraguayan counterpart Santiago Peña signed the Itaipu Treaty on "
                 "Friday. Bulgarian Foreign Minister Sofia Ramos visited Athens, months after the Paris Peace Accords.")
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == {("Lula", "Itaipu Treaty"), ("Santiago Peña", "Itaipu Treaty")}
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == {("Lula", "Brazil"), ("Santiago Peña", "Paraguay"),
                                                               ("Sofia Ramos", "Bulgaria")}
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Sofia Ramos", "Greece")}
    assert "France" in {n.name for n in g.nodes("Country")}  # Paris in the accords' name stays a place


@pytest.mark.parametrize("sentence, invited", [
    ("Serbian President Aleksandar Vucic said he would ask North Macedonian President Gordana Siljanovska Davkova to pay "
     "a first official visit to Belgrade.", {("Aleksandar Vucic", "Gordana Siljanovska Davkova")}),
    ("Serbian President Aleksandar Vucic asked North Macedonian President Gordana Siljanovska Davkova about the border.",
     set()),
])
def test_asking_someone_to_visit_is_an_invitation(sentence, invited):
    g = graph_of(sentence)
    assert {(a, b) for a, b, _ in edges(g, "INVITED")} == invited
    assert edges(g, "VISITED") == []


def test_an_invitation_to_visit_is_no_visit_and_him_is_the_one_thanked():
    g = graph_of("Armenian Prime Minister Nikol Pashinyan met Kazakh President Kassym-Jomart Tokayev in Astana. "
                 "Pashinyan, for his part, thanked Tokayev for the warm welcome and invited him to pay an official "
                 "visit to Yerevan.")
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Nikol Pashinyan", "Kassym-Jomart Tokayev")]
    # the invitation to Yerevan is no visit; meeting Tokayev in Astana is Pashinyan's
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Nikol Pashinyan", "Kazakhstan")]


@pytest.mark.parametrize(
    "sentence, newer, older, iso",
    [
        ("The Soviet Union was dissolved in December 1991; Russia is recognised as its successor state.",
         "Russia", "Soviet Union", None),
        ("The Democratic Republic of Vietnam was succeeded by the Socialist Republic of Vietnam in 1976.",
         "Vietnam", "Democratic Republic of Vietnam", "1976"),
        ("Two years later the Democratic Republic of Vietnam was renamed the Socialist Republic of Vietnam.",
         "Vietnam", "Democratic Republic of Vietnam", None),
    ],
)
def test_successor_states_named_actively_passively_or_by_renaming(sentence, newer, older, iso):
    found = [(a, b, e.date.iso if e.date else None) for a, b, e in edges(graph_of(sentence), "SUCCEEDED")]
    assert found == [(newer, older, iso)]


def test_full_names_meeting_without_titles_are_people_but_not_a_camp():
    g = graph_of("Mauro Vieira met Diana Mondino in Buenos Aires on April 3. Camp David hosted the talks.")
    assert {p.name for p in g.nodes("Person")} == {"Mauro Vieira", "Diana Mondino"}
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Diana Mondino", "Mauro Vieira", "2022-04-03")]
    g = graph_of("Cuban Prime Minister Fidel Castro arrived in Hanoi on September 12, 1973. During the visit, the "
                 "Cuban leader held talks with Le Duan and Pham Van Dong.")
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Fidel Castro", "Le Duan"), ("Fidel Castro", "Pham Van Dong")}


@pytest.mark.parametrize("text, people, met", [
    # a full name after a state's possessive is a person when it acts or holds an office, not a firm that does business
    ("Rwanda's president, Paul Kagame, and Burundi's Pierre Buyoya attended the inauguration.",
     {"Paul Kagame", "Pierre Buyoya"}, [("Paul Kagame", "Pierre Buyoya")]),
    ("Kenya's Daniel arap Moi is the chairman of the East African Authority.", {"Daniel arap Moi"}, []),
    ("New Zealand's Georgina te Heuheu met Tongan King George Tupou V.", {"Georgina te Heuheu", "George Tupou V"},
     [("George Tupou V", "Georgina te Heuheu")]),
    ("Foreign Minister Javad Zarif held talks with the spokesman for Yemen's Houthi Ansarullah movement, Mohammad "
     "Abdulsalam.", {"Javad Zarif", "Mohammad Abdulsalam"}, [("Javad Zarif", "Mohammad Abdulsalam")]),
    ("India's Tata Sons will invest in Kenya, Qatar's Al Jazeera reported.", set(), []),
    # a list of full names that had talks or a discussion together
    ("Nursultan Nazarbaev, Vladimir Putin and Gurbanguly Berdimuhammedow had a one and a half-hourly tete-a-tete "
     "discussion on transport.", {"Nursultan Nazarbaev", "Vladimir Putin", "Gurbanguly Berdimuhammedow"},
     [("Gurbanguly Berdimuhammedow", "Nursultan Nazarbaev"), ("Gurbanguly Berdimuhammedow", "Vladimir Putin"),
      ("Nursultan Nazarbaev", "Vladimir Putin")]),
    ("Nursultan Nazarbaev, Vladimir Putin and Gurbanguly Berdimuhammedow are on the list.", set(), []),
    # a full name that signs or receives, told in the passive
    ("The non-aggression pact was signed by Joachim von Ribbentrop and Vyacheslav Molotov in Moscow in 1939.",
     {"Joachim von Ribbentrop", "Vyacheslav Molotov"}, [("Joachim von Ribbentrop", "Vyacheslav Molotov")]),
])
def test_untitled_full_names_a_state_owns_or_that_act_are_people(text, people, met):
    g = graph_of(text, date=dt.date(2001, 1, 16))
    assert {p.name for p in g.nodes("Person")} == people
    assert sorted(tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")) == met


def test_a_headline_above_the_news_day_is_dated_by_it():
    g = graph_of("President Paul Biya receives Gabon's President Brice Clotaire Oligui Nguema\n\nGabonese President Brice Clotaire Oligui "
                 "Nguema made an official visit to Cameroon on Wednesday. He was received by President Paul Biya at the "
                 "Unity Palace.", date=dt.date(2023, 12, 7))
    assert [e.date.iso for _, _, e in edges(g, "VISITED")] == ["2023-12-06"]
    assert [(*sorted((a, b)), e.date.iso) for a, b, e in edges(g, "MET")] == [
        ("Brice Clotaire Oligui Nguema", "Paul Biya", "2023-12-06")]  # one meeting, told twice


def test_two_offices_of_one_person_joined_by_and():
    g = graph_of("General Secretary of the Communist Party of Vietnam Central Committee and President To Lam received "
                 "Singaporean Prime Minister Lawrence Wong in Hanoi on Monday. Xi Jinping, General Secretary of the CPC "
                 "Central Committee and Chinese President, met with Lao President Thongloun Sisoulith in Beijing.")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("To Lam", "Communist Party of Vietnam Central Committee", "General Secretary"), ("To Lam", "Vietnam", "President"),
            ("Xi Jinping", "CPC Central Committee", "General Secretary"), ("Xi Jinping", "China", "President")} <= offices
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("To Lam", "Lawrence Wong")),
                                                                 frozenset(("Xi Jinping", "Thongloun Sisoulith"))}


def test_the_title_of_someone_else_is_not_joined_to_the_next_name():
    g = graph_of("Saudi Crown Prince Mohammed bin Salman arrived in Cairo on Monday. The Crown Prince and President "
                 "Abdel Fattah El-Sisi held talks at the palace.")
    assert ("Abdel Fattah El-Sisi", "Crown Prince") not in {(a, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {p.name: p.titles for p in g.nodes("Person")}["Abdel Fattah El-Sisi"] == ["President"]


def test_wire_dateline_reporting_clause_and_a_dated_anniversary():
    text = ("MOSCOW, April 10 (TASS) - Russian Foreign Minister Sergey Lavrov will hold talks with his Turkish "
            "counterpart Hakan Fidan in Moscow on April 12, Foreign Ministry Spokeswoman Maria Zakharova told a "
            "briefing on Wednesday. In 2023, Russia and Turkey marked the 103rd anniversary of the establishment of "
            "diplomatic relations.")
    g = graph_of(text, date=dt.date(2025, 4, 10))
    # the talks' own date, not the dateline's; the spokeswoman reports them, she is not in them
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Hakan Fidan", "Sergey Lavrov", "2025-04-12")]
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [("Russia", "Turkey", "1920")]


def test_a_speaker_with_a_relative_clause_before_the_verb_says_what_follows():
    g = graph_of("Kenyan President William Ruto, who chaired the session on institutional reform, said the African "
                 "Union Commission would be restructured by 2026.")
    (statement,) = [e for _, _, e in edges(g, "STATED")]
    assert statement.quote == "the African Union Commission would be restructured by 2026."


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("African Union leaders on Sunday elected Angolan President Joao Lourenco as chairperson of the African Union.",
         ("Joao Lourenco", "African Union", "Chairperson", "2023-02-26")),
        ("Former Portuguese Prime Minister Antonio Guterres was appointed Secretary-General of the United Nations in "
         "October 2016.", ("Antonio Guterres", "United Nations", "Secretary-General", "2016-10")),
    ],
)
def test_an_election_or_appointment_is_a_dated_office(sentence, office):
    appointed = [(a, b, e.title, e.date.iso) for a, b, e in edges(graph_of(sentence), "HOLDS_OFFICE") if e.rule == "appointed"]
    assert appointed == [office]


def test_an_ambassador_named_to_a_country_does_not_serve_it():
    g = graph_of("Vice Minister Kim Hong-kyun was named ambassador to Germany on Monday.")
    assert [(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE") if b == "Germany"] == []


def test_a_party_role_joined_to_an_office_and_a_visit_looked_forward_to():
    g = graph_of("On March 2, 2023, Member of the Political Bureau of the CPC Central Committee and Director of the "
                 "Office of the Foreign Affairs Commission of the CPC Central Committee Wang Yi held talks with Brazilian "
                 "Foreign Minister Mauro Vieira in Beijing. Mauro Vieira said that Brazil looks forward to President "
                 "Lula's state visit to China.")
    assert [(a, b, e.title) for a, b, e in edges(g, "AFFILIATED_WITH")] == [
        ("Wang Yi", "Political Bureau of the CPC Central Committee", "Member")]
    assert ("Wang Yi", "China") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}  # a party member, no state office
    # a visit looked forward to has not happened (Lula's); talks held in Beijing are the guest's visit
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Mauro Vieira", "China")]


def test_a_meeting_between_a_minister_and_her_counterpart():
    g = graph_of("The meeting between Foreign Minister Penny Wong and her Chinese counterpart Wang Yi took place in "
                 "Canberra on March 20.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Penny Wong", "Wang Yi", "2023-03-20")]


@pytest.mark.parametrize(
    "sentence, level, iso",
    [
        ("China and Kazakhstan are permanent comprehensive strategic partners.", "Permanent Comprehensive Strategic Partnership", None),
        ("Vietnam and Japan have been strategic partners since 2009.", "Strategic Partnership", "2009"),
    ],
)
def test_partners_named_as_such_are_a_partnership(sentence, level, iso):
    (partnership,) = [e for _, _, e in edges(graph_of(sentence), "PARTNERSHIP")]
    assert (partnership.level, partnership.date.iso if partnership.date else None) == (level, iso)


def test_a_stop_on_a_tour_is_a_visit():
    g = graph_of("Japanese Prime Minister Shigeru Ishiba kicked off a tour of Southeast Asia with a stop in Malaysia on "
                 "January 9.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Shigeru Ishiba", "Malaysia", "2023-01-09")]


def test_a_counterpart_named_before_a_title_and_co_signers_of_the_main_pair():
    g = graph_of("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday; Kenya "
                 "and Ethiopia agreed to expand power trade. A Memorandum of Understanding on Energy was signed by Foreign "
                 "Affairs Cabinet Secretary Musalia Mudavadi and his Ethiopian counterpart, Foreign Minister Taye Atske "
                 "Selassie.")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert ("Taye Atske Selassie", "Ethiopia", "Foreign Minister") in offices  # the demonym before the comma
    assert ("Musalia Mudavadi", "Kenya", "Foreign Affairs Cabinet Secretary") in offices  # the other side of the pair


def test_according_to_a_titled_speaker():
    g = graph_of("According to Egyptian Foreign Minister Badr Abdelatty, Cairo and Riyadh agreed to coordinate on Sudan.")
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == {("Badr Abdelatty", "Saudi Arabia"), ("Badr Abdelatty", "Sudan")}


def test_an_appositive_speaker_and_a_membership_dated_after_the_bloc():
    g = graph_of("Dr. Elena Petrova, a senior researcher at the Institute of World Economy and International Relations in "
                 "Moscow, said the visit would boost trade with India. Chile joined the Asia-Pacific Economic Cooperation "
                 "forum in 1994.")
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == {("Elena Petrova", "India")}  # not her own institute
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")] == [("Chile", "Asia-Pacific Economic Cooperation", "1994")]


def test_two_countries_named_together_are_both_members():
    g = graph_of("Saudi Arabia and Egypt are founding members of the League of Arab States, established in 1945.")
    members = {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")}
    assert members == {("Saudi Arabia", "League of Arab States", "1945"), ("Egypt", "League of Arab States", "1945")}


def test_a_summit_is_a_meeting():
    g = graph_of("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a summit in Seoul "
                 "on Friday. Chinese President Xi Jinping held a virtual summit with US President Joe Biden on November 15.")
    met = {(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")}
    assert met == {(frozenset(("Yoon Suk Yeol", "Fumio Kishida")), "2023-02-24"),
                   (frozenset(("Xi Jinping", "Joe Biden")), "2022-11-15")}


@pytest.mark.parametrize("sentence, day, visit", [
    ("Japanese Prime Minister Fumio Kishida arrived in Seoul earlier in the day for a two-day visit, his last trip abroad "
     "before stepping down as prime minister later this month.", dt.date(2024, 9, 6), ("Fumio Kishida", "South Korea", "2024-09-06")),
    ("US President Barack Obama is the first American leader to set foot in Malaysia since President Lyndon Johnson came "
     "there in 1966.", dt.date(2014, 4, 26), ("Barack Obama", "Malaysia", "2014-04-26")),  # the date of a 'since' clause
])
def test_a_date_in_a_possessive_aside_or_a_since_clause_does_not_date_the_visit(sentence, day, visit):
    assert [(a, b, e.date.iso) for a, b, e in edges(graph_of(sentence, date=day), "VISITED")] == [visit]


def test_greetings_two_men_and_an_interim_president_of_a_third_country():
    g = graph_of("US President Donald Trump arrived in Saudi Arabia on Tuesday. Crown Prince Mohammed bin Salman greeted "
                 "Trump at the airport before the two men held talks. Trump also met Syrian interim President Ahmed "
                 "al-Sharaa in Riyadh.")
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(("Donald Trump", "Mohammed bin Salman")), frozenset(("Donald Trump", "Ahmed al-Sharaa"))}
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert ("Ahmed al-Sharaa", "Syria") in offices and ("Ahmed al-Sharaa", "Saudi Arabia") not in offices


def test_a_city_ending_a_titled_name_and_a_president_elect():
    g = graph_of("Vietnam's National Assembly Chairman Vuong Dinh Hue paid an official visit to Cambodia from December 8 "
                 "to 10. Australian Prime Minister Anthony Albanese met Indonesian President-elect Prabowo Subianto in "
                 "Canberra. President Joko Widodo visited Hue on Monday.")
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Vuong Dinh Hue", "Cambodia"), ("Joko Widodo", "Vietnam"),
                                                           ("Prabowo Subianto", "Australia")}  # met in Canberra
    assert ("Prabowo Subianto", "Indonesia", "President-elect") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_regnal_numbers_and_the_pope():
    g = graph_of("King Charles III hosted a state banquet in honour of Japanese Emperor Naruhito at Buckingham Palace on "
                 "June 25. Pope Francis received Ukrainian President Volodymyr Zelensky at the Vatican on Saturday.")
    assert {p.name: p.titles for p in g.nodes("Person")} == {
        "Charles III": ["King"], "Naruhito": ["Emperor"], "Francis": ["Pope"], "Volodymyr Zelensky": ["President"]}
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Charles III", "Naruhito")),
                                                                 frozenset(("Francis", "Volodymyr Zelensky"))}


def test_an_announced_visit_is_not_dated_by_the_article():
    announced = graph_of("New Zealand Foreign Minister Winston Peters will visit China soon, the ministry said.")
    assert [(a, b, e.date) for a, b, e in edges(announced, "VISITED")] == [("Winston Peters", "China", None)]
    next_week = graph_of("New Zealand Foreign Minister Winston Peters will visit China next week, the ministry said.")
    assert [(a, b, e.date.iso) for a, b, e in edges(next_week, "VISITED")] == [("Winston Peters", "China", "2023-03")]
    reported = graph_of("Kenyan President William Ruto visited Uganda and said Kenya will deepen trade ties.")
    assert [(a, b, e.date.iso) for a, b, e in edges(reported, "VISITED")] == [("William Ruto", "Uganda", "2023-03-01")]


def test_countries_listed_before_joined_are_all_members():
    g = graph_of("Armenia, Kazakhstan and Kyrgyzstan joined the Eurasian Economic Union in 2015. Russia said Belarus "
                 "joined the Collective Security Treaty Organization in 1994.")
    members = {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")}
    eaeu = "Eurasian Economic Union"
    assert {(a, e) for a, b, e in members if b == eaeu} == {("Armenia", "2015"), ("Kazakhstan", "2015"), ("Kyrgyzstan", "2015")}
    assert "Russia" not in {a for a, _, _ in members}  # the speaker, not a member


def test_a_royal_style_between_an_office_and_the_name_is_not_the_office():
    g = graph_of("Secretary of State Antony Blinken hosted Saudi Foreign Minister Prince Faisal bin Farhan in Washington "
                 "on March 12, 2022. Saudi Crown Prince Mohammed bin Salman met him later.")
    titles = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert ("Faisal bin Farhan", "Saudi Arabia", "Foreign Minister") in titles
    assert ("Mohammed bin Salman", "Saudi Arabia", "Crown Prince") in titles


def test_an_instrument_named_on_its_subject_stops_at_a_date_or_another_name():
    g = graph_of("The European Union and Mercosur concluded talks on a trade agreement on December 6, 2024. "
                 "Prime Minister Narendra Modi and President Joe Biden signed an agreement on Trade and Investment "
                 "Cooperation and Russia objected.")
    assert [t.name for t in g.nodes("Treaty")] == ["Agreement on Trade and Investment Cooperation"]
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"Narendra Modi", "Joe Biden"}


def test_a_dash_dateline_a_sentence_opening_both_countries_and_an_arrival_aside():
    g = graph_of("Nairobi, Kenya - Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan on Monday. "
                 "Hassan, who arrived in Nairobi on Sunday, said Tanzania and Kenya were natural partners. Both countries "
                 "are members of the East African Community.", date=dt.date(2024, 5, 7))
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert offices == {("William Ruto", "Kenya", "President"), ("Samia Suluhu Hassan", "Tanzania", "President")}
    assert {a for a, b, _ in edges(g, "MEMBER_OF") if b == "East African Community"} == {"Kenya", "Tanzania"}
    (_, _, stated), = edges(g, "STATED")
    assert stated.date.iso == "2024-05-07"  # the article's day; Sunday was the arrival


def test_a_ministry_named_with_a_possessive_and_its_nickname():
    g = graph_of("Brazil's Ministry of Foreign Affairs, known as Itamaraty, said the trip would take place in April. "
                 "China's Foreign Ministry welcomed the trip.")
    assert g.nodes("Person") == []
    assert {o.name for o in g.nodes("Organization")} == {"Ministry of Foreign Affairs of Brazil", "Foreign Ministry of China"}


def test_a_short_name_word_after_a_lower_case_title():
    g = graph_of("Vietnam's Communist Party chief To Lam visited Laos on Monday.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("To Lam", "Laos", "2023-02-27")]


def test_a_historical_treaty_named_with_a_comma_then_signed_by_its_ministers():
    g = graph_of("On August 9, 1971, the Soviet Union and India signed the Treaty of Peace, Friendship and Cooperation in "
                 "New Delhi. The treaty was signed by Soviet Foreign Minister Andrei Gromyko and Indian External Affairs "
                 "Minister Swaran Singh. India and Russia signed a new Treaty of Friendship and Cooperation in January 1993.",
                 date=dt.date(2021, 8, 9))
    assert sorted(t.name for t in g.nodes("Treaty")) == ["Treaty of Friendship and Cooperation",
                                                          "Treaty of Peace, Friendship and Cooperation"]
    signed = {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")}
    first = "Treaty of Peace, Friendship and Cooperation"
    assert {(a, d) for a, b, d in signed if b == first} == {
        ("Soviet Union", "1971-08-09"), ("India", "1971-08-09"), ("Andrei Gromyko", "1971-08-09"), ("Swaran Singh", "1971-08-09")}
    assert ("Swaran Singh", "India", "External Affairs Minister") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_the_agreement_after_a_new_unnamed_one_is_not_the_named_one():
    g = graph_of("Japan and India signed the Comprehensive Economic Partnership Agreement in 2011. The two leaders also "
                 "signed an agreement on visas. The agreement was signed by Prime Minister Naoto Kan.")
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"Japan", "India"}


def test_him_after_a_subject_and_the_following_day():
    g = graph_of("Soviet Foreign Minister Andrei Gromyko arrived in New Delhi on August 8. Prime Minister Indira Gandhi "
                 "received him at her residence the following day. Russian Foreign Minister Sergei Lavrov arrived in "
                 "Hanoi on Monday. Two days later, he met Prime Minister Pham Minh Chinh.")
    met = {(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")}
    assert met == {(frozenset(("Andrei Gromyko", "Indira Gandhi")), "2022-08-09"),
                   (frozenset(("Sergei Lavrov", "Pham Minh Chinh")), "2023-03-01")}


def test_a_successor_state_dated_by_the_dissolution():
    g = graph_of("After the dissolution of the Soviet Union in December 1991, the Russian Federation became its successor state.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "SUCCEEDED")] == [("Russia", "Soviet Union", "1991-12")]


def test_a_phone_conversation_a_planned_visit_and_a_signing_announced_in_reported_speech():
    g = graph_of("MOSCOW, June 5 (TASS) - Russian Foreign Minister Sergey Lavrov and his Iranian counterpart Abbas Araghchi "
                 "discussed the situation in the Middle East in a telephone conversation on Thursday, the Russian Foreign "
                 "Ministry said. The ministers also reviewed preparations for the visit of Iranian President Masoud "
                 "Pezeshkian to Russia. Kremlin spokesman Dmitry Peskov told reporters that Russian President Vladimir "
                 "Putin and Pezeshkian would sign the Comprehensive Strategic Partnership Treaty on January 17.",
                 date=dt.date(2024, 6, 5))
    assert [(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")] == [
        (frozenset(("Sergey Lavrov", "Abbas Araghchi")), "2024-05-30")]
    assert [(a, b, e.date) for a, b, e in edges(g, "VISITED")] == [("Masoud Pezeshkian", "Russia", None)]
    assert {(a, e.date.iso) for a, _, e in edges(g, "SIGNED")} == {("Vladimir Putin", "2025-01-17"),
                                                                   ("Masoud Pezeshkian", "2025-01-17")}
    assert ("Dmitry Peskov", "Russia", "Kremlin spokesman") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_a_second_membership_of_the_same_subject_keeps_its_own_date():
    g = graph_of("Iran became a full member of the Shanghai Cooperation Organisation in July 2023 and joined BRICS on "
                 "January 1, 2024.")
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")} == {
        ("Iran", "Shanghai Cooperation Organisation", "2023-07"), ("Iran", "BRICS", "2024-01-01")}


def test_the_guests_visit_after_a_reception_and_the_visiting_leader():
    g = graph_of("New Delhi: Prime Minister Narendra Modi on Monday received Sri Lankan President Anura Kumara Dissanayake, "
                 "marking the start of his three-day state visit to India. External Affairs Minister S. Jaishankar called "
                 "on the visiting leader earlier in the day.", date=dt.date(2024, 12, 16))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [
        ("Anura Kumara Dissanayake", "India", "2024-12-16/2024-12-18")]
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Narendra Modi", "Anura Kumara Dissanayake")), frozenset(("S. Jaishankar", "Anura Kumara Dissanayake"))}
    assert edges(g, "STATED") == []  # calling on someone is not saying anything


def test_calling_on_someone_to_act_urges_and_is_no_meeting():
    g = graph_of("UN Secretary-General Antonio Guterres called on Russian President Vladimir Putin to end the war.")
    assert edges(g, "MET") == []
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == [("Antonio Guterres", "Russia")]


def test_offices_of_a_bloc_and_of_a_ministry_named_with_a_possessive():
    g = graph_of("NATO Secretary General Jens Stoltenberg said the move made the alliance stronger. Russia's Foreign "
                 "Ministry spokeswoman Maria Zakharova warned of countermeasures. U.S. Secretary of State Antony Blinken "
                 "held talks with European Union foreign policy chief Josep Borrell on Monday.")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Jens Stoltenberg", "North Atlantic Treaty Organization", "Secretary General"),
            ("Maria Zakharova", "Foreign Ministry of Russia", "spokeswoman"),
            ("Josep Borrell", "European Union", "foreign policy chief")} <= offices
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Antony Blinken", "Josep Borrell"))}


def test_a_summit_between_the_two_leaders_and_a_wire_dateline_outside_the_quote():
    g = graph_of("SEOUL, Sept. 6 (Yonhap) -- South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida "
                 "agreed to strengthen security cooperation amid North Korea's threats, Yoon's office said. It was the 12th "
                 "summit between the two leaders.", date=dt.date(2024, 9, 6))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Yoon Suk Yeol", "Fumio Kishida"))}
    assert all(e.quote.startswith("South Korean President") for _, _, e in edges(g, "STATED"))


def test_an_invitation_or_an_application_to_join_is_no_membership():
    g = graph_of("South Africa was invited to join BRICS in 2010. Ukraine applied to join the European Union in 2022.")
    assert edges(g, "MEMBER_OF") == []


def test_a_top_diplomat_is_a_title():
    g = graph_of("China's top diplomat Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Monday.")
    assert ("Wang Yi", "China", "top diplomat") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Wang Yi", "Sergei Lavrov"))}


def test_what_a_spokesperson_told_a_briefing_starts_after_that():
    g = graph_of("Chinese Foreign Ministry spokesperson Mao Ning told a regular press briefing that China firmly opposes "
                 "US arms sales to Taiwan.")
    assert {(a, b, e.quote) for a, b, e in edges(g, "STATED")} == {
        ("Mao Ning", c, "China firmly opposes US arms sales to Taiwan.") for c in ("United States", "Taiwan")}


def test_the_continental_body_and_the_alliance_are_the_blocs_named_before():
    g = graph_of("African leaders gathered in Addis Ababa for the summit of the African Union. UN Secretary-General "
                 "Antonio Guterres addressed the opening session. Comoros President Azali Assoumani said the continental "
                 "body must speak with one voice. Finland joined NATO in 2023. Sweden joined the alliance in 2024.")
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == [("Azali Assoumani", "African Union")]
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")} == {
        ("Finland", "North Atlantic Treaty Organization", "2023"), ("Sweden", "North Atlantic Treaty Organization", "2024")}
    union = graph_of("Finland joined the European Union in 1995. Sweden joined the alliance in 2024.")
    assert [(a, b) for a, b, _ in edges(union, "MEMBER_OF")] == [("Finland", "European Union")]  # no alliance named


def test_a_person_named_after_a_countrys_possessive_when_they_act():
    g = graph_of("Senegal's Macky Sall met Kenyan President William Ruto in Dakar on Monday. South Korea's Samsung "
                 "Electronics said it would invest in Kenya. The summit was chaired by Senegal's Amadou Ba.")
    assert [p.name for p in g.nodes("Person")] == ["Macky Sall", "William Ruto"]
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Macky Sall", "William Ruto"))}
    assert "Samsung Electronics of South Korea" in {o.name for o in g.nodes("Organization")}


def test_the_visit_told_again_with_its_days_and_an_accepted_invitation():
    g = graph_of("Vietnam and Australia elevated their relationship to a Comprehensive Strategic Partnership on March 7, "
                 "2024, during Prime Minister Pham Minh Chinh's official visit to Australia. At the invitation of "
                 "Australian Prime Minister Anthony Albanese, Chinh paid the visit from March 6 to 9. Albanese accepted "
                 "Chinh's invitation to visit Vietnam at a convenient time.", date=dt.date(2024, 3, 12))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [
        ("Pham Minh Chinh", "Australia", "2024-03-06/2024-03-09")]
    assert {(a, b) for a, b, _ in edges(g, "INVITED")} == {("Anthony Albanese", "Pham Minh Chinh"),
                                                          ("Pham Minh Chinh", "Anthony Albanese")}


def test_one_person_under_two_spellings_or_with_a_patronymic_across_articles():
    texts = ["Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on May 5, 2024.",
             "Russian Foreign Minister Sergei Lavrov visited India on March 1, 2024.",
             "Vladimir Vladimirovich Putin visited North Korea on June 19, 2024.",
             "Russian President Vladimir Putin met Chinese President Xi Jinping on May 16, 2024.",
             "President Putin said Russia would respond to Ukraine.",
             "Ukrainian President Volodymyr Zelenskyy visited Poland on April 5, 2023. Zelensky met Polish President "
             "Andrzej Duda.",
             "Argentine President Alberto Fernandez met Brazilian President Lula on May 1, 2023.",
             "Mexican senator Alberto Fernández Garza visited Chile on May 2, 2023.",
             "Kenyan Trade Minister John Mwangi visited Uganda on May 3, 2023.",
             "Tanzanian Trade Minister John Peter Mwangi visited Rwanda on May 4, 2023."]
    g = extract_documents([make_document(t, path=f"a{i}.txt", date=dt.date(2024, 6, 20)) for i, t in enumerate(texts)])
    people = {p.name: p for p in g.nodes("Person")}
    assert {"Sergey Lavrov", "Vladimir Vladimirovich Putin", "Putin", "Zelensky"} & set(people) == set()
    assert {"Sergey Lavrov", "Sergei Lavrov"} - {people["Sergei Lavrov"].name, *people["Sergei Lavrov"].aliases} == set()
    assert "President" in people["Vladimir Putin"].titles
    assert {a for a, b, _ in edges(g, "VISITED") if b == "North Korea"} == {"Vladimir Putin"}
    assert [a for a, b, _ in edges(g, "STATED")] == ["Vladimir Putin"]
    assert {a for a, b, _ in edges(g, "VISITED") if b == "Poland"} == {"Volodymyr Zelenskyy"}
    assert {"Alberto Fernandez", "Alberto Fernández Garza", "John Mwangi", "John Peter Mwangi"} <= set(people)  # others


def test_bilateral_meetings_with_a_list_and_a_country_inside_a_name():
    g = graph_of("On the sidelines of the G20 summit on November 18, Indian Prime Minister Narendra Modi held bilateral "
                 "meetings with Italian Prime Minister Giorgia Meloni and Portuguese Prime Minister Luis Montenegro. "
                 "Israeli Defence Minister Israel Katz met US Defense Secretary Lloyd Austin on Monday.",
                 date=dt.date(2024, 11, 19))
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(("Narendra Modi", "Giorgia Meloni")), frozenset(("Narendra Modi", "Luis Montenegro")),
                   frozenset(("Israel Katz", "Lloyd Austin"))}
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Luis Montenegro", "Portugal", "Prime Minister"), ("Israel Katz", "Israel", "Defence Minister")} <= offices


def test_a_visit_to_several_countries_listed():
    g = graph_of("Chinese President Xi Jinping began state visits to France, Serbia and Hungary on May 5, 2024. "
                 "Indian Prime Minister Narendra Modi travelled to Poland and Ukraine in August 2024. Kenyan President "
                 "William Ruto visited Uganda and Tanzania said it welcomed the visit.")
    visits = {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Xi Jinping", c, "2024-05-05") for c in ("France", "Serbia", "Hungary")} | {
        ("Narendra Modi", c, "2024-08") for c in ("Poland", "Ukraine")} | {("William Ruto", "Uganda", "2023-03-01")}


def test_signed_by_listed_countries_and_with_a_bloc():
    g = graph_of("The Abraham Accords were signed at the White House on September 15, 2020, by Israel, the United Arab "
                 "Emirates and Bahrain. Vietnam and the European Union signed the EU-Vietnam Free Trade Agreement on "
                 "June 30, 2019. Germany and Kazakhstan rely on the Raw Materials Agreement, which the two countries "
                 "signed in 2012 during a visit to Berlin by President Nursultan Nazarbayev.")
    signed = {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")}
    assert {(a, d) for a, b, d in signed if b == "Abraham Accords"} == {
        ("Israel", "2020-09-15"), ("United Arab Emirates", "2020-09-15"), ("Bahrain", "2020-09-15")}
    assert {a for a, b, _ in signed if b == "EU-Vietnam Free Trade Agreement"} == {"Vietnam", "European Union"}
    assert "Nursultan Nazarbayev" not in {a for a, _, _ in signed}  # 'by' belongs to the visit


def test_a_treatys_short_name_in_brackets_names_it_later():
    g = graph_of("Vietnam and the European Union signed the EU-Vietnam Free Trade Agreement (EVFTA) on June 30, 2019. "
                 "Vietnamese Prime Minister Pham Minh Chinh said the EVFTA had boosted exports to Germany.")
    (treaty,) = g.nodes("Treaty")
    assert (treaty.name, treaty.aliases) == ("EU-Vietnam Free Trade Agreement", ["EVFTA"])
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == {("Pham Minh Chinh", "EU-Vietnam Free Trade Agreement"),
                                                         ("Pham Minh Chinh", "Germany")}


@pytest.mark.parametrize("opening", ["China's foreign ministry spokesperson", "Chinese foreign ministry spokesperson"])
def test_a_spokesperson_of_a_lower_case_ministry_speaks_for_the_country(opening):
    g = graph_of(f"{opening} Lin Jian said Beijing opposed any military cooperation with Japan.")
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Lin Jian", "China", "spokesperson")]
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == [("Lin Jian", "Japan")]


def test_a_visit_dated_in_its_own_aside_and_a_first_lady_who_came_along():
    g = graph_of("President Kassym-Jomart Tokayev held talks on Monday with Federal Chancellor of Germany Olaf Scholz, "
                 "who is in Kazakhstan on an official visit from 16 to 17 September. Ethiopian Prime Minister Abiy Ahmed, "
                 "who was accompanied by First Lady Zinash Tayachew, arrived in Nairobi on Wednesday for a two-day State "
                 "Visit. Kenyan President William Ruto and First Lady Rachel Ruto received Abiy at State House.",
                 date=dt.date(2024, 9, 17))
    visits = {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")}
    assert ("Olaf Scholz", "Kazakhstan", "2024-09-16/2024-09-17") in visits
    assert {("Abiy Ahmed", "Kenya", "2024-09-11/2024-09-12"), ("Zinash Tayachew", "Kenya", "2024-09-11/2024-09-12")} <= visits
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert frozenset(("William Ruto", "Abiy Ahmed")) in met
    assert not any("Rachel Ruto" in pair for pair in met)  # the talks are the leaders'


def test_returning_to_a_foreign_country_in_two_years_is_two_visits_and_returning_home_none():
    g = graph_of("Cuban leader Fidel Castro visited Vietnam in 1973. Castro returned to Vietnam in 1995 and 2003. "
                 "Russian President Vladimir Putin returned to Moscow on Friday. President Emmanuel Macron returned to "
                 "Paris on Saturday.")
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Fidel Castro", "Vietnam", "1973"), ("Fidel Castro", "Vietnam", "1995"), ("Fidel Castro", "Vietnam", "2003")}


@pytest.mark.parametrize("sentence, visits", [
    ("Israeli Foreign Minister Shlomo Ben-Ami will travel on to Amman for talks with King Abdullah.",
     {("Shlomo Ben-Ami", "Jordan", None)}),
    ("Chinese Premier Li Qiang headed to Jakarta on Monday.", {("Li Qiang", "Indonesia", "2023-02-27")}),
    ("On Thursday, Sudanese President Omar al-Bashir returned from Saudi Arabia where he performed the Hajj.",
     {("Omar al-Bashir", "Saudi Arabia", "2023-02-23")}),
    ("Ethiopian Prime Minister Abiy Ahmed stopped in Asmara on his way back from Beijing.",
     {("Abiy Ahmed", "Eritrea", "2023-03-01"), ("Abiy Ahmed", "China", "2023-03-01")}),
    ("Swedish Prime Minister Fredrik Reinfeldt will continue his official trip to Santiago, Chile.",
     {("Fredrik Reinfeldt", "Chile", None)}),
    ("Swedish Prime Minister Fredrik Reinfeldt will continue his trip to Sao Paulo and then on to Santiago, Chile.",
     {("Fredrik Reinfeldt", "Brazil", None), ("Fredrik Reinfeldt", "Chile", None)}),  # an itinerary
    ("Indian Prime Minister Narendra Modi will visit France, then Egypt.", {("Narendra Modi", "France", None),
                                                                          ("Narendra Modi", "Egypt", None)}),
    # a meeting placed in a host's country by its address is the guest's visit there; a region as a topic places nothing
    ("Serbian President Aleksandar Vucic spoke after a meeting with North Macedonian President Gordana Siljanovska Davkova "
     "at a monastery near Vranje, southern Serbia.", {("Gordana Siljanovska Davkova", "Serbia", "2023-03-01")}),
    ("The rapprochement came in a meeting between Venezuelan President Hugo Chavez and Colombia's new leader, Juan Manuel "
     "Santos, in the city of Santa Marta on Colombia's Caribbean coast.", {("Hugo Chavez", "Colombia", "2023-03-01")}),
    ("Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron and discussed the situation in southern "
     "Ukraine.", set()),
    # a leg of a tour told as where it was
    ("The first leg of Qatari Emir Tamim bin Hamad Al-Thani's European tour was in the Republic of Slovenia, where he held "
     "talks with Slovenian President Borut Pahor.", {("Tamim bin Hamad Al-Thani", "Slovenia", "2023-03-01")}),
    # legs a tour already included are visits, undated (they came before the news); legs it will take in are plans
    ("Cambodia is the last stop in Chinese President Xi Jinping's three-nation tour of Southeast Asian nations which "
     "included Vietnam and Malaysia.", {("Xi Jinping", "Vietnam", None), ("Xi Jinping", "Malaysia", None)}),
    ("Earlier this week, Indonesian President Joko Widodo kicked off a three-country East Asia tour which previously "
     "took him to China and Japan.", {("Joko Widodo", "China", None), ("Joko Widodo", "Japan", None)}),
    ("Indonesian President Joko Widodo began a tour that will take him to China and Japan.", set()),
    # a way back from elsewhere told beside a visit; 'is in X since'; 'touched down in'; 'since May, when X visited'
    ("Egyptian President Abdel Fattah al-Sisi paid a short visit to Khartoum last June when he was returning from "
     "Equatorial Guinea's capital Malabo.", {("Abdel Fattah al-Sisi", "Sudan", "2022-06"),
                                               ("Abdel Fattah al-Sisi", "Equatorial Guinea", "2022-06")}),
    ("Vietnamese Prime Minister Pham Minh Chinh arrived in Hanoi on Friday, concluding a State visit to India.",
     {("Pham Minh Chinh", "India", "2023-02-24")}),
    ("Sudanese Foreign Minister Ali Karti, who is in Cairo since Wednesday, met his Egyptian counterpart.",
     {("Ali Karti", "Egypt", "2023-03-01")}),
    ("Canadian Prime Minister Pierre Trudeau touched down in Havana on Jan. 26, 1976.",
     {("Pierre Trudeau", "Cuba", "1976-01-26")}),
    ("Chinese Premier Li Keqiang met Japanese Prime Minister Shinzo Abe for the first time since January this year, when Li visited "
     "Tokyo for a summit.", {("Li Keqiang", "Japan", "2023-01")}),
    # a visit 'ended' on a day ends then; one that began then starts then
    ("Queen Elizabeth II of Britain ended a four-day state visit to France on Friday.",
     {("Elizabeth II", "France", "2023-02-21/2023-02-24")}),
    ("Queen Elizabeth II of Britain began a four-day state visit to France on Friday.",
     {("Elizabeth II", "France", "2023-02-24/2023-02-27")}),
    ("Mongolian President Ukhnaagiin Khurelsukh left Hanoi on February 24, concluding his five-day State visit to "
     "Vietnam.", {("Ukhnaagiin Khurelsukh", "Vietnam", "2023-02-20/2023-02-24")}),
    # a visit owned by one side of the article's pair, with no place named, is to the other side
    ("China and Japan exchanged the treaty. Chinese Vice-Premier Deng Xiaoping attended. The Japanese view Mr Deng's "
     "eight-day visit with euphoria.", {("Deng Xiaoping", "Japan", "2023-03-01")}),
    # one who spoke 'on arrival' arrived where the story is datelined
    ("BENGHAZI, Libya: Italian Prime Minister Silvio Berlusconi met Libyan leader Muammar Gaddafi. Gaddafi gave no "
     "details, but Berlusconi said on arrival that Italy will invest $200 million a year.",
     {("Silvio Berlusconi", "Libya", None)}),
    # not travel: coming back from exile, a leader returning from his own capital, proceeding to an act
    ("Opposition leader Kem Sokha returned from exile in 2013.", set()),
    ("Russian President Vladimir Putin returned from Moscow on Friday.", set()),
    ("Chinese Premier Li Qiang proceeded to sign the agreement with Indonesia.", set()),
])
def test_travel_words_and_where_a_meeting_was_make_visits(sentence, visits):
    g = graph_of(sentence)
    assert {(a, b, e.date.iso if e.date else None) for a, b, e in edges(g, "VISITED")} == visits


def test_a_delegation_accompanying_a_leader_serves_the_leaders_state_and_makes_the_visit():
    g = graph_of("Singapore Prime Minister Lee Hsien Loong will make an official visit to Japan from 26 to 29 September "
                 "2016. PM Lee will be accompanied by Mrs Lee, Senior Minister of State Josephine Teo, Minister Tan Chuan "
                 "Jin and senior officials; he will be greeted by Prime Minister Shinzo Abe.", date=dt.date(2016, 9, 20))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Lee Hsien Loong", "Japan", "2016-09-26/2016-09-29"), ("Josephine Teo", "Japan", "2016-09-26/2016-09-29"),
        ("Tan Chuan Jin", "Japan", "2016-09-26/2016-09-29")}  # not the host who greets him, after the semicolon
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert {("Josephine Teo", "Singapore"), ("Tan Chuan Jin", "Singapore")} <= offices
    assert ("Shinzo Abe", "Singapore") not in offices
    described = graph_of("Nigerian President Goodluck Jonathan paid a state visit to South Africa on 6 May 2013. President "
                         "Jonathan was accompanied by a delegation comprising of State Governors, Cabinet Ministers, Business "
                         "people and Senior Government Officials.")
    assert {a for a, _, _ in edges(described, "VISITED")} == {"Goodluck Jonathan"}


def test_a_leader_named_after_his_style_opening_the_sentence():
    g = graph_of("His Majesty King Abdullah on Wednesday returned home after a short visit to Egypt where he held talks "
                 "with President Abdel Fattah El Sisi.")
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Abdullah", "Egypt")}
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("Abdel Fattah El Sisi", "Abdullah")}
    ruto = graph_of("His Excellency President Ruto said the talks went well.")
    assert [(n.name, n.titles) for n in ruto.nodes(type="Person")] == [("Ruto", ["President"])]


def test_names_in_brackets_after_their_titles_and_hyphenated_romanised_given_names():
    g = graph_of("The Chinese Vice-Premier (Mr Teng Hsiao-ping) and the Japanese Prime Minister (Mr Takeo Fukuda) watched "
                 "the ceremony. The Abu Dhabi-based fund paid.")
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Teng Hsiao-ping", "China", "Vice-Premier"), ("Takeo Fukuda", "Japan", "Prime Minister")}
    assert {n.name for n in g.nodes(type="Person")} == {"Teng Hsiao-ping", "Takeo Fukuda"}
    # a portfolio in brackets after a title is no name
    delegation = graph_of("Minister (Social and Family Development) Tan Chuan Jin spoke.")
    assert {n.name for n in delegation.nodes(type="Person")} == {"Tan Chuan Jin"}


def test_a_hyphenated_office_and_a_member_of_parliament():
    g = graph_of("The audience included Maori Party Co-leader Hon. Dr Pita Sharples and British Member of Parliament "
                 "John Smith.")
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Pita Sharples", "Maori Party", "Co-leader"), ("John Smith", "United Kingdom", "Member of Parliament")}


@pytest.mark.parametrize("sentence, offices", [
    # a second office told after a titled name: both held
    ("Angolan President João Lourenço, the current Chairperson of the African Union (AU), arrived in Addis Ababa.",
     {("João Lourenço", "Angola", "President"), ("João Lourenço", "African Union", "Chairperson")}),
    ("Ghana's President John Mahama, the chairman of ECOWAS, spoke.",
     {("John Mahama", "Ghana", "President"), ("John Mahama", "Economic Community of West African States", "chairman")}),
    # the appositive only names the state when the title before did not
    ("President Ho Chi Minh, the leader of the Vietnamese nation, spoke.", {("Ho Chi Minh", "Vietnam", "President")}),
    # a place word after a title is its portfolio's
    ("New Zealand's Minister of Pacific Island Affairs Hon. Georgina te Heuheu met King George Tupou V.",
     {("Georgina te Heuheu", "New Zealand", "Minister of Pacific Island Affairs")}),
    # 'Civil' is a portfolio's word
    ("The agreement was signed by Bangladesh's Civil Aviation and Tourism Secretary Mokammel Hossain.",
     {("Mokammel Hossain", "Bangladesh", "Civil Aviation and Tourism Secretary")}),
])
def test_offices_told_before_and_after_a_name(sentence, offices):
    assert {(a, b, e.title) for a, b, e in edges(graph_of(sentence), "HOLDS_OFFICE")} == offices


def test_a_delegations_listed_officials_serve_its_state_and_a_plural_title_before_of_is_each_ones():
    g = graph_of("Spokesperson Lin said that the delegation includes Nauru Minister for Education Richard-Hyde Menke, Deputy "
                 "Minister for Land Management Jason Bingham Agir, and Members of Parliament Shadlog Armait Bernicke and "
                 "Charmaine Eraidinomo Scotty, a total of 17 officials. Secretaries of State Antony Blinken and John Kerry "
                 "spoke. The Speaker of the House of Representatives, Puan Maharani, made a working visit to Serbia.")
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Richard-Hyde Menke", "Nauru", "Minister for Education"),
        ("Jason Bingham Agir", "Nauru", "Deputy Minister for Land Management"),
        ("Shadlog Armait Bernicke", "Nauru", "Member of Parliament"),
        ("Charmaine Eraidinomo Scotty", "Nauru", "Member of Parliament")}
    titles = {p.name: p.titles for p in g.nodes("Person")}
    assert titles["Antony Blinken"] == titles["John Kerry"] == ["Secretary of State"]
    assert titles["Puan Maharani"] == ["Speaker of the House of Representatives"]


def test_a_leaders_delegation_listed_with_styles_serves_the_leaders_state():
    """'His delegation includes Hon. X, ...': the list runs past a style's full stop, and 'his' is the leader just named."""
    g = graph_of("The Prime Minister of Fiji, Sitiveni Rabuka, arrived in Wellington on Monday. His delegation includes "
                 "Hon. Minister for Trade Manoa Kamikamica, Minister for Education Aseri Radrodro and Permanent Secretary "
                 "Yogesh Karan.")
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Sitiveni Rabuka", "Fiji", "Prime Minister"),
        ("Manoa Kamikamica", "Fiji", "Minister for Trade"),
        ("Aseri Radrodro", "Fiji", "Minister for Education"),
        ("Yogesh Karan", "Fiji", "Permanent Secretary")}


@pytest.mark.parametrize("sentence, office", [
    ("Egyptian Foreign Minister Badr Abdelatty held talks on Monday with Rwandan Minister of Foreign Affairs and "
     "International Co-operation Olivier Nduhungirehe.", "Minister of Foreign Affairs and International Co-operation"),
    ("Olivier Nduhungirehe, Rwanda's Minister of Foreign Affairs and International Co-operation, met Badr Abdelatty.",
     "Minister of Foreign Affairs and International Co-operation"),
    ("Egyptian Foreign Minister Badr Abdelatty held talks on Monday with Rwandan Minister for Regional Co-ordination "
     "Olivier Nduhungirehe.", "Minister for Regional Co-ordination"),
])
def test_a_hyphenated_word_after_a_capitalised_prefix_stays_in_the_office(sentence, office):
    g = graph_of(sentence, date=dt.date(2024, 8, 13))
    assert ("Olivier Nduhungirehe", "Rwanda", office) in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert [tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")] == [("Badr Abdelatty", "Olivier Nduhungirehe")]


@pytest.mark.parametrize("sentence", [
    "At the invitation of the President of South Africa, His Excellency Jacob Zuma, the President of the Federal Republic "
    "of Nigeria, Dr Goodluck Ebele Jonathan, GCFR, paid a State Visit to South Africa from 6 to 8 May 2013.",
    "At the invitation of South African President Jacob Zuma, the President of the Federal Republic of Nigeria, His "
    "Excellency, Dr Goodluck Ebele Jonathan, paid a State Visit to South Africa from 6 to 8 May 2013.",
])
def test_honours_after_a_name_and_a_style_set_off_by_commas_keep_the_visitor_and_his_office(sentence):
    g = graph_of(sentence, date=dt.date(2013, 5, 9))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Goodluck Ebele Jonathan", "South Africa", "2013-05-06/2013-05-08")}
    assert ("Goodluck Ebele Jonathan", "Nigeria") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_a_title_set_off_after_one_name_is_not_the_next_names():
    g = graph_of("At the invitation of Bidya Devi Bhandari, President of Nepal, Maithripala Sirisena, President of the "
                 "Democratic Socialist Republic of Sri Lanka is on a state visit to Nepal.")
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == {("Bidya Devi Bhandari", "Nepal"), ("Maithripala Sirisena", "Sri Lanka")}
    # each of two named after a plural title of two states holds the office in his own
    pair = graph_of("The Japanese Prime Minister (Mr Takeo Fukuda) watched as the Chinese and Japanese Foreign Ministers, "
                    "Mr Huang Hua and Mr Sunao Sonoda, signed the treaty.")
    assert {(a, b, e.title) for a, b, e in edges(pair, "HOLDS_OFFICE")} == {
        ("Takeo Fukuda", "Japan", "Prime Minister"), ("Huang Hua", "China", "Foreign Minister"),
        ("Sunao Sonoda", "Japan", "Foreign Minister")}


def test_a_guest_hosted_for_a_visit_visits_the_hosts_country():
    g = graph_of("U.S. President Joe Biden hosted Australian Prime Minister Anthony Albanese for a state visit on "
                 "Wednesday. Indian Prime Minister Narendra Modi welcomed his Bangladeshi counterpart Sheikh Hasina on a "
                 "two-day visit on June 21.", date=dt.date(2023, 10, 26))
    visits = {(a, b, e.date.iso, e.kind) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Anthony Albanese", "United States", "2023-10-25", "state"),
                      ("Sheikh Hasina", "India", "2023-06-21/2023-06-22", "other")}


def test_said_after_another_verb_of_the_same_subject_and_dutch_name_particles():
    g = graph_of("Indian Prime Minister Narendra Modi met investors in New York on Monday and said India would expand "
                 "trade with Brazil. Dutch Foreign Minister Hans van den Broek met Erik ten Hag in Jakarta on May 3, 1990.")
    assert [(a, b, e.quote) for a, b, e in edges(g, "STATED")] == [
        ("Narendra Modi", "Brazil", "India would expand trade with Brazil.")]
    assert {p.name for p in g.nodes("Person")} == {"Narendra Modi", "Hans van den Broek", "Erik ten Hag"}


def test_a_readout_with_respective_receptions_the_same_day_and_a_second_clause_signing():
    g = graph_of("Party General Secretary To Lam held talks with visiting Lao President Thongloun Sisoulith in Hanoi on "
                 "September 2. The two leaders agreed to deepen ties. They witnessed the signing of several documents. "
                 "Earlier the same day, Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man "
                 "respectively received the Lao leader. Vietnam and Laos established diplomatic relations on September "
                 "5, 1962, and signed the Treaty of Amity and Cooperation on July 18, 1977.", date=dt.date(2024, 9, 3))
    met = {(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")}
    assert {(frozenset(("Pham Minh Chinh", "Thongloun Sisoulith")), "2024-09-02"),
            (frozenset(("Tran Thanh Man", "Thongloun Sisoulith")), "2024-09-02")} <= met
    assert {(a, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {("Vietnam", "1977-07-18"), ("Laos", "1977-07-18")}


@pytest.mark.parametrize(("sentence", "visitor", "host", "iso"), [
    ("Indian Prime Minister Narendra Modi arrived in Nagoya on June 27, 2019 for the G20 ministerial meeting.",
     "Narendra Modi", "Japan", "2019-06-27"),
    ("Pakistani Prime Minister Shehbaz Sharif visited Chengdu from October 22 to 24, 2024.",
     "Shehbaz Sharif", "China", "2024-10-22/2024-10-24"),
    ("German Chancellor Olaf Scholz travelled to Jaipur on 12 February 2023.", "Olaf Scholz", "India", "2023-02-12"),
    ("Brazilian President Lula arrived in Düsseldorf on March 2.", "Lula", "Germany", "2023-03-02"),
    ("Saudi Crown Prince Mohammed bin Salman hosted Egyptian President Abdel Fattah al-Sisi, who travelled to Medina on "
     "Tuesday.", "Abdel Fattah al-Sisi", "Saudi Arabia", "2023-02-28"),
])
def test_a_visit_to_a_large_city_is_a_visit_to_its_country(sentence, visitor, host, iso):
    g = graph_of(sentence)
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [(visitor, host, iso)]


def test_city_names_that_are_more_often_persons_or_words_are_no_places():
    g = graph_of("Male voters backed the deal, Victoria Nuland said. Former Belgian Prime Minister Herman Van Rompuy "
                 "met Lloyd Austin. The talks in Male ended on Friday.")
    assert "Victoria Nuland" in {n.name for n in g.nodes("Person")}
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == []  # not about the Maldives, nor the Seychelles (Victoria)
    assert {n.name for n in g.nodes("Country")} == {"Belgium", "Maldives"}  # the talks in Male; no Austin, Texas


def test_a_former_office_in_an_organisation_names_the_organisation_without_former():
    g = graph_of("Former European Council President Herman Van Rompuy said the euro would survive.")
    assert {n.name for n in g.nodes("Organization")} == {"European Council"}
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Herman Van Rompuy", "European Council", "President")]


def test_an_abbreviated_country_before_a_hyphen_is_one_side_of_the_pair():
    g = graph_of("Secretary of State Antony Blinken met Indonesian Foreign Minister Retno Marsudi in Washington on "
                 "Monday. They discussed the U.S.-Indonesia Comprehensive Strategic Partnership.")
    assert [(a, b, e.level) for a, b, e in edges(g, "PARTNERSHIP")] == [
        ("Indonesia", "United States", "Comprehensive Strategic Partnership")]
    assert ("Antony Blinken", "United States") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_his_visit_after_welcoming_a_guest_is_the_guests_visit():
    g = graph_of("Prime Minister Kishida welcomed President Marcos on his first visit to Japan since taking office.")
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Marcos", "Japan")]
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Kishida", "Marcos")]


def test_a_japanese_readout_family_name_in_capitals_and_a_guest_named_with_an_appositive():
    g = graph_of("On February 9, 2023, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. "
                 "Mr. Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines, who is visiting "
                 "Japan as an Official Working Visitor.", date=dt.date(2023, 2, 10))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [
        ("Ferdinand Romualdez Marcos Jr.", "Kishida Fumio", "2023-02-09")]
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [
        ("Ferdinand Romualdez Marcos Jr.", "Japan", "2023-02-09")]
    assert ("Kishida Fumio", "Japan") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_a_name_written_family_name_first_in_one_article_is_the_same_person_in_another():
    g = extract_documents([
        make_document("Mr. KISHIDA Fumio, Prime Minister of Japan, met President Marcos on February 9, 2023.", path="a.txt"),
        make_document("Japanese Prime Minister Fumio Kishida visited Kyiv on March 21, 2023.", path="b.txt"),
        make_document("Chinese Vice Premier Wang Yang met Kenyan Foreign Minister Yang Wang on May 2, 2023.", path="c.txt"),
    ])
    people = {n.name: n.aliases for n in g.nodes("Person")}
    assert people["Fumio Kishida"] == ["Kishida Fumio"] and "Kishida Fumio" not in people
    assert {"Wang Yang", "Yang Wang"} <= set(people)  # offices in two different countries: two persons


def test_gulf_royal_names_long_hyphenated_names_and_a_royal_style():
    g = graph_of("Saudi Crown Prince Mohammed bin Salman received His Highness Sheikh Mohamed bin Zayed Al Nahyan, President "
                 "of the United Arab Emirates. Earlier, he received a written message from the Emir of Kuwait, Sheikh "
                 "Nawaf Al-Ahmad Al-Jaber Al-Sabah. The message was delivered by Kuwaiti Foreign Minister Sheikh Salem "
                 "Abdullah Al-Jaber Al-Sabah.")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Sheikh Mohamed bin Zayed Al Nahyan", "United Arab Emirates", "President"),
            ("Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Kuwait", "Emir"),
            ("Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Kuwait", "Foreign Minister")} <= offices
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Mohammed bin Salman", "Sheikh Mohamed bin Zayed Al Nahyan")]


def test_a_region_named_after_a_country_is_no_country():
    g = graph_of("Brazil's President Lula and Argentina's President Javier Milei met on Monday, ending months of feuding "
                 "between the leaders of South America's two largest economies.")
    assert {n.name for n in g.nodes("Country")} == {"Brazil", "Argentina"}
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Javier Milei", "Lula")]


def test_a_retold_story_dates_its_undated_events_by_the_day_just_named():
    g = graph_of("On February 21, 1972, President Richard Nixon landed in Beijing. Within hours of his arrival he was "
                 "received by Chairman Mao Zedong at his residence.", date=dt.date(2022, 2, 21))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Mao Zedong", "Richard Nixon", "1972-02-21")]
    news = graph_of("On February 19, 2022, the two countries signed a trade deal. President Joe Biden received "
                    "Chancellor Olaf Scholz at the White House.", date=dt.date(2022, 2, 21))
    assert [e.date.iso for _, _, e in edges(news, "MET")] == ["2022-02-21"]  # news: the article's own day


def test_capitals_standing_for_governments_and_a_clause_after_a_comma():
    g = graph_of("Seven years later, on January 1, 1979, Washington and Beijing established full diplomatic relations, "
                 "and Deng Xiaoping visited the United States later that month. Shanghai and Osaka established "
                 "friendly relations in 1974.", date=dt.date(2022, 2, 21))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [("United States", "China", "1979-01-01")]
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Deng Xiaoping", "United States")]


@pytest.mark.parametrize(("text", "iso"), [
    ("On January 1, 1979, Washington and Beijing established diplomatic relations, and Deng Xiaoping visited the "
     "United States later that month.", "1979-01"),
    ("Zhou Enlai died in 1976, and Deng Xiaoping visited the United States the following year.", "1977"),
    ("Diplomatic relations were established in December 1978. A month later, Deng Xiaoping visited the United States.",
     "1979-01"),
])
def test_a_month_or_year_told_by_the_date_before(text, iso):
    g = graph_of(text, date=dt.date(2022, 2, 21))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Deng Xiaoping", "United States", iso)]


def test_military_ranks_parliaments_by_name_and_a_repeat_of_a_dated_meeting():
    g = graph_of("Indian Defence Minister Rajnath Singh held talks with Mongolian Defence Minister Lt. Gen. Saikhanbayar "
                 "Gursed in Ulaanbaatar on Tuesday. Singh also called on Speaker of the State Great Khural Gombojav "
                 "Zandanshatar. Singh was received by Mongolian Defence Minister Saikhanbayar.", date=dt.date(2022, 9, 7))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [
        ("Rajnath Singh", "Saikhanbayar Gursed", "2022-09-06"),
        ("Gombojav Zandanshatar", "Rajnath Singh", "2022-09-06")]  # the call told next, on the news day the article opens with
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} >= {
        ("Saikhanbayar Gursed", "Mongolia", "Defence Minister"), ("Gombojav Zandanshatar", "State Great Khural", "Speaker")}


def test_a_meeting_months_before_the_articles_day_is_another_meeting():
    g = graph_of("Prime Minister Narendra Modi met President Joe Biden in Washington on June 22, 2023. "
                 "Modi received Biden at Hyderabad House.", date=dt.date(2023, 9, 8))
    assert sorted(e.date.iso for _, _, e in edges(g, "MET")) == ["2023-06-22", "2023-09-08"]


def test_an_international_office_met_in_a_country_is_not_that_countrys():
    g = graph_of("Japanese Prime Minister Fumio Kishida travelled to Vilnius, Lithuania, to attend the NATO summit, where "
                 "he met Secretary General Jens Stoltenberg on July 12.")
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Fumio Kishida", "Jens Stoltenberg")]
    assert ("Jens Stoltenberg", "Lithuania") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_a_partnership_and_memberships_in_two_clauses_keep_to_their_own():
    g = graph_of("Kenya and Ethiopia upgraded their ties to a Comprehensive Strategic Partnership in 2012, and both "
                 "countries are members of the African Union, the Intergovernmental Authority on Development (IGAD) and "
                 "the United Nations.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "PARTNERSHIP")] == [("Ethiopia", "Kenya", "2012")]
    members = {(a, b, e.date) for a, b, e in edges(g, "MEMBER_OF")}
    assert members == {(country, bloc, None) for country in ("Kenya", "Ethiopia")
                       for bloc in ("African Union", "Intergovernmental Authority on Development", "United Nations")}


def test_a_region_or_forum_named_after_countries_is_not_those_countries():
    g = graph_of("South Africa and Brazil elevated their relations to a Strategic Partnership in 2010, and both countries "
                 "are members of BRICS, the India-Brazil-South Africa Dialogue Forum (IBSA) and the G20.")
    assert "India" not in {n.name for n in g.nodes("Country")}
    assert [(a, b) for a, b, _ in edges(g, "PARTNERSHIP")] == [("Brazil", "South Africa")]


def test_an_office_in_a_relative_clause_and_a_wire_credit_after_the_full_stop():
    g = graph_of("Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh, who doubles as Chairman of the "
                 "Vietnam-China Steering Committee for Bilateral Cooperation, exchanged messages with State Councillor "
                 "Yang Jiechi, who is also Chairman of the China-Vietnam Steering Committee for Bilateral Cooperation, "
                 "and Minister of Foreign Affairs Wang Yi.-VNA")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Pham Binh Minh", "Vietnam", "Deputy Prime Minister"), ("Pham Binh Minh", "Vietnam", "Minister of Foreign Affairs"),
            ("Pham Binh Minh", "Vietnam-China Steering Committee for Bilateral Cooperation", "Chairman"),
            ("Yang Jiechi", "China-Vietnam Steering Committee for Bilateral Cooperation", "Chairman")} <= offices
    assert "Wang Yi" in {n.name for n in g.nodes("Person")}  # not 'Wang Yi.-VNA'


def test_indian_honorifics_are_no_part_of_names_and_end_no_sentence():
    g = graph_of("Prime Minister Shri Narendra Modi met President Smt. Droupadi Murmu at Rashtrapati Bhavan on "
                 "Tuesday. She thanked him.")
    assert {n.name for n in g.nodes("Person")} == {"Narendra Modi", "Droupadi Murmu"}
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Droupadi Murmu", "Narendra Modi")]


def test_two_leaders_with_long_titles_sign_and_a_host_met_on_the_second_stop_of_a_tour():
    g = graph_of("Russian President Vladimir Putin and Chairman of State Affairs of the Democratic People's Republic of "
                 "Korea Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership in Pyongyang on June 19, 2024. "
                 "Putin arrived in Pyongyang on a state visit. From Pyongyang, Putin travelled to Vietnam, where he held "
                 "talks with President To Lam in Hanoi on June 20.", date=dt.date(2024, 6, 21))
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == {("Vladimir Putin", "Treaty on Comprehensive Strategic Partnership"),
                                                         ("Kim Jong Un", "Treaty on Comprehensive Strategic Partnership")}
    assert ("To Lam", "Vietnam") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert ("To Lam", "North Korea") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_korean_given_names_with_a_hyphen_and_a_firm_after_at_is_no_speaker():
    g = graph_of("South Korean Prime Minister Min-jun Leji met Samsung chairman Lee Jae-yong in Seoul on Monday. "
                 "Analysts at Morgan Stanley said the investments would help Washington reduce its reliance on China. "
                 "The Putin-led delegation left.")
    assert {n.name for n in g.nodes("Person")} == {"Min-jun Leji", "Lee Jae-yong"}
    assert edges(g, "STATED") == []


def test_a_spokesman_reporting_a_meeting_is_not_met():
    g = graph_of("United Nations Secretary-General Antonio Guterres met Iran's Foreign Minister Abbas Araqchi on Tuesday "
                 "and urged all parties to exercise maximum restraint, his spokesman Stephane Dujarric said.")
    assert [(a, b) for a, b, _ in edges(g, "MET")] == [("Abbas Araqchi", "Antonio Guterres")]


def test_wire_style_lowercase_titles_before_a_comma_and_a_meeting_held_with_an_untitled_name():
    g = graph_of("MEXICO CITY, Nov 19 (EFE) - The Mexican president, Claudia Sheinbaum, held a meeting with the Canadian "
                 "prime minister, Justin Trudeau, on Monday. The Brazilian president, Luiz Inacio Lula da Silva, hosted "
                 "the summit. Lula held a meeting with Joe Biden.", date=dt.date(2024, 11, 19))
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Claudia Sheinbaum", "Mexico", "president"), ("Justin Trudeau", "Canada", "prime minister"),
            ("Luiz Inacio Lula da Silva", "Brazil", "president")} <= offices
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Claudia Sheinbaum", "Justin Trudeau"),
                                                      ("Joe Biden", "Luiz Inacio Lula da Silva")}


def test_the_anniversary_of_a_partnership_dates_its_establishment():
    g = graph_of("Wang Yi said that this year marks the 10th anniversary of the establishment of the China-Egypt "
                 "comprehensive strategic partnership.", date=dt.date(2024, 12, 12))
    assert [(a, b, e.level, e.date.iso) for a, b, e in edges(g, "PARTNERSHIP")] == [
        ("China", "Egypt", "Comprehensive Strategic Partnership", "2014")]


def test_a_visit_told_as_a_circumstance_goes_to_the_hosts_country():
    g = graph_of("Turkish President Recep Tayyip Erdogan hosted his Ukrainian counterpart Volodymyr Zelensky in Istanbul "
                 "on Friday. Zelensky, on a one-day visit, thanked Erdogan for Turkey's support of Ukraine's sovereignty.",
                 date=dt.date(2024, 3, 8))
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Volodymyr Zelensky", "Turkey")]
    (said,) = [e for a, _, e in edges(g, "STATED") if a == "Volodymyr Zelensky"]
    assert said.quote.startswith("Erdogan for Turkey's support")  # what he said, not the aside before the verb


def test_titles_with_a_peoples_in_them_keep_their_office():
    g = graph_of("General Secretary of the Lao People's Revolutionary Party Central Committee and President of Laos "
                 "Thongloun Sisoulith held talks with To Lam. Sri Lanka and China agreed to deepen ties, following talks "
                 "between the President of the People’s Republic of China, His Excellency Xi Jinping and President "
                 "Mahinda Rajapaksa.")
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert ("Thongloun Sisoulith", "Lao People's Revolutionary Party Central Committee", "General Secretary") in offices
    assert ("Xi Jinping", "China", "President") in offices
    assert not any(title.startswith(("Revolutionary", "President of the")) for _, _, title in offices)


def test_his_visit_after_a_woman_accompanied_him_is_his_and_she_comes_too():
    g = graph_of("Madam Peng Liyuan accompanied President Xi Jinping on his state visit to France.")
    assert {(a, b, e.rule) for a, b, e in edges(g, "VISITED")} == {
        ("Xi Jinping", "France", "visit-noun+context-date"), ("Peng Liyuan", "France", "accompanied-visit+context-date")}


def test_a_countrys_office_in_lower_case_after_a_name():
    g = graph_of("The talks were hosted by Wang Yi, China's top diplomat, in Beijing on Monday.")
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Wang Yi", "China", "top diplomat")]


def test_a_headline_visit_by_surname_is_the_visit_told_with_its_dates():
    g = extract_documents([make_document(
        "Maldives President Muizzu on state visit to India\n\nPresident of the Maldives Dr Mohamed Muizzu, who is on a "
        "state visit to India from 6 to 10 October, held talks with Prime Minister Narendra Modi on Monday.",
        path="a.txt", date=dt.date(2024, 10, 7))])
    visits = [e for e in g.edges(type="VISITED")]
    assert [(e.source, e.target, e.date.iso) for e in visits] == [("person:mohamed-muizzu", "country:in", "2024-10-06/2024-10-10")]
    assert len(visits[0].evidence) == 2  # the headline's sentence too


def test_a_relative_clause_ending_the_sentence_keeps_its_date_and_a_visit_to_male():
    g = graph_of("Muizzu met Indian President Droupadi Murmu on Monday. Maldivian President Mohamed Muizzu had earlier "
                 "called on External Affairs Minister S. Jaishankar, who had visited Male in August.",
                 date=dt.date(2024, 10, 7))
    met = {(a, b): e.date.iso for a, b, e in edges(g, "MET")}
    assert met[("Mohamed Muizzu", "S. Jaishankar")] == "2024-10-07"  # not August, the date of the relative clause
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("S. Jaishankar", "Maldives", "2024-08")]


@pytest.mark.parametrize(("text", "title"), [
    ("When Chinese President Xi Jinping visited Riyadh in December 2022, few expected the trip to matter.", "President"),
    ("Khalid Al-Falih and the Egyptian Minister of Investment and Foreign Trade Hassan El-Khatib signed the deal.",
     "Minister of Investment and Foreign Trade"),
])
def test_a_title_starts_after_a_sentence_opener_or_a_conjunction(text, title):
    g = graph_of(text)
    assert [e.title for _, _, e in edges(g, "HOLDS_OFFICE")] == [title]


def test_an_unqualified_ministry_is_the_one_of_a_country_named_before():
    g = graph_of("Russia's Foreign Ministry summoned British Ambassador Nigel Casey on Tuesday. Foreign Ministry "
                 "spokeswoman Maria Zakharova said Moscow would respond to any hostile step.")
    assert {n.name for n in g.nodes("Organization")} == {"Foreign Ministry of Russia"}
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE") if a == "Maria Zakharova"] == [
        ("Maria Zakharova", "Foreign Ministry of Russia", "spokeswoman")]
    assert "Russia" not in {b for a, b, _ in edges(g, "STATED")}  # her own country is no target


def test_a_party_named_with_a_plural_possessive_and_its_leader_after_it():
    g = graph_of("The delegation was received by First Secretary of the Mongolian People's Revolutionary Party "
                 "Yumjaagiin Tsedenbal and by General Secretary of the Farmers' Union Central Committee Juan Perez.")
    offices = {(p, o, e.title) for p, o, e in edges(g, "HOLDS_OFFICE")}
    assert ("Juan Perez", "Farmers' Union Central Committee", "General Secretary") in offices


def test_each_of_several_countries_recognizes_a_state_outside_iso_3166():
    g = graph_of("The United States, France and Britain formally recognized the independence of Kosovo on Monday.",
                 date=dt.date(2008, 2, 19))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")} == {
        ("United States", "Kosovo", "2008-02-18"), ("France", "Kosovo", "2008-02-18"), ("United Kingdom", "Kosovo", "2008-02-18")}


@pytest.mark.parametrize("sentence, person, country", [
    ("Chadian President Idris Deby arrived in Paris on Monday.", "Idris Deby", "Chad"),
    ("Palestinian President Mahmoud Abbas met the Pope on Monday.", "Mahmoud Abbas", "Palestine"),
    ("Dominican President Luis Abinader spoke in Madrid on Monday.", "Luis Abinader", "Dominican Republic"),
    ("Fijian Prime Minister Sitiveni Rabuka spoke in Suva on Monday.", "Sitiveni Rabuka", "Fiji"),
])
def test_demonyms_beyond_the_spelling_rule_name_the_office_holders_country(sentence, person, country):
    offices = {(p, c) for p, c, _ in edges(graph_of(sentence), "HOLDS_OFFICE")}
    assert (person, country) in offices


def test_a_reporting_pronoun_is_the_last_named_speaker_not_a_person_in_the_reported_words():
    g = graph_of(
        "Spokesman John Kirby said on Monday that Washington welcomed the talks with Kyiv. "
        "The date of the next round will be set once Keith Kellogg briefs President Donald Trump on his visit to Ukraine, he added. "
        "\"Through Kellogg, Trump conveyed a clear message to President Volodymyr Zelensky of Ukraine,\" he said."
    )
    assert {a for a, _, _ in edges(g, "STATED")} == {"John Kirby"}
    assert len(edges(g, "STATED")) >= 3


@pytest.mark.parametrize("sentence", [
    "President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow on Tuesday, the Kremlin announced.",
    "They were joined by US National Security Advisor Jake Sullivan and his Indian counterpart Ajit Doval, it said.",
])
def test_a_body_or_it_reporting_is_no_persons_statement(sentence):
    assert edges(graph_of(sentence), "STATED") == []


def test_military_and_parliamentary_styles_are_no_part_of_the_name_and_a_small_capital_is_a_visit():
    g = graph_of("Fiji's Prime Minister Commodore Frank Bainimarama arrived in Port Vila on Monday, where Honourable Ham Lini, "
                 "Prime Minister of Vanuatu, received him. The two leaders will attend the MSG Leaders Retreat on Saturday.",
                 date=dt.date(2008, 5, 1))
    assert [p.name for p in g.nodes("Person")] == ["Frank Bainimarama", "Ham Lini"]
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Frank Bainimarama", "Vanuatu")]


def test_a_bare_institution_word_is_no_node():
    g = graph_of("Speaking at the Center, the Prince lauded the decision of the two Governments to open the Institute.")
    assert g.nodes("Organization") == []


def test_a_meeting_named_by_its_two_parties_and_a_pronoun_glossed_in_brackets():
    g = graph_of(
        "Russian President Vladimir Putin met US special envoy Steven Witkoff on Thursday. "
        "Kremlin spokesman Dmitry Peskov described the Putin-Witkoff meeting as useful, saying the Russian president "
        "listened to the envoy. \"Late last night, he (Witkoff) was received by President Putin,\" Peskov said.",
        date=dt.date(2025, 3, 14))
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("Steven Witkoff", "Vladimir Putin")}


def test_named_as_an_office_holder_is_no_statement():
    g = graph_of("Guinea's President Alpha Conde was announced as the new chairperson of the African Union on Monday.")
    assert edges(g, "STATED") == []


def test_meeting_a_countrys_own_leader_there_is_a_visit_but_meeting_in_a_third_country_is_not():
    g = graph_of("US Secretary of State Madeleine Albright held talks with North Korean leader Kim Jong Il on Tuesday in "
                 "Pyongyang.", date=dt.date(2000, 10, 25))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Madeleine Albright", "North Korea", "2000-10-24")]
    g = graph_of("Chinese President Xi Jinping met US President Joe Biden in Lima on Saturday.", date=dt.date(2024, 11, 17))
    assert edges(g, "MET") and edges(g, "VISITED") == []


def test_presenting_credentials_meets_the_head_of_state_named_with_a_hyphen_and_of_country():
    g = graph_of("Nigeria's High Commissioner, Ambassador Femi Adebayo, presented his Letter of Credence to President "
                 "Nana Akufo-Addo of Ghana on Friday.", date=dt.date(2017, 8, 19))
    assert [tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")] == [("Femi Adebayo", "Nana Akufo-Addo")]
    assert ("Nana Akufo-Addo", "Ghana", "President") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_common_words_in_a_long_title_and_a_headline_tag_are_no_names():
    g = graph_of("Venezuela and Colombia agree to normalize relations | News\n"
                 "The Foreign Minister of Venezuela, Carlos Faria, and the designated Minister of Foreign Affairs and Peace "
                 "of Colombia, Alvaro Leyva, agreed on Thursday to restore relations. The Alliance is the highest level.")
    assert sorted(p.name for p in g.nodes("Person")) == ["Alvaro Leyva", "Carlos Faria"]
    assert g.nodes("Organization") == []


def test_arriving_in_a_capital_named_by_its_demonym():
    g = graph_of("Egyptian President Abdel Fattah al-Sisi arrived in the Ethiopian capital on Saturday.", date=dt.date(2019, 2, 9))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Abdel Fattah al-Sisi", "Ethiopia", "2019-02-09")]


def test_a_meeting_told_in_an_opening_phrase_and_a_korean_family_name_park():
    g = graph_of("Meeting with South Korean Foreign Minister Park Jin on Friday, Vietnamese Foreign Minister Bui Thanh Son "
                 "agreed to boost trade.", date=dt.date(2022, 8, 6))
    assert [tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")] == [("Bui Thanh Son", "Park Jin")]
    assert ("Park Jin", "South Korea") in {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")}


def test_a_one_word_bloc_written_in_capitals():
    g = graph_of("Bolivia joined MERCOSUR as a full member in July 2024.")
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")] == [("Bolivia", "Mercosur", "2024-07")]


def test_resumed_relations_between_the_two_nations_named_before():
    g = graph_of("Canada reopened its embassy in Tehran on Monday, and Iran raised its flag in Ottawa. "
                 "The resumption of diplomatic relations between the two nations followed months of talks.")
    assert [(a, b, e.kind) for a, b, e in edges(g, "RECOGNIZED")] == [("Canada", "Iran", "diplomatic_relations")]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Narendra Modi and President Joe Biden meet in Washington ahead of the summit.",  # a headline's tense
    "President Ronald Reagan and Mikhail Gorbachev, the general secretary of the Soviet Communist Party, began their talks "
    "with an exchange of views.",  # two named before an aside
    "US President Donald Trump shakes hands with Japan's Prime Minister Shinzo Abe at Akasaka Palace on Monday.",
    "Indian External Affairs Minister S Jaishankar and US Secretary of State Mike Pompeo held free, frank and candid "
    "discussions on Wednesday.",
])
def test_headline_meetings_talks_begun_handshakes_and_discussions_held_are_meetings(sentence):
    assert len(edges(graph_of(sentence), "MET")) == 1


def test_an_unnamed_speaker_after_that_is_no_one_named_before():
    g = graph_of("King Charles welcomed Qatar's emir, Sheikh Tamim bin Hamad Al Thani, for a state visit to Britain on "
                 "Tuesday that the prime minister hopes will help build investment.")
    assert edges(g, "STATED") == []


def test_arabic_names_a_fathers_name_a_style_inside_a_title_and_a_place_named_after_a_king():
    g = graph_of(
        "Crown Prince Salman bin Abdulaziz received Britain's Heir Apparent, Charles, Prince of Wales, on Friday. "
        "The dinner was attended by President of the Saudi Commission for Tourism Prince Sultan bin Salman bin Abdulaziz. "
        "Charles later spoke at a meeting organized by the King Abdulaziz Center for National Dialogue and met "
        "Speaker of the Majlis Al-Shura Sheikh Abdullah bin Mohammed Al-Asheikh. He praised the decision of King Abdullah "
        "to appoint women to the Majlis.", date=dt.date(2013, 3, 16))
    people = {p.name: p for p in g.nodes("Person")}
    assert "Abdulaziz" not in people and "Heir Apparent" not in people  # a father's name is no person of its own
    assert "Sultan bin Salman bin Abdulaziz" in people
    assert "Sheikh Abdullah bin Mohammed Al-Asheikh" in people
    assert people["Sheikh Abdullah bin Mohammed Al-Asheikh"].titles == ["Speaker of the Majlis Al-Shura"]  # not 'King'
    assert "King Abdulaziz Center for National Dialogue" in {o.name for o in g.nodes("Organization")}
    met = {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")}
    assert met == {("Charles", "Salman bin Abdulaziz"), ("Charles", "Sheikh Abdullah bin Mohammed Al-Asheikh")}


def test_bin_and_the_fathers_name_is_the_son_but_the_fathers_name_alone_is_not():
    g = graph_of("Saudi Crown Prince Mohammed bin Salman met President Joe Biden on Friday. Later, bin Salman told Biden "
                 "that the kingdom would invest more in the United States. King Salman thanked France for its support.")
    assert [p.name for p in g.nodes("Person")] == ["Mohammed bin Salman", "Joe Biden", "Salman"]
    assert ("Mohammed bin Salman", "United States") in {(a, b) for a, b, _ in edges(g, "STATED")}


def test_a_country_after_in_is_no_meeting_place_and_a_legislators_style_opens_a_name():
    g = graph_of("Chinese Foreign Minister Wang Yi held talks with Pakistani Foreign Minister Bilawal Bhutto on the "
                 "situation in Afghanistan. Chief delegate Rep. Park Jin told reporters that Seoul and Washington agreed.")
    assert edges(g, "VISITED") == []
    assert "Park Jin" in {p.name for p in g.nodes("Person")}


def test_a_high_commissioner_keeps_the_whole_title():
    g = graph_of("High Commissioner of Mozambique Ermindo Ferreira presented his credentials to President Pranab Mukherjee.")
    assert ("Ermindo Ferreira", "Mozambique", "High Commissioner") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_relations_with_a_state_named_by_its_style_and_initials_before_a_name():
    g = graph_of("Saint Vincent and the Grenadines established diplomatic relations with the Republic of Cote D'Ivoire "
                 "on Monday. Nepali Prime Minister KP Sharma Oli welcomed the news. Member States welcomed it too.",
                 date=dt.date(2022, 3, 10))
    assert [(a, b, e.kind) for a, b, e in edges(g, "RECOGNIZED")] == [
        ("Saint Vincent and the Grenadines", "Ivory Coast", "diplomatic_relations")]
    assert [p.name for p in g.nodes("Person")] == ["KP Sharma Oli"]
    assert ("KP Sharma Oli", "Nepal", "Prime Minister") in {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")}


def test_here_is_the_datelines_country():
    g = graph_of("NEW DELHI, Feb 14: Portuguese President Marcelo Rebelo de Sousa arrived here on Thursday night on a "
                 "four-day visit. Prime Minister Narendra Modi held talks with him here on Friday.", date=dt.date(2020, 2, 14))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [
        ("Marcelo Rebelo de Sousa", "India", "2020-02-13/2020-02-16")]
    g = graph_of("Japan, Philippines sign troop pact\nPresident Ferdinand Marcos said the pact would be signed here.")
    assert {n.name for n in g.nodes("Country")} == {"Japan", "Philippines"}  # a headline's first word is no dateline


@pytest.mark.parametrize("line, country", [
    ("HANOI (Reuters) - Vietnamese leader To Lam will visit China.", "country:vn"),
    ("Havana, January 29 (RHC) -- The summit closed.", "country:cu"),
    ("TEHRAN: Saudi Arabia's foreign minister arrived.", "country:ir"),
    ("Japan, Philippines sign troop access pact", None),
])
def test_datelines_are_read_from_capitals_or_a_place_before_a_date(line, country):
    from diplograph.loaders import lexicon
    from diplograph.loaders.extract import dateline_country
    assert dateline_country(line, lexicon.countries()) == country


def test_a_plural_verb_after_titles_joined_by_and_makes_two_people():
    g = graph_of("NATO Secretary General and Chancellor Angela Merkel discuss security challenges.\n"
                 "Deputy Prime Minister and Foreign Minister Bui Thanh Son met his Lao counterpart.")
    titles = {p.name: p.titles for p in g.nodes("Person")}
    assert titles["Angela Merkel"] == ["Chancellor"]
    assert titles["Bui Thanh Son"] == ["Deputy Prime Minister", "Foreign Minister"]


def test_the_one_spoken_to_is_no_speaker_and_an_unknown_owners_visit_is_not_the_subjects():
    g = graph_of("Senior researcher Leonid Gusev, speaking to Vestnik Kavkaza, noted that Tokayev's visit to Moscow will "
                 "focus on trade with Russia.", date=dt.date(2019, 4, 3))
    assert {a for a, _, _ in edges(g, "STATED")} == {"Leonid Gusev"}
    assert edges(g, "VISITED") == []


@pytest.mark.parametrize("sentence", [
    "China and Nauru signed on Sunday in Hong Kong a joint communique on the establishment of diplomatic relations.",
    "China and Nauru established diplomatic relations in Hong Kong on Sunday.",
])
def test_where_relations_were_established_is_no_party(sentence):
    g = graph_of(sentence, date=dt.date(2002, 7, 22))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [("China", "Nauru", "2002-07-21")]


def test_relations_set_up_with_each_state_listed_after_with():
    g = graph_of("Saint Vincent and the Grenadines signed joint communiques with the Republic of Rwanda and Burundi in "
                 "November 2021 to establish diplomatic relations.", date=dt.date(2022, 3, 10))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")} == {
        ("Saint Vincent and the Grenadines", "Rwanda", "2021-11"), ("Saint Vincent and the Grenadines", "Burundi", "2021-11")}


def test_a_country_that_followed_joins_the_same_bloc_at_its_own_date():
    g = graph_of("Finland joined NATO in April 2023 and Sweden followed suit in March 2024.", date=dt.date(2025, 1, 1))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")} == {
        ("Finland", "North Atlantic Treaty Organization", "2023-04"), ("Sweden", "North Atlantic Treaty Organization", "2024-03")}


@pytest.mark.parametrize("sentence, visitor", [
    ("Peruvian President Dina Boluarte was warmly welcomed upon arrival at Jorge Chavez Airport in Peru.", None),
    ("Prime Minister Mark Rutte welcomed Ghanaian President Nana Akufo-Addo upon his arrival in Amsterdam on Monday.",
     "Nana Akufo-Addo"),
    ("Ghanaian President Nana Akufo-Addo was received by Prime Minister Mark Rutte on his arrival at Schiphol airport in "
     "Amsterdam.", "Nana Akufo-Addo"),
    ("On arrival in Amsterdam, Ghanaian President Nana Akufo-Addo laid a wreath.", "Nana Akufo-Addo"),
])
def test_arrival_as_a_noun_is_the_arriving_persons_visit(sentence, visitor):
    g = graph_of(sentence, date=dt.date(2023, 6, 12))
    visits = [(a, b) for a, b, _ in edges(g, "VISITED")]
    assert visits == ([(visitor, "Netherlands")] if visitor else [])  # Boluarte is Peru's own: no visit


def test_a_host_greeting_an_unnamed_guest_on_arrival_makes_no_visit():
    g = graph_of("Dutch King Willem-Alexander greets the Emir of Qatar on his arrival in Amsterdam on Monday.",
                 date=dt.date(2023, 6, 12))
    assert edges(g, "VISITED") == []


def test_a_regional_adjective_names_no_country_and_no_person():
    g = graph_of("BRASILIA, May 4 -- Indian Prime Minister Narendra Modi, who is here for a state visit to the South American "
                 "country, said India valued its ties with other Latin American and African nations.", date=dt.date(2023, 5, 4))
    assert [(a, b, e.kind) for a, b, e in edges(g, "VISITED")] == [("Narendra Modi", "Brazil", "state")]
    assert {n.name for n in g.nodes("Country")} == {"India", "Brazil"}
    assert [p.name for p in g.nodes("Person")] == ["Narendra Modi"]


def test_acronyms_written_as_words_are_the_bloc():
    g = graph_of("Nato Secretary General Mark Rutte met Asean Secretary-General Kao Kim Hourn in Jakarta.",
                 date=dt.date(2025, 2, 1))
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert offices == {("Mark Rutte", "North Atlantic Treaty Organization"),
                       ("Kao Kim Hourn", "Association of Southeast Asian Nations")}


def test_a_president_who_is_in_the_country_for_a_visit_visits_it():
    g = graph_of("The upgrade was announced after talks in Manila between President Ferdinand Marcos and President "
                 "Emmanuel Macron who is in the Philippines for a state visit from March 3 to 4.", date=dt.date(2025, 3, 3))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Emmanuel Macron", "Philippines", "2025-03-03/2025-03-04")]


def test_a_verb_ends_the_reach_of_a_title_before_a_name():
    g = graph_of("The Kenyan President observed that relations with other Asian partners such as Vietnam had grown.",
                 date=dt.date(2023, 3, 1))
    assert g.nodes("Person") == [] and edges(g, "HOLDS_OFFICE") == []


def test_a_description_with_a_nationality_is_that_countrys_office_holder():
    g = graph_of("President Hakainde Hichilema met President Nguyen Xuan Phuc of Vietnam in Hanoi. Later, the Vietnamese "
                 "President praised President Hichilema.", date=dt.date(2022, 3, 15))
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == {("Nguyen Xuan Phuc", "Vietnam")}


@pytest.mark.parametrize("sentence", [
    "President Cyril Ramaphosa extended an invitation to President Hakainde Hichilema when they met in Geneva in June 2021.",
    "President Cyril Ramaphosa sent a formal invitation to President Hakainde Hichilema when they met in Geneva in June 2021.",
])
def test_an_invitation_extended_when_they_met(sentence):
    g = graph_of(sentence, date=dt.date(2022, 3, 15))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "INVITED")] == [("Cyril Ramaphosa", "Hakainde Hichilema", "2021-06")]
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "MET")] == [({"Cyril Ramaphosa", "Hakainde Hichilema"}, "2021-06")]


@pytest.mark.parametrize("sentence, person, title, owner", [
    ("Maria Fernanda Espinosa has officially assumed office as Ecuador's Foreign Minister, taking over from a colleague.",
     "Maria Fernanda Espinosa", "Foreign Minister", "Ecuador"),
    ("Annalena Baerbock was sworn in as Germany's Foreign Minister on Wednesday.", "Annalena Baerbock", "Foreign Minister", "Germany"),
    ("Josep Borrell took office as the European Union's High Representative in December.", "Josep Borrell",
     "High Representative", "European Union"),
])
def test_an_office_taken_as_told_after_the_name(sentence, person, title, owner):
    g = graph_of(sentence, date=dt.date(2021, 12, 8))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [(person, owner, title)]


def test_as_without_taking_office_gives_no_title():
    g = graph_of("Sergey Lavrov spoke as well as Wang Yi.", date=dt.date(2021, 12, 8))
    assert edges(g, "HOLDS_OFFICE") == []


def test_a_title_before_a_comma_begins_at_its_first_title_word():
    g = graph_of("The letter was delivered on Monday to the Zambian Head of State, Hakainde Hichilema, by Kenyan Foreign "
                 "Minister Musalia Mudavadi.", date=dt.date(2023, 6, 12))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Hakainde Hichilema", "Zambia", "Head of State"), ("Musalia Mudavadi", "Kenya", "Foreign Minister")}


def test_invited_by_a_counterpart_of_a_country():
    g = graph_of("Zambian President Hakainde Hichilema was invited by his counterpart of the Republic of Botswana, Mokgweetsi "
                 "Masisi, to pay a state visit.", date=dt.date(2023, 6, 12))
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Mokgweetsi Masisi", "Hakainde Hichilema")]
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Hakainde Hichilema", "Zambia", "President"), ("Mokgweetsi Masisi", "Botswana", "President")}


@pytest.mark.parametrize("sentence, owner", [
    ("The Kenyan High Commissioner to Uganda Joash Maangi met Foreign Minister Jeje Odongo.", "Kenya"),
    ("The PNG High Commissioner to Australia John Kali met Foreign Minister Penny Wong.", "Papua New Guinea"),
])
def test_a_high_commissioner_to_a_country_serves_the_sender(sentence, owner):
    g = graph_of(sentence, date=dt.date(2020, 2, 26))
    envoy = next(e for a, b, e in edges(g, "HOLDS_OFFICE") if "High Commissioner" in e.title)
    assert {n.id: n.name for n in g.nodes()}[envoy.target] == owner


def test_a_date_in_an_after_clause_dates_that_clause_not_the_visit():
    g = graph_of("Chilean President Gabriel Boric is on his first official visit to Argentina after he won the "
                 "presidential elections in December.", date=dt.date(2022, 4, 4))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Gabriel Boric", "Argentina", "2022-04-04")]


def test_their_meeting_after_two_named_leaders_is_a_meeting():
    g = graph_of("Uzbek President Shavkat Mirziyoyev and Tajik President Emomali Rahmon summed up the results of their "
                 "meeting at a joint press briefing on March 2.", date=dt.date(2021, 3, 3))
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "MET")] == [({"Shavkat Mirziyoyev", "Emomali Rahmon"}, "2021-03-02")]


def test_a_headline_surname_and_the_full_name_make_one_visit_of_the_specific_kind():
    text = ("Kenyan PM Odinga to visit Tanzania\n\nKenyan Prime Minister Raila Odinga's historic state visit to Tanzania "
            "is not going to be empty-handed.\n\nThe visit is part of Odinga's first official visit to the country.")
    g = extract_documents([make_document(text, path="odinga.txt", date=dt.date(2022, 10, 9))])
    assert [(a, b, e.kind) for a, b, e in edges(g, "VISITED")] == [("Raila Odinga", "Tanzania", "state")]


@pytest.mark.parametrize("sentence, date", [
    ("Diplomatic relations between Ghana and Brazil were established in 1961.", "1961"),
    ("The diplomatic relations between Ghana and Brazil began on 4 May 1961.", "1961-05-04"),
])
def test_relations_between_two_states_established_told_in_the_passive(sentence, date):
    g = graph_of(sentence, date=dt.date(2021, 3, 3))
    assert [(a, b, e.kind, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [("Ghana", "Brazil", "diplomatic_relations", date)]


def test_a_wire_credit_glued_to_the_title_and_a_visit_of_a_country():
    g = graph_of("DHAKA, Mar 3 (BSS):President Joko Widodo of Indonesia, on the invitation of Prime Minister Sheikh Hasina, "
                 "will arrive here on Thursday on a two-day (March 5-6) visit of Bangladesh.", date=dt.date(2020, 3, 3))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Joko Widodo", "Bangladesh", "2020-03-05/2020-03-06")]
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Sheikh Hasina", "Joko Widodo")]
    assert ("Joko Widodo", "Indonesia") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


@pytest.mark.parametrize("sentence", [
    "Prime Minister Sheikh Hasina and President Joko Widodo will have tete-a-tete in Dhaka on Friday.",
    "Prime Minister Sheikh Hasina and President Joko Widodo will sign deals, after which they will co-chair a council.",
    "Besides holding a separate meeting with Prime Minister Sheikh Hasina, President Joko Widodo will address parliament.",
])
def test_meetings_told_as_a_tete_a_tete_a_co_chair_or_a_fronted_clause(sentence):
    g = graph_of(sentence, date=dt.date(2020, 3, 3))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Sheikh Hasina", "Joko Widodo"}]


@pytest.mark.parametrize("sentence, person, country", [
    ("External Affairs Minister S Jaishankar met his counterparts from Denmark and Norway.", "S Jaishankar", "India"),
    ("Taoiseach Micheal Martin met Prime Minister Keir Starmer in London.", "Micheal Martin", "Ireland"),
])
def test_an_office_only_one_state_has_names_that_state(sentence, person, country):
    g = graph_of(sentence, date=dt.date(2024, 9, 28))
    assert (person, country) in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_the_subject_after_a_fronted_phrase_takes_no_title_from_it():
    g = graph_of("External Affairs Minister S Jaishankar met FM Rashid Meredov of Turkmenistan. During his meeting with "
                 "the Foreign Minister and Deputy Prime Minister of Turkmenistan, Jaishankar discussed trade.",
                 date=dt.date(2024, 9, 28))
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE") if a == "S Jaishankar"} == {("S Jaishankar", "India")}


def test_recognising_a_state_named_by_its_demonym():
    g = graph_of("Slovenia and Armenia officially recognised a Palestinian state on Tuesday.", date=dt.date(2024, 6, 4))
    assert {(a, b, e.kind, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")} == {
        ("Slovenia", "Palestine", "recognition", "2024-06-04"), ("Armenia", "Palestine", "recognition", "2024-06-04")}


def test_a_weekday_before_a_lower_case_title_is_no_part_of_it():
    g = graph_of("President Ilham Aliyev received on Monday Turkish defence minister Yasar Guler.", date=dt.date(2024, 6, 4))
    assert ("Yasar Guler", "Turkey", "defence minister") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_a_year_inside_a_name_dates_nothing():
    g = graph_of("Saudi Foreign Minister Faisal bin Farhan held talks with Prime Minister Shehbaz Sharif about investment "
                 "under Vision 2030.", date=dt.date(2024, 6, 4))
    assert [e.date.iso for _, _, e in edges(g, "MET")] == ["2024-06-04"]


@pytest.mark.parametrize("sentence, date", [
    ("Kiribati has decided to switch diplomatic relations from Taiwan to China today (Sept. 20).", "2019-09-20"),
    ("Nicaragua switched recognition from Taipei to Beijing in December 2021.", "2021-12"),
])
def test_switching_recognition_sets_up_relations_with_the_new_state(sentence, date):
    g = graph_of(sentence, date=dt.date(2019, 9, 20))
    assert [(b, e.kind, e.date.iso) for _, b, e in edges(g, "RECOGNIZED")] == [("China", "diplomatic_relations", date)]


def test_clauses_after_semicolons_with_no_subject_are_the_first_subjects():
    g = graph_of("During her visit, Speaker Nguyen Thi Kim Ngan met with General Secretary of the Lao People's Revolutionary "
                 "Party and President of Laos Thongloun Sisoulith; held talks with Chairman of the National Assembly "
                 "Saysomphone Phomvihane; and met with Prime Minister Sonexay Siphandone.", date=dt.date(2019, 7, 13))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Nguyen Thi Kim Ngan", other)) for other in ("Thongloun Sisoulith", "Saysomphone Phomvihane", "Sonexay Siphandone")}


def test_a_titled_counterpart_keeps_the_office_named():
    g = graph_of("Chairwoman Nguyen Thi Kim Ngan held talks with Chairman Li Zhanshu of China. Chairwoman Ngan and her "
                 "Chinese counterpart Li attended a show.", date=dt.date(2019, 7, 13))
    assert {e.title for a, _, e in edges(g, "HOLDS_OFFICE") if a == "Li Zhanshu"} == {"Chairman"}


def test_abroad_ends_no_ministry_in_a_person():
    g = graph_of("The Minister of Foreign Affairs and the National Community Abroad, Ahmed Attaf, announced new measures.",
                 date=dt.date(2024, 1, 1))
    assert "Community Abroad" not in {p.name for p in g.nodes("Person")}


@pytest.mark.parametrize("sentence, visited", [
    ("Like most of his counterparts, President Hakainde Hichilema didn't travel to Addis Ababa for the summit.", False),
    ("President Hakainde Hichilema cancelled his state visit to India.", False),
    ("President Hakainde Hichilema has never visited India.", False),
    ("President Hakainde Hichilema not only visited India but also Nepal.", True),
    ("President Hakainde Hichilema, who could not attend the summit, paid a state visit to India.", True),
])
def test_a_visit_said_not_to_happen_is_no_visit(sentence, visited):
    g = graph_of(sentence, date=dt.date(2022, 2, 17))
    assert bool(edges(g, "VISITED")) is visited


def test_a_plural_title_shared_by_a_list_of_named_leaders_of_states():
    g = graph_of("Presidents Ilham Aliyev of Azerbaijan, Vahagn Khachaturyan of Armenia, and Salome Zourabichvili of Georgia "
                 "arrived in Astana on August 8.", date=dt.date(2024, 8, 9))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Ilham Aliyev", "Azerbaijan", "President"), ("Vahagn Khachaturyan", "Armenia", "President"),
        ("Salome Zourabichvili", "Georgia", "President")}
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        (p, "Kazakhstan", "2024-08-08") for p in ("Ilham Aliyev", "Vahagn Khachaturyan", "Salome Zourabichvili")}


def test_two_listed_ministers_of_two_states_met():
    g = graph_of("Foreign Ministers Penny Wong of Australia and Winston Peters of New Zealand met in Wellington on Friday.",
                 date=dt.date(2024, 8, 9))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Penny Wong", "Winston Peters"}]
    assert {(a, e.title) for a, _, e in edges(g, "HOLDS_OFFICE")} == {("Penny Wong", "Foreign Minister"),
                                                                       ("Winston Peters", "Foreign Minister")}


def test_minister_responsible_for_a_portfolio_is_one_title():
    g = graph_of("Omani Minister Responsible for Foreign Affairs Yousef bin Alawi bin Abdullah attended the meeting.",
                 date=dt.date(2024, 8, 9))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [
        ("Yousef bin Alawi bin Abdullah", "Oman", "Minister Responsible for Foreign Affairs")]


@pytest.mark.parametrize("sentence, person, body, title", [
    ("Director General Rafael Grossi of the International Atomic Energy Agency met President Masoud Pezeshkian.",
     "Rafael Grossi", "International Atomic Energy Agency", "Director General"),
    ("Secretary-General Antonio Guterres of the United Nations met President Joe Biden.",
     "Antonio Guterres", "United Nations", "Secretary-General"),
])
def test_a_titled_name_of_a_body_holds_the_office_in_that_body(sentence, person, body, title):
    g = graph_of(sentence, date=dt.date(2024, 8, 9))
    assert (person, body, title) in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert len(edges(g, "MET")) == 1
    assert not any(person in o.name for o in g.nodes("Organization"))


@pytest.mark.parametrize("sentence, about", [
    ("Director Ivan Timofeev of the Institute for Strategic Studies said ties were strong.", set()),
    ("Director Ivan Timofeev of the Institute for Strategic Studies said Vietnam mattered a lot.", {"Vietnam"}),
])
def test_a_short_statement_after_a_speaker_of_a_body_is_what_was_said(sentence, about):
    g = graph_of(sentence, date=dt.date(2024, 5, 1))
    stated = edges(g, "STATED")
    assert {b for _, b, _ in stated} == about
    assert all(not e.quote.startswith("Director") for _, _, e in stated)


@pytest.mark.parametrize("sentence, invited", [
    ("Thai Prime Minister Yingluck Shinawatra invited Cambodian Prime Minister Hun Sen to visit Thailand.", "Hun Sen"),
    ("Prime Minister Yingluck Shinawatra invited Sen. Tom Harkin to visit Thailand.", "Tom Harkin"),
])
def test_a_style_short_form_ending_a_name_is_a_surname(sentence, invited):
    g = graph_of(sentence, date=dt.date(2013, 6, 11))
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Yingluck Shinawatra", invited)]


def test_two_untitled_full_names_that_meet_are_both_persons():
    g = graph_of("Michel Temer and Mauricio Macri met in Brasilia on Tuesday.", date=dt.date(2017, 2, 8))
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "MET")] == [({"Michel Temer", "Mauricio Macri"}, "2017-02-07")]


def test_a_speaker_called_by_the_surname_is_the_full_name_told_before():
    g = graph_of("Michel Temer and Mauricio Macri also highlighted their interest in closer ties. "
                 "Temer said Brazil would expand trade with Argentina.", date=dt.date(2017, 2, 8))
    assert {a for a, _, _ in edges(g, "STATED")} == {"Michel Temer"}
    assert "Temer" not in {p.name for p in g.nodes("Person")}


@pytest.mark.parametrize("sentence, expected", [
    ("Earlier this month, Honduras, a neighbour of Guatemala, cut diplomatic ties with Taiwan and recognized China.",
     ("Honduras", "China", "2023-03")),
    ("In August 1991 the Kingdom of Denmark was the second country after Iceland to establish diplomatic relations "
     "with the re-independent Republic of Estonia.", ("Denmark", "Estonia", "1991-08")),
])
def test_who_recognises_is_not_the_state_left_compared_or_set_aside(sentence, expected):
    g = graph_of(sentence, date=dt.date(2023, 3, 31))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [expected]


def test_an_anniversary_of_relations_with_several_nations_names_no_pair():
    g = graph_of("Cuban President Miguel Díaz-Canel visited Grenada on Saturday for the CARICOM-Cuba Summit, marking the 50th anniversary of the diplomatic "
                 "relations between Havana and several nations in the area.", date=dt.date(2022, 12, 6))
    assert edges(g, "RECOGNIZED") == []
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Miguel Díaz-Canel", "Grenada")]


def test_the_year_in_an_instruments_name_does_not_date_the_event():
    g = graph_of("Micronesia and Belgium established diplomatic relations in accordance with the Vienna Convention of 1961.",
                 date=dt.date(1996, 10, 28))
    (a, b, relations), = edges(g, "RECOGNIZED")
    assert relations.date is None or relations.date.iso != "1961"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_written_with_the_apostrophe_alone_is_no_part_of_the_title(apostrophe):
    g = graph_of(f"Barbados{apostrophe} Prime Minister Mia Amor Mottley received President Miguel Díaz-Canel.",
                 date=dt.date(2022, 12, 6))
    assert ("Mia Amor Mottley", "Barbados", "Prime Minister") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_a_country_opening_the_sentence_is_where_the_meeting_was_and_whose_leader_was_met():
    g = graph_of("Cuban President Miguel Díaz-Canel held talks with authorities of Barbados on Tuesday. "
                 "In Saint Vincent and the Grenadines, the first stop of his tour, the Cuban president held meetings "
                 "with Prime Minister Ralph Gonsalves.", date=dt.date(2022, 12, 6))
    assert ("Ralph Gonsalves", "Saint Vincent and the Grenadines") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert ("Miguel Díaz-Canel", "Saint Vincent and the Grenadines") in {(a, b) for a, b, _ in edges(g, "VISITED")}


def test_the_pope_holds_his_office_in_the_holy_see():
    g = graph_of("VATICAN CITY, March 11 (AFP) - Iranian President Mohammad Khatami held talks in Rome on Thursday "
                 "with Pope John Paul II.", date=dt.date(1999, 3, 11))
    assert ("John Paul II", "country:va", "Pope") in {(a, e.target, e.title) for a, _, e in edges(g, "HOLDS_OFFICE")}


def test_a_visit_is_dated_by_the_date_right_after_its_host_and_the_visit_is_no_title():
    g = graph_of("The ministers recalled the swearing-in of President Ibrahim Mohamed Solih on 17 November 2018, as well "
                 "as the historic State Visit of President Ibrahim Mohamed Solih to India on 17 December 2018.",
                 date=dt.date(2019, 3, 18))
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.kind, visit.date.iso) == ("Ibrahim Mohamed Solih", "India", "state", "2018-12-17")
    assert g.node("person:ibrahim-mohamed-solih").titles == ["President"]


@pytest.mark.parametrize("text, inviter, guest", [
    ("Foreign Secretary of India Vinay Mohan Kwatra arrived in Nepal today on a two-day official visit. "
     "He arrived at the invitation of Foreign Secretary Bharat Raj Paudyal.", "Bharat Raj Paudyal", "Vinay Mohan Kwatra"),
    ("At the meeting, Prime Minister Bulent Ecevit conveyed an invitation to his Greek counterpart, Prime Minister "
     "Costas Simitis, to visit Turkey.", "Bulent Ecevit", "Costas Simitis"),
    ("At the invitation of the Minister of Foreign Affairs of the Republic of Maldives (FM) Abdulla Shahid, the "
     "External Affairs Minister of India Sushma Swaraj paid an official visit to the Maldives from 17-18 March 2019.",
     "Abdulla Shahid", "Sushma Swaraj"),
    ("Prime Minister Muhyiddin Yassin arrived in Brunei today for a two-day official visit. The official visit is held "
     "at the invitation of Sultan of Brunei Sultan Haji Hassanal Bolkiah.", "Hassanal Bolkiah", "Muhyiddin Yassin"),
    ("Russian President Boris Yeltsin visited China at the invitation of President Jiang Zemin of the People's Republic "
     "of China on December 9 and 10.", "Jiang Zemin", "Boris Yeltsin"),
])
def test_who_invited_whom_told_around_the_visit(text, inviter, guest):
    g = graph_of(text, date=dt.date(2019, 3, 18))
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [(inviter, guest)]


def test_malay_styles_are_no_part_of_a_name():
    g = graph_of("Prime Minister Tan Sri Muhyiddin Yassin met Foreign Minister Datuk Seri Hishammuddin Hussein and "
                 "President Tony Tan in Kuala Lumpur.", date=dt.date(2021, 4, 4))
    assert {p.name for p in g.nodes("Person")} == {"Muhyiddin Yassin", "Hishammuddin Hussein", "Tony Tan"}


@pytest.mark.parametrize("text, visitor, host", [
    ("Danish Foreign Minister Mogens Lykketoft will come to Estonia on a two-days official visit.", "Mogens Lykketoft", "Estonia"),
    ("Eritrean President Isaias Afwerki spent the weekend in Ethiopia.", "Isaias Afwerki", "Ethiopia"),
    ("Mexican President Carlos Salinas met Fidel Castro. Cuban radio carried live coverage of the Mexican president's "
     "arrival in Cuba.", "Carlos Salinas", "Cuba"),
    ("Tunisian President Moncef Marzouki ended his tour. After the visit to Morocco of the Tunisian President, "
     "the Moroccan Foreign Minister Saad Dine El Otmani said ties were strong.", "Moncef Marzouki", "Morocco"),
    ("Polish President Andrzej Duda and US President Donald Trump signed a declaration during Duda's visit to the "
     "White House on Tuesday.", "Andrzej Duda", "United States"),
    # the visitor named after a fronted visit, or after a long title
    ("As part of his official visit to Kazakhstan, Uzbek President Shavkat Mirziyoyev was welcomed with a ceremony by "
     "his Kazakh counterpart Kassym-Jomart Tokayev.", "Shavkat Mirziyoyev", "Kazakhstan"),
    ("Following the talks within the framework of the state visit of the President of Uzbekistan Shavkat Mirziyoyev to "
     "Kyrgyzstan, a ceremony of signing documents took place.", "Shavkat Mirziyoyev", "Kyrgyzstan"),
])
def test_visits_told_by_coming_staying_arriving_or_a_seat_of_government(text, visitor, host):
    g = graph_of(text, date=dt.date(2018, 9, 19))
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [(visitor, host)]


def test_a_multi_day_visit_told_in_days_is_a_range():
    g = graph_of("On Monday, 27 August Danish Foreign Minister Mogens Lykketoft will come to Estonia on a two-days "
                 "official visit.", date=dt.date(2001, 8, 20))
    (_, _, visit), = edges(g, "VISITED")
    assert (visit.kind, visit.date.iso) == ("official", "2001-08-27/2001-08-28")


def test_came_to_power_and_years_spent_somewhere_are_no_visits():
    g = graph_of("President Nelson Mandela came to power in 1994. President Nelson Mandela spent two years in London.",
                 date=dt.date(2018, 9, 19))
    assert edges(g, "VISITED") == []


@pytest.mark.parametrize("text, pair", [
    ("Iranian Foreign Minister Mohammad Javad Zarif visited Oman. The second round of negotiations between Zarif and "
     "Oman's Minister Responsible for Foreign Affairs Yusuf bin Alawi bin Abdullah was held in Muscat on Tuesday.",
     {"Mohammad Javad Zarif", "Yusuf bin Alawi bin Abdullah"}),
    ("In Muscat, Iranian Foreign Minister Mohammad Javad Zarif held talks with the spokesman for Yemen's Houthi "
     "Ansarullah movement, Mohammad Abdulsalam, on the latest developments in Yemen.",
     {"Mohammad Javad Zarif", "Mohammad Abdulsalam"}),
])
def test_negotiations_and_talks_with_someone_named_after_a_role(text, pair):
    g = graph_of(text, date=dt.date(2019, 12, 24))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [pair]


def test_names_with_a_joined_initial_are_persons_and_their_surname_is_them():
    g = graph_of("Russian President Vladimir Putin is visiting Mongolia at the invitation of President of Mongolia "
                 "Kh.Battulga. He was welcomed by Minister of Foreign Affairs of Mongolia D.Tsogtbaatar. "
                 "Battulga said ties with Russia were strong.", date=dt.date(2019, 9, 3))
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Vladimir Putin", "Mongolia")]
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Kh.Battulga", "Vladimir Putin")]
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} >= {("Kh.Battulga", "Mongolia"), ("D.Tsogtbaatar", "Mongolia")}
    assert [a for a, _, _ in edges(g, "STATED")] == ["Kh.Battulga"]


def test_a_word_run_on_after_a_full_stop_still_ends_the_sentence():
    from diplograph.loaders.mentions import pipeline

    nlp, _ = pipeline()
    assert len(list(nlp("The talks ended.Then the minister left for Paris.").sents)) == 2


def test_a_bracketed_short_form_of_a_title_names_the_person_later():
    g = graph_of("At the invitation of the Minister of Foreign Affairs of Maldives (FM) Abdulla Shahid, the External "
                 "Affairs Minister of India (EAM) Sushma Swaraj paid an official visit to the Maldives from 17-18 March "
                 "2019.\nFM Shahid and EAM met on 17 March 2019. EAM also met with the Minister of Home Affairs "
                 "Imran Abdulla.", date=dt.date(2019, 3, 18))
    met = {(frozenset((a, b)), e.date.iso if e.date else None) for a, b, e in edges(g, "MET")}
    assert met == {(frozenset(("Abdulla Shahid", "Sushma Swaraj")), "2019-03-17"),
                   (frozenset(("Imran Abdulla", "Sushma Swaraj")), "2019-03-18")}
    assert "EAM" not in {n.name for n in g.nodes()}


def test_a_plural_title_of_two_states_gives_each_named_person_the_office_in_their_own():
    g = graph_of("The Prime Ministers of Georgia and Armenia, Irakli Garibashvili and Nikol Pashinyan, have signed a "
                 "memorandum of strategic partnership. Pashinyan arrived in Tbilisi on a working visit.",
                 date=dt.date(2024, 1, 27))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Irakli Garibashvili", "Georgia", "Prime Minister"), ("Nikol Pashinyan", "Armenia", "Prime Minister")}
    assert [(a, b, e.kind) for a, b, e in edges(g, "VISITED")] == [("Nikol Pashinyan", "Georgia", "working")]


def test_post_nominal_letters_and_a_capitalised_special_are_no_names():
    g = graph_of("Prime Minister Hon. Manasseh Sogavare MP met leaders at the Pacific Islands Forum Leaders Special "
                 "retreat in Fiji.", date=dt.date(2023, 2, 28))
    assert {p.name for p in g.nodes("Person")} == {"Manasseh Sogavare"}


def test_a_statement_reported_by_a_news_agency_is_not_about_the_agency():
    g = graph_of("Qatar's Emir Sheikh Tamim bin Hamad Al Thani phoned Saudi Arabia's crown prince Mohammed bin Salman "
                 "on Friday. “During the call, the Emir of Qatar expressed his desire to sit at the dialogue table,” "
                 "Saudi Press Agency (SPA) reported.", date=dt.date(2017, 9, 9))
    assert {b for _, b, _ in edges(g, "STATED")} == {"Saudi Arabia"}


def test_a_gloss_in_brackets_inside_an_appositive_title():
    g = graph_of("They are Ambassador of Türkiye (Turkey) to Ghana, Hüseyin Güngor; and Ambassador of Colombia to Ghana, "
                 "Daniel Garces Carabali.", date=dt.date(2023, 7, 10))
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == {("Hüseyin Güngor", "Turkey"), ("Daniel Garces Carabali", "Colombia")}


def test_a_company_named_for_its_railways_is_no_part_of_a_name():
    g = graph_of("Putin is accompanied by President of Russian Railways Oleg Belozyorov.", date=dt.date(2019, 9, 3))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Oleg Belozyorov", "Russian Railways", "President")]


def test_a_weekday_opening_a_quoted_announcement_looks_ahead():
    g = graph_of('"On Tuesday, Ukrainian Foreign Minister Dmytro Kuleba will be on a visit to Berlin," the spokeswoman said.',
                 date=dt.date(2020, 5, 29))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Dmytro Kuleba", "Germany", "2020-06-02")]


def test_a_military_rank_before_a_name_is_no_office_the_appositive_title_is():
    g = graph_of("The President of the Transition and Head of State of Gabon, General Brice Clotaire Oligui Nguema, made "
                 "an official visit to Cameroon on Wednesday. Attorney General Merrick Garland and Governor-General "
                 "Susan Dougan were not there.", date=dt.date(2023, 12, 7))
    titles = {(a, e.title) for a, _, e in edges(g, "HOLDS_OFFICE")} | {(p.name, t) for p in g.nodes("Person") for t in p.titles}
    assert ("Brice Clotaire Oligui Nguema", "Head of State") in titles
    assert not any(t == "General" for _, t in titles)
    assert {("Merrick Garland", "Attorney General"), ("Susan Dougan", "Governor-General")} <= titles


def test_seas_and_peninsulas_named_after_a_state_name_no_state_and_no_person():
    g = graph_of("President Ferdinand Marcos Jr. met Vietnamese Prime Minister Pham Minh Chinh in Hanoi. Marcos said the "
                 "Philippines would defend its rights in the South China Sea and the Indian Ocean. He said peace on the "
                 "Korean Peninsula mattered.", date=dt.date(2024, 1, 30))
    assert {c.name for c in g.nodes("Country")} == {"Vietnam", "Philippines"}
    assert {p.name for p in g.nodes("Person")} == {"Ferdinand Marcos Jr.", "Pham Minh Chinh"}
    assert ("Ferdinand Marcos Jr.", "China") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


def test_a_meeting_attended_by_officials_is_no_meeting_between_them():
    g = graph_of("President Sisi chaired the meeting attended by Defence Minister Sedki Sobhi.", date=dt.date(2016, 4, 8))
    assert edges(g, "MET") == []


def test_two_leaders_who_agreed_after_meeting_met_and_the_spokesman_who_said_so_did_not():
    g = graph_of("Indonesian President Suharto and Chinese Foreign Minister Qian Qichen reached the agreement after "
                 "meeting for more than two hours at a Tokyo hotel, said Max Lapod, spokesman for the Indonesian "
                 "Embassy in Tokyo.", date=dt.date(1989, 2, 24))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Suharto", "Qian Qichen"}]


def test_an_announced_trip_is_not_dated_by_the_dateline_or_the_day_it_was_reported():
    g = graph_of("SEOUL, July 15 (Yonhap) -- South Korean Foreign Minister Park Jin will embark on a three-day trip to "
                 "Japan next week, Seoul's foreign ministry said Friday.", date=dt.date(2022, 7, 15))
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.date.iso) == ("Park Jin", "Japan", "2022-07")  # next week's month, not the 15th


def test_a_statement_following_a_phone_call_with_someone_is_a_call_with_them():
    g = graph_of("Egypt's President Abdel Fattah El-Sisi has reaffirmed his commitment to deeper trade with Ghana following "
                 "a phone call with President John Dramani Mahama.", date=dt.date(2025, 2, 3))
    (a, b, call), = edges(g, "MET")
    assert {a, b} == {"Abdel Fattah El-Sisi", "John Dramani Mahama"}


@pytest.mark.parametrize("text, offices", [
    ("Uruguay and Paraguay presidents, Luis Lacalle Pou and Mario Abdo Benítez, held talks in Punta del Este on Wednesday.",
     {("Luis Lacalle Pou", "Uruguay"), ("Mario Abdo Benítez", "Paraguay")}),
    ("The Kenyan and Ugandan foreign ministers, Musalia Mudavadi and Jeje Odongo, met in Kampala on Monday.",
     {("Musalia Mudavadi", "Kenya"), ("Jeje Odongo", "Uganda")}),
])
def test_two_states_before_a_plural_title_give_each_named_person_their_own(text, offices):
    g = graph_of(text, date=dt.date(2021, 2, 17))
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == offices
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{name for name, _ in offices}]


def test_his_visit_after_a_reception_is_the_received_guests():
    g = graph_of("Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, will receive Dutch Minister of Foreign Affairs "
                 "Stef Blok today during his first visit to France.", date=dt.date(2018, 7, 9))
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Stef Blok", "France")]


def test_leaders_concluding_days_of_summit_talks_met():
    g = graph_of("VALLETTA, MALTA, DEC. 3 -- President Bush and Soviet President Mikhail Gorbachev, concluding two days of "
                 "summit talks aboard a Soviet cruise liner, today hailed a new relationship.", date=dt.date(1989, 12, 3))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Bush", "Mikhail Gorbachev"}]


@pytest.mark.parametrize("text, pair", [
    ("Iranian Foreign Minister Mohammad Javad Zarif and his Turkish counterpart Mevlut Cavusoglu in a meeting in Ankara "
     "on Wednesday discussed mutual cooperation.", {"Mohammad Javad Zarif", "Mevlut Cavusoglu"}),
    ("His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, and US President Joe Biden discussed "
     "over a phone call the ties between the two countries.", {"Sheikh Mohamed bin Zayed Al Nahyan", "Joe Biden"}),
    ("Pakistani President Pervez Musharraf said his discussions with Afghan leader Hamid Karzai focused on drugs.",
     {"Pervez Musharraf", "Hamid Karzai"}),
])
def test_meetings_told_in_a_meeting_over_a_call_or_as_discussions(text, pair):
    g = graph_of(text, date=dt.date(2016, 9, 28))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [pair]


def test_relations_established_between_two_named_states_are_theirs():
    g = graph_of("The US President cited the importance of establishing diplomatic relations between the UAE and Israel.",
                 date=dt.date(2021, 5, 4))
    assert [{a, b} for a, b, _ in edges(g, "RECOGNIZED")] == [{"United Arab Emirates", "Israel"}]


def test_an_amir_is_a_monarchs_office():
    g = graph_of("The ambassador conveyed the regards of His Highness the Amir of Kuwait Sheikh Meshal Al-Ahmad Al-Jaber "
                 "Al-Sabah.", date=dt.date(2025, 4, 3))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [
        ("Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah", "Kuwait", "Amir")]


def test_a_titled_name_after_a_description_keeps_the_description_as_its_title():
    g = graph_of("Prime Minister Oli holds talks with Prime Minister Modi\n\nRt Hon Prime Minister Mr K P Sharma Oli of Nepal "
                 "had a meeting with the Prime Minister of India, His Excellency Shri Narendra Modi at Hyderabad House "
                 "in New Delhi today. He extended best wishes for the tenure of the Prime Minister of India.",
                 date=dt.date(2019, 5, 31))
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert ("Narendra Modi", "India") in offices and ("K P Sharma Oli", "India") not in offices
    assert ("K P Sharma Oli", "Nepal") in offices


def test_a_country_glossing_the_summits_city_is_no_party():
    g = graph_of("Prime Minister Justin Trudeau met with the President of the United States of America, Joe Biden, at the "
                 "North American Leaders' Summit in Mexico City, Mexico. The two discussed trade between Canada and the "
                 "United States.", date=dt.date(2023, 1, 10))
    assert ("Justin Trudeau", "Mexico") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


@pytest.mark.parametrize("text, host, iso", [
    ("Foreign Affairs Minister Nanaia Mahuta departs for Fiji next week, her first trip to the Pacific.", "Fiji", "2022-03"),
    ("Indian Prime Minister Narendra Modi left for Japan on Monday.", "Japan", "2022-03-21"),
])
def test_departing_for_a_country_is_a_visit(text, host, iso):
    g = graph_of(text, date=dt.date(2022, 3, 25))
    (_, b, visit), = edges(g, "VISITED")
    assert (b, visit.date.iso if visit.date else None) == (host, iso)


def test_an_instruments_name_runs_through_of_a_and_hyphenated_words_and_the_two_ministers_sign_for_their_states():
    g = graph_of("South Africa and Senegal held talks in Dakar. To this end, the two Ministers signed an Agreement on the "
                 "Establishment of a Joint Commission for Bilateral Co-operation (JCBC).", date=dt.date(2004, 11, 5))
    name = "Agreement on the Establishment of a Joint Commission for Bilateral Co-operation"
    assert sorted((a, b) for a, b, _ in edges(g, "SIGNED")) == [("Senegal", name), ("South Africa", name)]



def test_hosts_who_received_the_head_of_state_across_a_relative_aside_met_him():
    g = graph_of("Cuban President Miguel Díaz-Canel held talks in Bridgetown. On Monday, Barbados' Prime Minister Mia Amor "
                 "Mottley and President Sandra Mason, to whom he reassured his willingness to strengthen dialogue, "
                 "received the Cuban head of State.", date=dt.date(2022, 12, 6))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Mia Amor Mottley", "Miguel Díaz-Canel")), frozenset(("Sandra Mason", "Miguel Díaz-Canel"))}


def test_visiting_a_countrys_aid_projects_is_no_visit_to_it_and_a_courtesy_call_is_made():
    g = graph_of("Prime Minister John Key will meet Pacific leaders and visit New Zealand Aid Programme projects. Samoan Prime "
                 "Minister Tuilaepa Sailele had the opportunity to make a courtesy call to the President of Fiji, Major "
                 "General Jioji Konusi Konrote.", date=dt.date(2018, 8, 29))
    assert edges(g, "VISITED") == []
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Tuilaepa Sailele", "Jioji Konusi Konrote"}]


@pytest.mark.parametrize("text, members, iso", [
    ("Togo and Gabon were admitted to the Commonwealth of Nations on Saturday.", {"Togo", "Gabon"}, "2022-06-25"),
    ("Comoros and Timor-Leste formally joined the World Trade Organisation (WTO) at a ceremony in Abu Dhabi today, "
     "becoming its newest members.", {"Comoros", "Timor-Leste"}, "2022-06-25"),
])
def test_states_admitted_or_joining_with_the_day_told_later_in_the_clause(text, members, iso):
    g = graph_of(text, date=dt.date(2022, 6, 25))
    assert {(a, e.date.iso if e.date else None) for a, _, e in edges(g, "MEMBER_OF")} == {(m, iso) for m in members}


def test_an_ambiguous_country_name_opening_a_list_of_states_is_the_state():
    g = graph_of("Jordan and Egypt signed the Treaty of Peace. Michael Jordan and the Egyptian president met.",
                 date=dt.date(2022, 6, 25))
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"Jordan", "Egypt"}


def test_the_anniversary_of_a_treatys_signing_dates_its_signing_by_the_states_it_names():
    g = graph_of("Chinese President Xi Jinping had a video meeting with Russian President Vladimir Putin on Monday on the "
                 "20th anniversary of the signing of the Russia-China Treaty on Good-Neighborliness and Friendly "
                 "Cooperation.", date=dt.date(2021, 6, 28))
    assert sorted((a, e.date.iso) for a, _, e in edges(g, "SIGNED")) == [("China", "2001"), ("Russia", "2001")]


def test_met_at_a_place_with_someone_and_a_visit_to_states_listed_after_a_dash():
    g = graph_of("President of Tajikistan Emomali Rahmon met at the Qasri Millat Palace with President of Turkmenistan "
                 "Gurbanguly Berdimuhamedov. President Nana Akufo-Addo returned home after a six-day visit to three West "
                 "African countries — Togo, Burkina Faso and Cote d'Ivoire.", date=dt.date(2017, 11, 2))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Emomali Rahmon", "Gurbanguly Berdimuhamedov"}]
    assert {b for a, b, _ in edges(g, "VISITED") if a == "Nana Akufo-Addo"} == {"Togo", "Burkina Faso", "Ivory Coast"}


def test_a_states_style_left_after_its_name_is_no_part_of_the_office():
    g = graph_of("Minister of Foreign Affairs of the Republic of Turkey, Abdullah Gül, and Secretary of State Condoleezza "
                 "Rice exchanged messages.", date=dt.date(2006, 3, 16))
    titles = {(a, e.title) for a, _, e in edges(g, "HOLDS_OFFICE")} | {(p.name, t) for p in g.nodes("Person") for t in p.titles}
    assert ("Abdullah Gül", "Minister of Foreign Affairs") in titles and ("Condoleezza Rice", "Secretary of State") in titles
    assert not any(t.endswith("Republic") for _, t in titles)


def test_a_fronted_invitation_by_a_titled_host_and_the_appositive_guest_who_visited():
    g = graph_of("In response to an invitation by the Prime Minister of Pakistan, Mr. Muhammad Nawaz Sharif, the Prime "
                 "Minister of India, Shri Atal Behari Vajpayee, visited Pakistan from 20-21 February, 1999. The Prime "
                 "Minister of Pakistan received the Indian Prime Minister at the Wagah border.", date=dt.date(1999, 2, 21))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Atal Behari Vajpayee", "Pakistan", "1999-02-20/1999-02-21")]
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Muhammad Nawaz Sharif", "Atal Behari Vajpayee")]
    assert {p.name for p in g.nodes("Person")} == {"Muhammad Nawaz Sharif", "Atal Behari Vajpayee"}


def test_a_demonym_description_does_not_take_a_president_named_long_before():
    g = graph_of("President Isaias Afwerki visited Addis Ababa in July. The two countries reopened embassies. Trade resumed. "
                 "Flights resumed. The Somali president arrived in Asmara for the event.", date=dt.date(2018, 9, 6))
    assert ("Isaias Afwerki", "Somalia") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Isaias Afwerki", "Ethiopia")]  # not the Somali's arrival


def test_met_by_the_host_after_a_long_place_and_a_quoted_phone_conversation():
    g = graph_of("Beninese President Patrice Talon arrived in Ghana on Wednesday for a State visit. He was met on arrival at "
                 "the Jubilee Lounge of the Kotoka International Airport by President Nana Addo Dankwa Akufo-Addo. "
                 "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held a \"lengthy\" phone "
                 "conversation on Saturday.", date=dt.date(2017, 10, 12))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Patrice Talon", "Nana Addo Dankwa Akufo-Addo")), frozenset(("Vladimir Putin", "Kassym-Jomart Tokayev"))}


def test_going_to_a_capital_on_a_later_day_is_an_announced_visit_then():
    g = graph_of("US Secretary of State John Kerry announced on Monday that he is going to Havana on August 14 for a "
                 "ceremony.", date=dt.date(2015, 7, 21))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("John Kerry", "Cuba", "2015-08-14")]


def test_the_prime_minister_described_is_no_foreign_minister_and_an_interview_answer_has_its_own_subject():
    g = graph_of("Minister for Foreign Affairs Fumio Kishida held a press conference. Yesterday, Chief Cabinet Secretary "
                 "Yoshihide Suga said he expected the groundwork for a visit to Russia by the Prime Minister.\n"
                 "Minister Kishida: Former Prime Minister Yoshiro Mori will visit Russia from February 20 to 22.",
                 date=dt.date(2013, 2, 19))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Yoshiro Mori", "Russia", "2013-02-20/2013-02-22")]


def test_the_crown_prince_described_is_the_prince_named_before():
    g = graph_of("Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah al-Sisi in Riyadh. The Crown "
                 "Prince affirmed the Kingdom's keenness to strengthen its strategic relations with Egypt.",
                 date=dt.date(2024, 10, 15))
    assert ("Mohammed bin Salman", "Egypt") in {(a, b) for a, b, _ in edges(g, "STATED")}


def test_two_ministers_each_set_off_by_commas_who_ended_talks_met():
    g = graph_of("Indonesia's Foreign Minister, Mr Adam Malik, and Malaysia's Deputy Prime Minister, Abdul Razak, ended "
                 "talks which lasted three days.", date=dt.date(1966, 6, 3))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Adam Malik", "Abdul Razak"}]


@pytest.mark.parametrize("text, person, country, title", [
    ("The leaders met in Kigali with new chairperson Rwandan President Paul Kagame.", "Paul Kagame", "Rwanda", "President"),
    ("Rt Hon Prime Minister K P Sharma Oli of Nepal met the press.", "K P Sharma Oli", "Nepal", "Prime Minister"),
    ("The Minister of Foreign Affairs for Tanzania, Stergomena Tax, received the guests.", "Stergomena Tax", "Tanzania",
     "Minister of Foreign Affairs"),
])
def test_the_office_next_to_the_name_without_styles_or_the_state_it_serves(text, person, country, title):
    g = graph_of(text, date=dt.date(2022, 6, 25))
    assert (person, country, title) in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_a_plural_title_before_two_styled_names_is_each_ones():
    g = graph_of("Prime Ministers Hon. Manasseh Sogavare MP and Hon. Ishmael Kalsakau MP deliberated on regional security.",
                 date=dt.date(2023, 2, 28))
    assert {(p.name, tuple(p.titles)) for p in g.nodes("Person")} == {
        ("Manasseh Sogavare", ("Prime Minister",)), ("Ishmael Kalsakau", ("Prime Minister",))}


def test_japanese_surnames_in_capitals_after_a_title_and_a_plenipotentiary_ambassador():
    g = graph_of("At the cordial invitation of Deputy Prime Minister and Minister for Foreign Affairs of Nepal, Narayan Kaji "
                 "Shrestha, Minister for Foreign Affairs of Japan KAMIKAWA Yoko is arriving here today on an official visit "
                 "to Nepal. Shrestha met Ambassador Extraordinary and Plenipotentiary of Canada to Nepal Catherine Ivkoff "
                 "and the British High Commissioner to The Gambia, David Belgrove.", date=dt.date(2024, 5, 5))
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Kamikawa Yoko", "Nepal")]
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Narayan Kaji Shrestha", "Kamikawa Yoko")]
    offices = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert {("Catherine Ivkoff", "Canada", "Ambassador Extraordinary and Plenipotentiary"),
            ("David Belgrove", "United Kingdom", "High Commissioner")} <= offices


def test_a_guest_hosted_in_a_city_of_another_state_visits_it():
    g = graph_of("Foreign Minister Tanja Fajon will host her Austrian counterpart Alexander Schallenberg in Ljubljana on "
                 "Monday.", date=dt.date(2022, 5, 27))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Alexander Schallenberg", "Slovenia", "2022-05-30")]


def test_a_list_of_hosts_through_a_states_style_and_a_visit_had_by_the_name_before_it():
    g = graph_of("Chinese Premier Wen Jiabao returned to Beijing on Sunday after his official visits to Egypt, Ghana, the "
                 "Republic of Congo and Angola. German Chancellor Angela Merkel said she was happy to know President Xi "
                 "Jinping had a fruitful visit to Britain. OUAGADOUGOU French President Emmanuel Macron met students.",
                 date=dt.date(2006, 6, 25))
    visits = {(a, b) for a, b, _ in edges(g, "VISITED")}
    assert {("Wen Jiabao", c) for c in ("Egypt", "Ghana", "Republic of the Congo", "Angola")} <= visits
    assert ("Xi Jinping", "United Kingdom") in visits and ("Angela Merkel", "United Kingdom") not in visits
    assert ("Emmanuel Macron", "France", "President") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_a_month_that_is_a_surname_and_a_visit_hosted_at_a_seat_of_government():
    g = graph_of("Turkish President Recep Tayyip Erdoğan hosted British Prime Minister Theresa May in Ankara on Jan. 28. "
                 "President Bush is hosting Mexican President Vicente Fox at the White House for a state visit.",
                 date=dt.date(2017, 1, 28))
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Theresa May", "Turkey"), ("Vicente Fox", "United States")}
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Recep Tayyip Erdoğan", "Theresa May")), frozenset(("Bush", "Vicente Fox"))}


@pytest.mark.parametrize("name, key", [("Binali Yıldırım", "binali-yildirim"), ("Lech Wałęsa", "lech-walesa"),
                                       ("Jonas Gahr Støre", "jonas-gahr-store"), ("Phạm Minh Chính", "pham-minh-chinh")])
def test_node_keys_spell_letters_without_a_decomposition_plainly(name, key):
    from diplograph.loaders.lexicon import slug

    assert slug(name) == key


def test_visits_told_as_a_habit_are_undated():
    g = graph_of("Japanese Prime Minister Shinzo Abe has visited Russia on several occasions since taking office in 2012.",
                 date=dt.date(2016, 12, 15))
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.date) == ("Shinzo Abe", "Russia", None)


def test_a_counterpart_from_a_state_holds_the_others_office_there_and_visits():
    g = graph_of("Foreign Minister of Kyrgyzstan Jeenbek Kulubaev met with his counterpart from Uzbekistan Bakhtiyor Saidov, "
                 "who arrived in Kyrgyzstan for an official visit.", date=dt.date(2025, 7, 31))
    assert ("Bakhtiyor Saidov", "Uzbekistan", "Foreign Minister") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Bakhtiyor Saidov", "Kyrgyzstan")]


def test_an_office_told_by_is_the_new_after_the_name():
    g = graph_of("Phemelo Mbi Rankoro is the new High Commissioner of Botswana. Joanne Doornewaard is the new ambassador of "
                 "the Kingdom of the Netherlands. President Emmanuel Macron is the first French president in decades to "
                 "visit.", date=dt.date(2024, 3, 18))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Phemelo Mbi Rankoro", "Botswana", "High Commissioner"), ("Joanne Doornewaard", "Netherlands", "ambassador")}


def test_a_chamber_called_upper_house_is_no_name_so_its_chairman_is_titled():
    g = graph_of("Vietnamese Prime Minister Pham Minh Chinh arrived in New Delhi. He held talks with Vice President and "
                 "Chairman of the Indian Upper House (Rajya Sabha) Jagdeep Dhankhar.", date=dt.date(2024, 8, 2))
    assert ("Jagdeep Dhankhar", "India", "Vice President") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Jagdeep Dhankhar", "Pham Minh Chinh"}]


# ---- fourth round: independently annotated fresh articles (the fixes below each came from a miss there) ----------------
@pytest.mark.parametrize("text, person, country, title", [
    ("Anna Virtanen, the Finnish foreign minister, said the talks had gone well.", "Anna Virtanen", "Finland", "foreign minister"),
    ("“We are ready,” said Ana Costa, the Brazilian deputy foreign minister.", "Ana Costa", "Brazil", "deputy foreign minister"),
])
def test_a_lower_case_office_set_off_after_a_name_is_the_persons(text, person, country, title):
    g = graph_of(text, date=dt.date(2019, 4, 2))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {(person, country, title)}


def test_a_lower_case_office_after_a_comma_without_a_name_before_it_titles_no_one():
    g = graph_of("In Helsinki, the foreign minister said the talks had gone well.", date=dt.date(2019, 4, 2))
    assert edges(g, "HOLDS_OFFICE") == [] and [n for n in g.nodes() if n.type == "Person"] == []


@pytest.mark.parametrize("written, name", [("Antigua & Barbuda", "Antigua and Barbuda"), ("Antigua", "Antigua and Barbuda"),
                                           ("Trinidad & Tobago", "Trinidad and Tobago"), ("St Lucia", "Saint Lucia")])
def test_states_written_with_an_ampersand_or_by_their_short_name(written, name):
    g = graph_of(f"Prime Minister Keith Rowley arrived in {written} on Monday for an official visit.", date=dt.date(2022, 6, 8))
    (visitor, host, visit), = edges(g, "VISITED")
    assert (visitor, host, visit.date.iso) == ("Keith Rowley", name, "2022-06-06")


def test_met_for_a_while_with_an_untitled_full_name_is_a_meeting():
    g = graph_of("Bolivian President Evo Morales arrived in Havana. Morales met for nearly three hours with Fidel Castro on "
                 "Tuesday, state media reported.", date=dt.date(2006, 1, 5))
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "MET")] == [({"Evo Morales", "Fidel Castro"}, "2006-01-03")]


@pytest.mark.parametrize("text, date, host", [
    ("U.S. President Richard Nixon arrived in Moscow on Monday for a summit.", dt.date(1972, 5, 24), "Soviet Union"),
    ("U.S. President Richard Nixon arrived in Moscow on Monday for a summit.", dt.date(1994, 5, 24), "Russia"),
    ("Former U.S. President Richard Nixon recalled that he visited Moscow in May 1972.", dt.date(1994, 3, 1), "Soviet Union"),
    ("Swedish Prime Minister Olof Palme arrived in Hanoi on Monday.", dt.date(1974, 4, 3), "Democratic Republic of Vietnam"),
    # renamed and dissolved states, and the capitals of the federation and the union that came before Serbia
    ("Indian Prime Minister Indira Gandhi visited Ceylon in 1970.", dt.date(1970, 5, 1), "Ceylon"),
    ("Chinese Premier Zhou Enlai visited Upper Volta in 1973.", dt.date(1973, 5, 1), "Upper Volta"),
    ("Russian Foreign Minister Igor Ivanov arrived in Belgrade on March 3, 1999.", dt.date(1999, 3, 4),
     "Federal Republic of Yugoslavia"),
    ("Russian Foreign Minister Sergei Lavrov arrived in Belgrade on March 3, 2005.", dt.date(2005, 3, 4), "Serbia and Montenegro"),
    # 'next week' of a mid-June 2006 article is after the union ended on June 5: Serbia
    ("Montenegrin Foreign Minister Miodrag Vlahovic will visit Belgrade next week.", dt.date(2006, 6, 15), "Serbia"),
])
def test_a_historical_states_capital_in_its_years_stands_for_that_state(text, date, host):
    g = graph_of(text, date=date)
    assert [b for _, b, _ in edges(g, "VISITED")] == [host]


def test_a_date_far_from_a_capital_dates_something_else_and_leaves_the_state_of_today():
    g = graph_of("On the anniversary of the ties established on January 30, 1950, Russian Foreign Minister Sergey Lavrov "
                 "held talks with Vietnamese Foreign Minister Bui Thanh Son in Hanoi.", date=dt.date(2025, 1, 30))
    assert [b for _, b, _ in edges(g, "VISITED")] == ["Vietnam"]


@pytest.mark.parametrize("opening", ["During their meeting", "During their talks in Ottawa", "At their meeting"])
def test_the_two_named_after_an_opening_their_meeting_met(opening):
    g = graph_of(f"{opening}, Prime Minister Justin Trudeau and Mexican President Enrique Peña Nieto stressed the "
                 "importance of trade.", date=dt.date(2017, 10, 13))
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Justin Trudeau", "Enrique Peña Nieto"}]


def test_an_opening_their_meeting_followed_by_one_name_pairs_no_one():
    g = graph_of("During their meeting, Prime Minister Justin Trudeau stressed the importance of trade.",
                 date=dt.date(2017, 10, 13))
    assert edges(g, "MET") == []


def test_a_sheikhs_name_is_also_known_without_the_style_but_a_given_name_sheikh_stays():
    g = graph_of("Qatar's Amir Sheikh Tamim bin Hamad Al Thani held talks with Slovenian President Borut Pahor in Ljubljana. "
                 "Bangladeshi Prime Minister Sheikh Hasina met him later.", date=dt.date(2022, 5, 26))
    people = {n.name: n.aliases for n in g.nodes() if n.type == "Person"}
    assert "Tamim bin Hamad Al Thani" in people["Sheikh Tamim bin Hamad Al Thani"]
    assert "Hasina" not in people.get("Sheikh Hasina", ["Hasina"])


@pytest.mark.parametrize("text, when", [
    ("President Rodrigo Duterte left the country last night for a five-day official visit to China.", "2019-08-27/2019-08-31"),
    ("President Rodrigo Duterte will arrive in China tonight for a state visit.", "2019-08-28"),
    ("President Rodrigo Duterte is expected to arrive in Beijing on Friday.", "2019-08-30"),
    ("On August 25, a delegation led by President Rodrigo Duterte arrived in China for a five-day visit through August 29.",
     "2019-08-25/2019-08-29"),
    ("President Rodrigo Duterte will visit China from September 2 through September 4.", "2019-09-02/2019-09-04"),
])
def test_visits_dated_by_last_night_tonight_and_through_and_led_in_a_delegation(text, when):
    g = graph_of(text, date=dt.date(2019, 8, 28))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Rodrigo Duterte", "China", when)]


_CHARTRES = "Australian High Commissioner Alison Chartres presented her credentials to President Uhuru Kenyatta. "


@pytest.mark.parametrize("text, expected", [
    # 'His Majesty said': the monarch named before, not the last man named; with no monarch named, no one
    ("Sultan Hassanal Bolkiah welcomed President Truong Tan Sang at the palace. His Majesty said ties with Vietnam had "
     "grown over 20 years.", [("Hassanal Bolkiah", "Vietnam")]),
    ("President Truong Tan Sang arrived in Brunei on Monday. “Brunei and Vietnam are bonded by a special memory,” His "
     "Majesty said.", []),
    # 'the envoy', 'the diplomat': the latest ambassador named (of the state the description names)
    (_CHARTRES + "The envoy said she would work hard to boost ties between Kenya and Australia.", [("Alison Chartres", "Kenya")]),
    (_CHARTRES + "The new Australian diplomat said she would work hard to boost ties between Kenya and Australia.",
     [("Alison Chartres", "Kenya")]),
    (_CHARTRES + "The Ugandan envoy said ties between Kenya and Uganda were strong.", []),
])
def test_a_royal_style_or_an_envoy_speaking_is_the_one_named_before_of_that_kind(text, expected):
    g = graph_of(text, date=dt.date(2012, 11, 28))
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == expected


@pytest.mark.parametrize("text, when", [
    ("During his stay, President Xi Jinping will meet with Prime Minister Hun Manet on Friday.", "2025-04-18"),
    ("President Xi Jinping is scheduled to meet Prime Minister Hun Manet on Friday.", "2025-04-18"),
    # an announced meeting takes no date from before the article ('who took office in 2023')
    ("President Xi Jinping will meet with Prime Minister Hun Manet, who took office in 2023.", None),
])
def test_an_announced_meeting_is_a_meeting_dated_when_planned(text, when):
    g = graph_of(text, date=dt.date(2025, 4, 16))
    assert [({a, b}, e.date.iso if e.date else None) for a, b, e in edges(g, "MET")] == [({"Xi Jinping", "Hun Manet"}, when)]


def test_wanting_or_refusing_to_meet_is_no_meeting():
    g = graph_of("President Xi Jinping wants to meet Prime Minister Hun Manet. President Joe Biden refused to meet "
                 "President Vladimir Putin.", date=dt.date(2025, 4, 16))
    assert edges(g, "MET") == []


@pytest.mark.parametrize("text, pairs", [
    ("President Nursultan Nazarbayev, President Vladimir Putin and President Gurbanguly Berdimuhamedov had a one and a "
     "half-hour tete-a-tete on energy.", 3),
    ("Prime Minister Narendra Modi and President Vladimir Putin presided over the signing of three agreements.", 1),
    ("Prime Minister Narendra Modi and President Vladimir Putin jointly witnessed the signing of three agreements.", 1),
    ("President Vladimir Putin stressed the importance of energy at a summit with Prime Minister Narendra Modi.", 1),
    ("President Vladimir Putin was welcomed at the airport in St. Petersburg by Prime Minister Narendra Modi.", 1),
])
def test_meetings_of_three_listed_of_two_presiding_over_a_signing_and_welcomed_by(text, pairs):
    g = graph_of(text, date=dt.date(2024, 7, 9))
    assert len(edges(g, "MET")) == pairs


def test_one_leader_witnessing_a_signing_met_no_one():
    g = graph_of("Chinese Premier Li Qiang witnessed the signing of the agreements.", date=dt.date(2024, 7, 9))
    assert edges(g, "MET") == []


def test_a_meeting_told_after_it_happened_keeps_its_past_day():
    g = graph_of("On Wednesday, President Mohammad Khatami spoke in favour of dialogue after an hour-long meeting with "
                 "Prime Minister Massimo D'Alema.", date=dt.date(1999, 3, 11))
    assert [e.date.iso for _, _, e in edges(g, "MET")] == ["1999-03-10"]


@pytest.mark.parametrize("text, expected", [
    ("The Serbian government recognized newly independent Montenegro on Thursday.", [("Serbia", "Montenegro", "recognition", "2006-06-15")]),
    ("The Chinese government said it would never recognize Kosovo.", []),
    ("Spain has refused to recognise Kosovo.", []),
    ("The United States and Estonia on Wednesday formally restored the diplomatic relations between the two countries.",
     [("United States", "Estonia", "diplomatic_relations", "2006-06-14")]),
    ("Israel and the United Arab Emirates on Thursday agreed to normalise bilateral relations, announced US President "
     "Donald Trump.", [("Israel", "United Arab Emirates", "diplomatic_relations", "2006-06-15")]),
    ("The two sides agreed to resume their talks on normalizing ties between Japan and North Korea.", []),
])
def test_recognition_by_a_government_refused_restored_and_normalised(text, expected):
    g = graph_of(text, date=dt.date(2006, 6, 16))
    assert [(a, b, e.kind, e.date.iso if e.date else None) for a, b, e in edges(g, "RECOGNIZED")] == expected


def test_a_headlines_undated_relations_are_the_dated_ones_the_body_tells():
    g = graph_of("Indonesia, China to Normalize Relations\n\nChina and Indonesia agreed Thursday to normalize diplomatic "
                 "relations suspended in 1967.", date=dt.date(1989, 2, 24))
    assert [({a, b}, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [({"China", "Indonesia"}, "1989-02-23")]


@pytest.mark.parametrize("text", [
    "Sudanese President Omer al-Bashir will visit Cairo on 18 and 19 October in response to an invitation extended by "
    "President Abdel Fattah al-Sisi.",
    "At the invitation of the President of the Arab Republic of Egypt, His Excellency Abdel Fattah al-Sisi, the President "
    "of Sudan, Omer al-Bashir, will visit Cairo on 18 and 19 October.",
])
def test_an_invitation_extended_by_or_of_an_office_then_its_holders_name(text):
    g = graph_of(text, date=dt.date(2014, 10, 9))
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Abdel Fattah al-Sisi", "Omer al-Bashir")]


def test_inviting_someone_to_ones_country_is_an_invitation():
    g = graph_of("Prime Minister Shinzo Abe expressed hope for more exchanges, inviting President Xi Jinping to Japan next "
                 "year.", date=dt.date(2018, 10, 26))
    assert [(a, b) for a, b, _ in edges(g, "INVITED")] == [("Shinzo Abe", "Xi Jinping")]


def test_korea_alone_is_south_korea_and_its_leader_meeting_a_guest_in_seoul_is_its_president():
    g = graph_of("President Yoon Suk-yeol stressed the importance of Southeast Asia to Korea at a summit with Indonesian "
                 "President Joko Widodo in Seoul on Thursday.", date=dt.date(2022, 7, 29))
    assert ("Yoon Suk-yeol", "South Korea") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert [(a, b) for a, b, _ in edges(g, "VISITED")] == [("Joko Widodo", "South Korea")]


def test_a_wire_credit_dashed_to_a_demonym_and_a_trip_to_be_called_off():
    g = graph_of("MONTREAL (UPI)-French President Charles de Gaulle decided to call off a trip to Ottawa.",
                 date=dt.date(1967, 7, 26))
    assert [(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")] == [("Charles de Gaulle", "France")]
    assert edges(g, "VISITED") == []


@pytest.mark.parametrize("text, dated", [
    ("Prime Minister Justin Trudeau, who had visited China briefly in the past, praised President Xi Jinping.", None),
    ("Prime Minister Justin Trudeau visited China and praised President Xi Jinping.", "2017-09-15"),
])
def test_a_visit_told_in_the_pluperfect_takes_no_date_from_the_article(text, dated):
    g = graph_of(text, date=dt.date(2017, 9, 15))
    assert [e.date.iso if e.date else None for _, _, e in edges(g, "VISITED")] == [dated]


@pytest.mark.parametrize("text", [
    "Malacanang said President Rodrigo Duterte is also scheduled to hold talks with Premier Li Keqiang on ties with China.",
    "The Indian ministry said Prime Minister Sheikh Hasina will discuss ties with India on her visit.",
    "He was welcomed by Kazakhstan's ambassador in Moscow Imangali Tasmagambetov, TASS reported.",
])
def test_what_a_palace_a_ministry_or_an_agency_said_is_no_statement_of_the_person_it_names(text):
    g = graph_of(text, date=dt.date(2019, 8, 28))
    assert edges(g, "STATED") == []


def test_the_two_heads_of_state_are_the_presidents_not_a_minister_with_them():
    g = graph_of("Nepalese President Bidya Devi Bhandari, accompanied by Foreign Minister Pradeep Kumar Gyawali, was received "
                 "by President Abdul Hamid in Dhaka. Earlier, the two heads of state met at the Credential Hall.",
                 date=dt.date(2021, 3, 22))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {frozenset(("Bidya Devi Bhandari", "Abdul Hamid"))}


@pytest.mark.parametrize("text, member, bloc", [
    ("Venezuela, an OPEC member and a major oil supplier, provides crude to Cuba.", "Venezuela",
     "Organization of the Petroleum Exporting Countries"),
    ("Poland, an EU member state, backed the plan.", "Poland", "European Union"),
    ("Indonesia is one of the 10 members of ASEAN.", "Indonesia", "Association of Southeast Asian Nations"),
])
def test_membership_told_by_a_bloc_before_member_or_one_of_its_members(text, member, bloc):
    g = graph_of(text, date=dt.date(2012, 11, 28))
    assert [(a, b) for a, b, _ in edges(g, "MEMBER_OF")] == [(member, bloc)]


@pytest.mark.parametrize("text, members", [
    # a bloc's name before 'member' or 'ally', then the state; 'NATO allies A and B'
    ("Fellow BRICS member India abstained.", [("India", "BRICS", None)]),
    ("EU member Hungary blocked the package.", [("Hungary", "European Union", None)]),
    ("NATO allies Poland and Romania protested.", [("Poland", "North Atlantic Treaty Organization", None),
                                                   ("Romania", "North Atlantic Treaty Organization", None)]),
    ("Turkey, a NATO ally, objected.", [("Turkey", "North Atlantic Treaty Organization", None)]),
    ("NATO allies met in Brussels.", []),
    # a state's membership (its date is not when it joined); states that make up a bloc; a fronted membership
    ("Nigeria's membership of the Commonwealth was suspended in 1995.", [("Nigeria", "Commonwealth of Nations", None)]),
    ("Brazil, Russia and India make up BRICS.", [("Brazil", "BRICS", None), ("Russia", "BRICS", None), ("India", "BRICS", None)]),
    ("As members of ASEAN, Vietnam and Laos agreed.", [("Vietnam", "Association of Southeast Asian Nations", None),
                                                        ("Laos", "Association of Southeast Asian Nations", None)]),
    # a bloc that admitted a state, and when; not a proposal it accepted
    ("The African Union admitted Morocco in 2017.", [("Morocco", "African Union", "2017")]),
    ("The African Union accepted Egypt's proposal.", []),
    # membership granted (to each listed, 'along with' too), on its day; the states a short name stands for; the
    # members a sentence lists after 'members of X are'
    ("India, along with Pakistan, was on Friday granted full membership of the Shanghai Cooperation Organisation.",
     [("India", "Shanghai Cooperation Organisation", "2012-11-23"), ("Pakistan", "Shanghai Cooperation Organisation", "2012-11-23")]),
    # (an undated headline of the same membership is that one)
    ("India, Pakistan become full members of SCO\n\nIndia, along with Pakistan, was on Friday granted full membership "
     "of the Shanghai Cooperation Organisation.",
     [("India", "Shanghai Cooperation Organisation", "2012-11-23"), ("Pakistan", "Shanghai Cooperation Organisation", "2012-11-23")]),
    ("South Africa was invited to join the Brazil, Russia, India and China (BRICS) group.",
     [("Brazil", "BRICS", None), ("Russia", "BRICS", None), ("India", "BRICS", None), ("China", "BRICS", None)]),
    ("Other members of the Shanghai Cooperation Organisation are China, Kazakhstan and Russia.",
     [("China", "Shanghai Cooperation Organisation", None), ("Kazakhstan", "Shanghai Cooperation Organisation", None),
      ("Russia", "Shanghai Cooperation Organisation", None)]),
    # 'whose members include', 'the GCC states of', 'as fellow members of X, A and B', 'is part of X'
    ("The SCO, whose members include China and Russia, met.",
     [("China", "Shanghai Cooperation Organisation", None), ("Russia", "Shanghai Cooperation Organisation", None)]),
    ("The Gulf Cooperation Council states of Kuwait and Qatar agreed.",
     [("Kuwait", "Gulf Cooperation Council", None), ("Qatar", "Gulf Cooperation Council", None)]),
    ("As fellow members of the Commonwealth, Ghana and Nigeria agreed.",
     [("Ghana", "Commonwealth of Nations", None), ("Nigeria", "Commonwealth of Nations", None)]),
    ("Tajikistan is part of the CSTO.", [("Tajikistan", "Collective Security Treaty Organization", None)]),
    # a day after a bloc whose name ends in 'to' is when the state joined, not a deadline ('to' is no word there)
    ("Finland joined NATO on Tuesday.", [("Finland", "North Atlantic Treaty Organization", "2012-11-27")]),
])
def test_membership_told_by_a_bloc_member_or_ally_admission_or_make_up(text, members):
    g = graph_of(text, date=dt.date(2012, 11, 28))
    assert [(a, b, e.date.iso if e.date else None) for a, b, e in edges(g, "MEMBER_OF")] == members


def test_a_red_cross_society_is_an_organisation_whose_president_is_the_name_after_it():
    g = graph_of("Prime Minister Justin Trudeau then met with the President of the Mexican Red Cross, Fernando Suinaga "
                 "Cárdenas, and Red Cross volunteers.", date=dt.date(2017, 10, 13))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Fernando Suinaga Cárdenas", "Mexican Red Cross", "President")]
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Justin Trudeau", "Fernando Suinaga Cárdenas"}]


@pytest.mark.parametrize("text, expected", [
    ("China said it highly appreciates the decision of Kiribati.", [("China", "Kiribati")]),
    ("Beijing praised Kiribati for its decision.", [("China", "Kiribati")]),
    ("Taipei has accused Beijing of using dollar diplomacy.", [("Taiwan", "China")]),
    ("The Chinese government said it welcomed the decision of Kiribati.", [("China", "Kiribati")]),
    ("Panama's government said in a statement that it recognized only one China.", [("Panama", "China")]),
    ("The Chinese Government said it welcomed the decision of Kiribati.", [("China", "Kiribati")]),
    ("The Indian Authorities have said that Pakistan must act.", [("India", "Pakistan")]),
    # a state named inside the subject speaks for no one: the presidents of the two did
    ("The presidents of Colombia and Venezuela announced Tuesday they will restore relations.", []),
    ("In Beijing, officials said Kiribati was welcome.", []),
])
def test_a_state_its_capital_or_its_government_opening_the_clause_speaks(text, expected):
    g = graph_of(text, date=dt.date(2019, 9, 21))
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == expected


def test_an_instrument_named_by_its_kind_alone_is_one_per_article_but_a_named_one_is_shared():
    docs = [make_document("India and Nepal signed an MoU on Monday. India and Nepal also signed the Agreement on Power "
                          "Trade.", "a.txt", date=dt.date(2021, 3, 23)),
            make_document("Bangladesh and Bhutan signed an MoU on Friday. Bangladesh and Bhutan also signed the Agreement "
                          "on Power Trade.", "b.txt", date=dt.date(2021, 3, 27))]
    g = extract_documents(docs)
    names = sorted(n.name for n in g.nodes() if n.type == "Treaty")
    assert names == ["Agreement on Power Trade", "MoU", "MoU"]
    signers = {(a.split(":")[1], b.split(":")[1].split("-")[0]) for a, b in ((e.source, e.target) for e in g.edges(type="SIGNED"))}
    assert {("in", "mou"), ("np", "mou"), ("bd", "mou"), ("bt", "mou")} <= signers


def test_a_past_signing_takes_no_date_after_the_article_from_what_the_instrument_covers():
    g = graph_of("Nepal and Bangladesh inked the Agreement on Cultural Exchange for 2022 to 2025.", date=dt.date(2021, 3, 23))
    assert {e.date.iso for _, _, e in edges(g, "SIGNED")} == {"2021-03-23"}


@pytest.mark.parametrize("text, when", [
    ("After U.S. President Donald Trump took office in January 2017, he sought to replace NAFTA.", "2017-01"),
    ("Cuban President Raul Castro took over his country's leadership in 2008.", "2008"),
    ("Japanese Prime Minister Shinzo Abe has visited Russia several times since taking office in 2012.", "2012"),
])
def test_an_office_taken_on_a_date_is_held_from_then_as_one_edge(text, when):
    g = graph_of(text, date=dt.date(2022, 12, 17))
    (holder, state, office), = edges(g, "HOLDS_OFFICE")
    assert office.date.iso == when


def test_styles_written_short_he_and_hh_are_no_part_of_the_office():
    g = graph_of("HH the Amir Sheikh Tamim bin Hamad Al-Thani held talks with HE Slovenian President Borut Pahor and HE "
                 "Prime Minister Janez Jansa in Ljubljana.", date=dt.date(2022, 5, 26))
    titles = {n.name: n.titles for n in g.nodes() if n.type == "Person"}
    assert titles == {"Sheikh Tamim bin Hamad Al-Thani": ["Amir"], "Borut Pahor": ["President"], "Janez Jansa": ["Prime Minister"]}


@pytest.mark.parametrize("text, met", [
    # a meeting only hoped for or not held is none
    ("Prime Minister Justin Trudeau travels to Cuba and quite possibly meets retired Cuban leader Fidel Castro.", False),
    ("Prime Minister Justin Trudeau may meet President Raul Castro.", False),
    ("Prime Minister Justin Trudeau did not meet President Raul Castro.", False),
    ("Prime Minister Justin Trudeau met President Raul Castro on Tuesday.", True),
    # two leaders who discussed or exchanged views together, or one who sat down with another, met
    ("Prime Minister Narendra Modi and President Xi Jinping discussed trade and border issues on Monday.", True),
    ("President Xi Jinping and President Vladimir Putin exchanged views on Ukraine in Moscow on Tuesday.", True),
    ("President Joe Biden sat down with President Xi Jinping in Bali on Monday.", True),
    ("Prime Minister Narendra Modi discussed the visit of President Xi Jinping with officials.", False),
])
def test_whether_a_meeting_is_told(text, met):
    g = graph_of(text, date=dt.date(2016, 11, 8))
    assert bool(edges(g, "MET")) is met


@pytest.mark.parametrize("text, pairs", [
    # two who signed together met; three or more may have signed apart (NAFTA was signed in three capitals)
    ("Serbian President Tomislav Nikolic and his Azerbaijani counterpart Ilham Aliyev signed a strategic partnership "
     "declaration in Baku on Friday.", [("Ilham Aliyev", "Tomislav Nikolic")]),
    ("U.S. President George Bush, Canadian Prime Minister Brian Mulroney and Mexican President Carlos Salinas signed the "
     "North American Free Trade Agreement on Thursday.", []),
    ("The agreement was signed this morning at State House by Eritrean President Isaias Afwerki and Ethiopian Prime "
     "Minister Abiy Ahmed.", [("Abiy Ahmed", "Isaias Afwerki")]),
    ("The treaty was signed by President Richard Nixon in 1972 and ratified by the Senate, said Secretary of State Henry "
     "Kissinger.", []),
    ("Sudanese President Omer al-Bashir will pay a visit to Cairo for talks with his Egyptian counterpart Abdel Fattah "
     "al-Sisi for the first time since the fall of President Mohamed Morsi.", [("Abdel Fattah al-Sisi", "Omer al-Bashir")]),
    # 'when meeting with', 'greeted with a bear-hug by'
    ("When meeting with Egyptian President Gamal Abdel Nasser, Premier Zhou Enlai put forward the five principles.",
     [("Gamal Abdel Nasser", "Zhou Enlai")]),
    ("Chinese Premier Zhou Enlai was greeted with a bear-hug by Egyptian President Gamal Abdel Nasser in Cairo.",
     [("Gamal Abdel Nasser", "Zhou Enlai")]),
    # greeted by someone (on arrival, at the airport); an audience with a monarch
    ("Prime Minister Junichiro Koizumi was greeted by President Kim Yong Nam at the airport.",
     [("Junichiro Koizumi", "Kim Yong Nam")]),
    ("Prime Minister Menachem Begin was greeted at Aswan airport by Prime Minister Mustapha Khalil.",
     [("Menachem Begin", "Mustapha Khalil")]),
    ("Prime Minister Menachem Begin was greeted by cheering crowds at Aswan airport.", []),
    ("New Zealand Prime Minister John Key had an audience with King George Tupou V on Tuesday.",
     [("George Tupou V", "John Key")]),
    # a topic after a titled name is no part of it
    ("Foreign Minister Wang Yi held talks with President Ferdinand Marcos on the South China Sea dispute.",
     [("Ferdinand Marcos", "Wang Yi")]),
    ("Foreign Minister Wang Yi held talks with President Ferdinand Marcos over the Belt and Road Initiative.",
     [("Ferdinand Marcos", "Wang Yi")]),
    # one beside another at an event
    ("Chinese Foreign Minister Wang Yi said at a ceremony in Beijing alongside his Solomons counterpart Jeremiah Manele "
     "that ties would grow.", [("Jeremiah Manele", "Wang Yi")]),
    # an announced discussion is a meeting told; the one who reports it is not at it
    ("President Hu Jintao and Egyptian President Hosni Mubarak are expected to discuss trade.", [("Hosni Mubarak", "Hu Jintao")]),
    ("President Hu Jintao and Egyptian president Hosni Mubarak discussed trade.", [("Hosni Mubarak", "Hu Jintao")]),  # lower case
    # a pair joined with 'visiting' before the second's title, after their talks of some length
    ("The decisions were conveyed at a press interaction addressed jointly by Prime Minister Manmohan Singh and visiting "
     "Chinese President Hu Jintao after their 90-minute talks.", [("Hu Jintao", "Manmohan Singh")]),
    # a headline's pair that signs an accord; an event in a place with a particle in its name, with an untitled name;
    # summit meetings with someone
    ("Gaddafi and Berlusconi sign accord worth billions\n\nLibyan leader Muammar Gaddafi said the accord opens the door "
     "to the future. Italian Prime Minister Silvio Berlusconi said it ends 40 years of misunderstanding.",
     [("Muammar Gaddafi", "Silvio Berlusconi")]),
    ("Gaddafi and Berlusconi to sign accord worth billions\n\nLibyan leader Muammar Gaddafi said the accord opens the "
     "door to the future. Italian Prime Minister Silvio Berlusconi said it ends 40 years of misunderstanding.", []),
    ("Venezuelan President Hugo Chávez attended the signing ceremony in Santiago de Cuba with Raul Castro.",
     [("Hugo Chávez", "Raul Castro")]),
    ("Soviet leader Nikita Khrushchev visited the United States. His two-week trip included summit meetings with "
     "President Dwight D. Eisenhower.", [("Dwight D. Eisenhower", "Nikita Khrushchev")]),
    # two days of talks that ended today, or began today
    ("QUEBEC - President Ronald Reagan today wrapped up his two-day summit with Prime Minister Brian Mulroney.",
     [("Brian Mulroney", "Ronald Reagan")]),
    # those an audience or a meeting with someone included or was attended by ('Hon.' ends no clause)
    ("The audience with King George Tupou V at Consular House included the Minister of Pacific Island Affairs Hon. "
     "Georgina te Heuheu and Maori Party Co-leader Hon. Dr Pita Sharples.",
     [("George Tupou V", "Georgina te Heuheu"), ("George Tupou V", "Pita Sharples")]),
    ("The meeting with President Xi Jinping was attended by Foreign Minister Wang Yi.", [("Wang Yi", "Xi Jinping")]),
    # together at a meal, a joint appearance, an event
    ("Argentine President Carlos Menem will have lunch with British Prime Minister Tony Blair.", [("Carlos Menem", "Tony Blair")]),
    ("Georgian Prime Minister Irakli Garibashvili spoke at a joint briefing with his Armenian counterpart Nikol Pashinyan.",
     [("Irakli Garibashvili", "Nikol Pashinyan")]),
    ("Venezuelan President Hugo Chavez attended the signing ceremony in Santiago de Cuba with Cuban President Raul Castro.",
     [("Hugo Chavez", "Raul Castro")]),
    ("Chinese Foreign Minister Wang Yi issued a joint statement with Russia.", []),
    ("According to Kenyan Foreign Minister Monica Juma, President Uhuru Kenyatta and Prime Minister Mia Mottley will discuss "
     "trade.", [("Mia Mottley", "Uhuru Kenyatta")]),
])
def test_who_met_whom(text, pairs):
    g = graph_of(text)
    assert sorted(tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")) == pairs  # each meeting once


def test_today_in_a_retelling_is_the_day_it_gives():
    g = graph_of("(Thursday, December 17, 1992) U.S. President George Bush, Canadian Prime Minister Brian Mulroney and "
                 "Mexican President Carlos Salinas signed the North American Free Trade Agreement today in separate "
                 "ceremonies.", date=dt.date(2022, 12, 17))
    assert {(a, e.date.iso) for a, _, e in edges(g, "SIGNED")} == {
        ("George Bush", "1992-12-17"), ("Brian Mulroney", "1992-12-17"), ("Carlos Salinas", "1992-12-17")}
    news = graph_of("President George Bush signed the Comprehensive Trade Agreement today, a year after the talks of "
                    "December 17, 2021.", date=dt.date(2022, 12, 17))
    assert {e.date.iso for _, _, e in edges(news, "SIGNED")} == {"2022-12-17"}


def test_a_weekday_before_a_full_date_is_that_date():
    from diplograph.loaders.dates import find_dates

    found = find_dates("(Thursday, December 17, 1992, Bush spoke at 2:32 p.m.)", dt.date(2022, 12, 20))
    assert [d.date.iso for d in found] == ["1992-12-17"]


def test_the_demonym_leader_is_that_states_president_not_its_ambassador_named_later():
    g = graph_of("President To Lam arrived in Vientiane on July 11, beginning a two-day state visit to Laos. He was welcomed "
                 "by Vietnamese Ambassador to Laos Nguyen Ba Hung. As his first trip since he took office, the visit matters. "
                 "During his stay, the Vietnamese leader will hold talks with President Thongloun Sisoulith.",
                 date=dt.date(2024, 7, 11))
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert ("To Lam", "Vietnam") in offices and ("Nguyen Ba Hung", "Vietnam") in offices
    assert {"To Lam", "Thongloun Sisoulith"} in [{a, b} for a, b, _ in edges(g, "MET")]


def test_a_description_of_an_office_in_a_sentence_naming_someone_else_is_not_that_one():
    g = graph_of("Prime Minister Narendra Modi held meetings with the Presidents of Namibia and Niger and the Prime Minister "
                 "of Italy on the margins of the General Assembly.", date=dt.date(2019, 9, 28))
    assert ("Narendra Modi", "Italy") not in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}


@pytest.mark.parametrize("text, members, bloc", [
    ("The EEU comprises Russia, Belarus and Kazakhstan.", {"Russia", "Belarus", "Kazakhstan"}, "Eurasian Economic Union"),
    ("BRIC, which groups Brazil, Russia, India and China, invited South Africa to join.",
     {"Brazil", "Russia", "India", "China"}, "BRICS"),
    ("Trade bloc Mercosur is made up of Argentina, Brazil, Paraguay and Uruguay.",
     {"Argentina", "Brazil", "Paraguay", "Uruguay"}, "Mercosur"),
    ("The Eurasian Economic Union (Russia, Belarus and Kazakhstan) signed a deal with Iran.",
     {"Russia", "Belarus", "Kazakhstan"}, "Eurasian Economic Union"),
    ("India and Pakistan were formally admitted as full members of the SCO on Friday.", {"India", "Pakistan"},
     "Shanghai Cooperation Organisation"),
])
def test_a_bloc_and_the_states_it_groups(text, members, bloc):
    g = graph_of(text, date=dt.date(2017, 6, 10))
    assert {a for a, b, _ in edges(g, "MEMBER_OF") if b == bloc} == members


def test_signing_part_of_an_instrument_signs_it():
    g = graph_of("Ukraine and the European Union signed the political part of the Association Agreement on Friday.",
                 date=dt.date(2014, 3, 22))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {
        ("Ukraine", "Association Agreement", "2014-03-21"), ("European Union", "Association Agreement", "2014-03-21")}


@pytest.mark.parametrize("text, expected", [
    ("The five BRICS nations – Brazil, Russia, India, China and South Africa – met in Durban.",
     {("Brazil", "member"), ("Russia", "member"), ("India", "member"), ("China", "member"), ("South Africa", "member")}),
    ("ASEAN member states Indonesia and Malaysia welcomed the move.", {("Indonesia", "member"), ("Malaysia", "member")}),
    ("EU countries such as France and Germany backed the plan.", {("France", "member"), ("Germany", "member")}),
    ("Timor-Leste was granted observer status in ASEAN in 2022.", {("Timor-Leste", "observer")}),
    # a state named before the bloc's countries, or after them in another clause, is no member
    ("Vietnam is a bridge for Russia's relations with ASEAN countries, while Russia plays that role for Vietnam.", set()),
    ("With ASEAN countries, China signed a code of conduct.", set()),
    ("Ukraine applied to join the European Union in 2022.", set()),
])
def test_the_states_a_bloc_noun_lists_and_observers(text, expected):
    g = graph_of(text, date=dt.date(2023, 3, 22))
    assert {(a, e.kind) for a, _, e in edges(g, "MEMBER_OF")} == expected


def test_leaders_attending_one_summit_in_a_city_met_and_visited_its_state_but_not_its_own_leader():
    g = graph_of("Prime Minister Narendra Modi and Prime Minister Nawaz Sharif attended the SCO Summit in Astana on Friday. "
                 "Kazakh President Kassym-Jomart Tokayev attended the SCO Summit in Astana on Friday.", date=dt.date(2017, 6, 10))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Narendra Modi", "Kazakhstan", "2017-06-09"), ("Nawaz Sharif", "Kazakhstan", "2017-06-09")}
    assert [{a, b} for a, b, _ in edges(g, "MET")] == [{"Narendra Modi", "Nawaz Sharif"}]


def test_officials_who_attended_a_meeting_met_no_one_named():
    g = graph_of("Officials who attended the meeting in Paris said it went well.", date=dt.date(2017, 6, 10))
    assert edges(g, "MET") == [] and edges(g, "VISITED") == []


@pytest.mark.parametrize("text, signers", [
    ("Coinciding with the Abe-Li meeting, the Japanese and Chinese governments signed the Treaty on Maritime Search "
     "and Rescue.", {"Japan", "China"}),
    ("The Indian side signed the Agreement on Power Trade.", {"India"}),
    # a demonym qualifying a person is no signing state
    ("The Japanese ambassador signed the Agreement on Power Trade.", set()),
])
def test_states_named_by_their_governments_or_sides_sign(text, signers):
    g = graph_of(text, date=dt.date(2018, 10, 26))
    assert {a for a, _, _ in edges(g, "SIGNED") if g.find(a, "Country")} == signers


@pytest.mark.parametrize("text, signed", [
    ("Egypt and Israel signed the Camp David accords in 1978.", {("Egypt", "Camp David Accords"), ("Israel", "Camp David Accords")}),
    ("President Jimmy Carter and General Omar Torrijos signed the Panama Canal treaties in 1977.",
     {("Jimmy Carter", "Panama Canal Treaties"), ("Omar Torrijos", "Panama Canal Treaties")}),
    # a state's own name before the head names no instrument
    ("Japan and India signed the Japanese agreement in 1977.", set()),
])
def test_an_instrument_named_before_a_lower_case_head(text, signed):
    g = graph_of(text, date=dt.date(2018, 3, 10))
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == signed
    assert {g.node(e.target).kind for e in g.edges(type="SIGNED")} <= {"treaty"}  # "treaties", "accords" are treaties
    assert "Norway" not in {n.name for n in graph_of("Israel and the PLO signed the Oslo accords in 1993.").nodes()}


@pytest.mark.parametrize("text, signed", [
    # an instrument named after its description, a title in quotes, a headline's listed states that 'ink'
    ("After the summit, Prime Minister Junichiro Koizumi and Chairman Kim Jong-Il signed a joint declaration named "
     "Japan-DPRK Pyongyang Declaration.", {("Junichiro Koizumi", "Japan-DPRK Pyongyang Declaration"),
                                           ("Kim Jong-Il", "Japan-DPRK Pyongyang Declaration")}),
    ("Turkish President Recep Tayyip Erdoğan and Greek Prime Minister Kyriakos Mitsotakis signed a declaration on "
     "\"Friendly Relations and Good Neighbourliness\" in Athens.",
     {("Recep Tayyip Erdoğan", "Declaration on Friendly Relations and Good Neighbourliness"),
      ("Kyriakos Mitsotakis", "Declaration on Friendly Relations and Good Neighbourliness")}),
    # 'the two leaders' who sign are the two named before them, not their states
    ("Prime Minister Junichiro Koizumi met Chairman Kim Jong-Il of North Korea in Pyongyang. After the talks, the two "
     "leaders signed the Japan-DPRK Pyongyang Declaration.", {("Junichiro Koizumi", "Japan-DPRK Pyongyang Declaration"),
                                                              ("Kim Jong-Il", "Japan-DPRK Pyongyang Declaration")}),
    ("Tajikistan, Uzbekistan ink Strategic Partnership Agreement", {("Tajikistan", "Strategic Partnership Agreement"),
                                                                    ("Uzbekistan", "Strategic Partnership Agreement")}),
    ("The treaty text was written in ink and the Strategic Partnership Agreement took effect.", set()),
])
def test_instruments_named_after_a_description_in_quotes_or_inked_in_a_headline(text, signed):
    g = graph_of(text, date=dt.date(2023, 12, 7))
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == signed


@pytest.mark.parametrize("text", [
    "Sudanese President Omer Hassan al-Bashir met Egyptian officials. Bashir will visit Cairo on 18 and 19 October.",
    "Sudanese President Omer Hassan al-Bashir met Egyptian officials. The ambassador said that al-Bashir would visit "
    "Cairo on 18 and 19 October.",
])
def test_a_surname_with_or_without_the_arabic_article_is_the_person_named_in_full(text):
    g = graph_of(text, date=dt.date(2014, 10, 8))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")] == [("Omer Hassan al-Bashir", "Egypt", "2014-10-18/2014-10-19")]
    assert [n.name for n in g.nodes("Person")] == ["Omer Hassan al-Bashir"]


@pytest.mark.parametrize("text, quote, iso", [
    # the day right after the speech verb is when it was said, not part of the words
    ("The Chinese ambassador to Cairo, Wu Sike, said Wednesday China is ready to transfer technology to Egypt.",
     "China is ready to transfer technology to Egypt.", "2004-01-28"),
    ("Ambassador Wu Sike said on Wednesday that China is ready to transfer technology to Egypt.",
     "China is ready to transfer technology to Egypt.", "2004-01-28"),
    # a past statement's weekday is the last one, even when what was said looks ahead
    ("US Secretary of State John Kerry announced on Monday that he is going to Cairo on August 14 for a ceremony.",
     "he is going to Cairo on August 14 for a ceremony.", "2004-01-26"),
])
def test_the_day_after_a_speech_verb_dates_the_statement(text, quote, iso):
    g = graph_of(text, date=dt.date(2004, 1, 29))
    stated = [e for _, b, e in edges(g, "STATED") if b == "Egypt"]
    assert [(e.quote, e.date.iso) for e in stated] == [(quote, iso)]


@pytest.mark.parametrize("text, office", [
    # one side of the article's pair has a leader named with the state; a leader beside him with no state is the other's
    ("India and China signed six agreements on Tuesday. Prime Minister Manmohan Singh and visiting Chinese President Hu "
     "Jintao addressed the press.", ("Manmohan Singh", "India", "Prime Minister")),
    # not one named apart from the other side's leader
    ("India and China signed six agreements on Tuesday. Chinese President Hu Jintao spoke. Prime Minister Manmohan "
     "Singh was in Delhi.", None),
    # (one the other side's leader received is his guest from the other side)
    ("India and China signed six agreements on Tuesday. Chinese President Hu Jintao received Prime Minister Manmohan "
     "Singh, who paid a state visit to China.", ("Manmohan Singh", "India", "Prime Minister")),
])
def test_the_pairs_leader_named_by_title_alone_leads_the_other_side(text, office):
    g = graph_of(text, date=dt.date(2006, 11, 22))
    placed = {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE") if a == "Manmohan Singh"}
    assert placed == ({office} if office else set())


@pytest.mark.parametrize("text, targets", [
    ("Venezuelan President Hugo Chavez denied the allegations and blasted Colombia's close ties with the US.",
     {"Colombia"}),
    ("Chinese Foreign Minister Wang Yi rejected Japan's claims over the islands.", {"Japan"}),
    ("Chinese Foreign Minister Wang Yi dismissed the report and slammed the Philippines.", {"Philippines"}),
])
def test_a_denial_a_rejection_or_an_attack_is_a_statement(text, targets):
    g = graph_of(text, date=dt.date(2010, 8, 11))
    assert {b for _, b, _ in edges(g, "STATED")} >= targets


def test_an_institution_named_by_its_kind_alone_is_its_articles_own_node():
    cambodia = make_document("Xi will meet Prime Minister Hun Manet and Senate President Hun Sen in Phnom Penh.", path="a.txt",
                             date=dt.date(2025, 4, 16))
    america = make_document("Senate President Kamala Harris met Chinese President Xi Jinping.", path="b.txt",
                            date=dt.date(2022, 4, 16))
    named = make_document("Cambodian Senate President Hun Sen met Chinese President Xi Jinping.", path="c.txt",
                          date=dt.date(2025, 4, 16))
    g = extract_documents([cambodia, america, named])
    senates = {e.target for e in g.edges(type="HOLDS_OFFICE") if g.node(e.target).name == "Senate"}
    assert len(senates) == 2  # two articles' bare 'Senate': two chambers, not one
    assert [g.node(e.target).id for e in g.edges(type="HOLDS_OFFICE") if g.node(e.target).name == "Cambodian Senate"] == \
        ["org:cambodian-senate"]


def test_a_school_a_hospital_or_a_museum_visited_is_an_institution_not_a_person_met():
    g = graph_of("Prime Minister John Key visited the Police Training School, the National Hospital and the Tonga "
                 "Museum on Tuesday.", date=dt.date(2009, 7, 8))
    assert {n.name for n in g.nodes("Person")} == {"John Key"}
    assert edges(g, "MET") == []
    assert {"Police Training School", "National Hospital", "Tonga Museum"} <= {n.name for n in g.nodes("Organization")}


def test_the_news_day_is_the_first_day_told_not_a_year_the_news_is_about():
    g = graph_of("New Zealand Prime Minister John Key announced more aid to Tonga for the 2009-10 financial year. "
                 "At a joint press conference with the Tongan Prime Minister Feleti Sevele yesterday afternoon, Key "
                 "spoke. He had an audience with King George Tupou V.", date=dt.date(2009, 7, 8))
    assert ("George Tupou V", "John Key", "2009-07-07") in {(a, b, e.date.iso) for a, b, e in edges(g, "MET")} | {
        (b, a, e.date.iso) for a, b, e in edges(g, "MET")}


@pytest.mark.parametrize("text, iso", [
    ("President Ronald Reagan today wrapped up his two-day summit with Prime Minister Brian Mulroney.", "1985-03-17/1985-03-18"),
    ("President George Bush and President Mikhail Gorbachev, concluding two days of summit talks, today hailed a new "
     "relationship.", "1985-03-17/1985-03-18"),
    ("President Ronald Reagan today began a two-day summit with Prime Minister Brian Mulroney.", "1985-03-18/1985-03-19"),
])
def test_talks_of_several_days_are_dated_by_their_days(text, iso):
    g = graph_of(text, date=dt.date(1985, 3, 18))
    assert [e.date.iso for _, _, e in edges(g, "MET")] == [iso]


def test_the_states_leader_described_is_its_president_not_its_vice_president():
    g = graph_of("Vietnamese President To Lam received the guests. Vietnamese Vice President Vo Thi Anh Xuan attended the "
                 "dinner. The Vietnamese leader said ties with Laos were strong.", date=dt.date(2024, 8, 1))
    assert [(a, b) for a, b, _ in edges(g, "STATED")] == [("To Lam", "Laos")]


def test_a_given_name_before_sheikh_is_part_of_the_name_and_somalian_names_somalia():
    g = graph_of("In his meeting with the Somalian president Hassan Sheikh Mahmoud, Egyptian President Abdel Fattah "
                 "al-Sisi pledged support. Speaker of the Majlis Al-Shura Sheikh Abdullah bin Mohammed Al Sheikh spoke.",
                 date=dt.date(2016, 7, 18))
    assert {n.name for n in g.nodes("Person")} == {"Hassan Sheikh Mahmoud", "Abdel Fattah al-Sisi",
                                                  "Sheikh Abdullah bin Mohammed Al Sheikh"}
    assert ("Hassan Sheikh Mahmoud", "Somalia") in {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Abdel Fattah al-Sisi", "Hassan Sheikh Mahmoud")}


@pytest.mark.parametrize("demonym, country", [("Azeri", "Azerbaijan"), ("Guyanese", "Guyana"), ("Slovene", "Slovenia"),
                                              ("Kyrgyzstani", "Kyrgyzstan"), ("Central African", "Central African Republic")])
def test_common_variant_demonyms_name_their_state(demonym, country):
    g = graph_of(f"The {demonym} Foreign Minister Anna Berg spoke on Monday.")
    assert [(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")] == [("Anna Berg", country)]


def test_he_after_a_passive_agent_is_that_agent():
    g = graph_of("That was the pledge made by President Hu Jintao when he met his Iraqi counterpart Jalal Talabani in "
                 "Beijing yesterday.", date=dt.date(2007, 6, 22))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("Hu Jintao", "Jalal Talabani", "2007-06-21")]


def test_interactions_with_leaders_of_several_states_are_meetings_and_place_the_one_who_met_them_on_no_side():
    g = graph_of("Bali: Prime Minister Narendra Modi had informal interactions with US President Joe Biden, UK Prime "
                 "Minister Rishi Sunak and French President Emmanuel Macron on Tuesday on the sidelines of the G20 summit.",
                 date=dt.date(2022, 11, 16))
    met = {frozenset((a, b)) for a, b, _ in edges(g, "MET")}
    assert met == {frozenset(("Narendra Modi", other)) for other in ("Joe Biden", "Rishi Sunak", "Emmanuel Macron")}
    assert "Narendra Modi" not in {a for a, _, _ in edges(g, "HOLDS_OFFICE")}


def test_states_listed_before_a_plural_title_go_to_the_names_after_it_in_order():
    g = graph_of("Romanian and Turkish Foreign Ministers Bogdan Aurescu and Mevlut Cavusoglu signed on Friday a "
                 "Memorandum of Understanding on cooperation on diplomatic archives.", date=dt.date(2022, 5, 28))
    assert {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Bogdan Aurescu", "Romania", "Foreign Minister"), ("Mevlut Cavusoglu", "Turkey", "Foreign Minister")}


def test_a_datelines_day_is_the_reports_today():
    """Printed the next morning: 'today' and undated news are the dateline's day, not the publication's."""
    g = graph_of("SAN CRISTOBAL, Mexico, Feb. 16 -- President George W. Bush met Mexican President Vicente Fox today "
                 "for a ranch-house summit.\n\nBush said Mexico was a close friend.", date=dt.date(2001, 2, 17))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "MET")] == [("George W. Bush", "Vicente Fox", "2001-02-16")]
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "STATED")] == [("George W. Bush", "Mexico", "2001-02-16")]
    late = graph_of("WASHINGTON, March 3 -- President George W. Bush met Mexican President Vicente Fox today.",
                    date=dt.date(2001, 5, 17))  # a dateline weeks before publication: a reprint, not the news day
    assert [e.date.iso for _, _, e in edges(late, "MET")] == ["2001-05-17"]


def test_a_visit_to_several_countries_including_a_list_is_a_visit_to_each():
    g = graph_of("From April 17 to 21, Russian Foreign Minister Sergey Lavrov will visit several Latin American countries, "
                 "including Brazil, Venezuela, Nicaragua, and Cuba.", date=dt.date(2023, 4, 17))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Sergey Lavrov", country, "2023-04-17/2023-04-21") for country in ("Brazil", "Venezuela", "Nicaragua", "Cuba")}


def test_a_leader_who_will_welcome_others_meets_each():
    g = graph_of("President Barack Obama will welcome Ivory Coast President Alassane Ouattara along with Benin's President "
                 "Boni Yayi and President Alpha Conde of Guinea.", date=dt.date(2011, 7, 20))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Barack Obama", guest)) for guest in ("Alassane Ouattara", "Boni Yayi", "Alpha Conde")}


def test_states_listed_as_subject_sign_what_they_joined_after_signing():
    g = graph_of("Cuba, Colombia and South Africa have become Asean partners after signing the bloc's Treaty of Amity and "
                 "Cooperation (TAC) on Tuesday.", date=dt.date(2020, 11, 12))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {
        (c, "Treaty of Amity and Cooperation", "2020-11-10") for c in ("Cuba", "Colombia", "South Africa")}


def test_a_bloc_signing_named_agreements_with_listed_states_and_they_all_sign():
    g = graph_of("The European Union has signed separate Association Agreements with Ukraine, Moldova and Georgia. "
                 "President Narendra Modi signed the Civil Nuclear Agreement with Japan on Monday.", date=dt.date(2014, 6, 27))
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == {
        ("European Union", "Association Agreements"), ("Ukraine", "Association Agreements"),
        ("Moldova", "Association Agreements"), ("Georgia", "Association Agreements"),
        ("Narendra Modi", "Civil Nuclear Agreement"), ("Japan", "Civil Nuclear Agreement")}
    bare = graph_of("The two sides signed 12 Agreements on Monday.", date=dt.date(2014, 6, 27))
    assert bare.nodes("Treaty") == []


def test_short_names_and_breakaway_republics_are_states():
    g = graph_of("On Tuesday, SVG established diplomatic relations with San Marino. SVG Prime Minister Ralph Gonsalves "
                 "spoke. South Ossetia recognized the independence of the breakaway Donetsk People's Republic in June 2014.",
                 date=dt.date(2019, 9, 27))
    assert {(a, b, e.kind) for a, b, e in edges(g, "RECOGNIZED")} == {
        ("Saint Vincent and the Grenadines", "San Marino", "diplomatic_relations"),
        ("South Ossetia", "Donetsk People's Republic", "recognition")}
    assert [(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")] == [("Ralph Gonsalves", "Saint Vincent and the Grenadines")]


def test_one_of_the_first_countries_to_recognise_after_with_is_the_recogniser():
    g = graph_of("India and Malta enjoy cordial relations, with India being one of the first countries to recognise the "
                 "independence of Malta in 1964.", date=dt.date(2024, 9, 22))
    assert [(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")] == [("India", "Malta", "1964")]


def test_greetings_extended_and_congratulations_expressed_are_statements():
    g = graph_of("External Affairs Minister S Jaishankar extended his felicitations to his counterparts in Malta, Belize "
                 "and Armenia on the occasion of their Independence Day. Japan expresses its congratulations to the "
                 "people of South Sudan.", date=dt.date(2024, 9, 22))
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == {
        ("S Jaishankar", "Malta"), ("S Jaishankar", "Belize"), ("S Jaishankar", "Armenia"), ("Japan", "South Sudan")}


def test_a_leader_of_a_countrys_party_holds_office_in_the_party():
    g = graph_of("Gonsalves met Jeremy Corbyn, leader of Britain's main opposition Labour Party, on Monday.",
                 date=dt.date(2016, 10, 14))
    assert [(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")] == [("Jeremy Corbyn", "Labour Party", "leader")]


def test_signing_something_with_named_persons_is_meeting_each():
    g = graph_of("German Chancellor Helmut Kohl signed documents with Estonian Foreign Minister Lennart Meri, Latvian "
                 "Foreign Minister Janis Jurkans and Lithuanian Foreign Minister Algirdas Saudargas on August 28.",
                 date=dt.date(1991, 9, 1))
    assert {(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")} == {
        (frozenset(("Helmut Kohl", other)), "1991-08-28") for other in ("Lennart Meri", "Janis Jurkans", "Algirdas Saudargas")}


def test_the_accords_named_a_few_sentences_on_were_signed_by_a_list_of_titled_leaders():
    g = graph_of("The European Union has signed separate Association Agreements with Ukraine, Moldova and Georgia. "
                 "“In Kiev and elsewhere, people gave their lives. We will not forget them,” Van Rompuy said. The accords "
                 "were signed by President Petro Poroshenko of Ukraine, Prime Minister Irakli Garibashvili of Georgia and "
                 "Prime Minister Iurie Leanca of the Republic of Moldova.", date=None)
    signers = {a for a, b, _ in edges(g, "SIGNED") if b == "Association Agreements"}
    assert {"Petro Poroshenko", "Irakli Garibashvili", "Iurie Leanca"} <= signers


def test_recognition_of_listed_states_by_a_bloc_or_told_in_the_passive():
    g = graph_of("On August 27, the European Community unanimously recognized the independence of Estonia, Latvia and "
                 "Lithuania. Iceland restored diplomatic relations with Estonia and Latvia on Sunday. South Sudan was "
                 "recognized by Sudan. More than 140 of the member states of the United Nations (UN) recognise a "
                 "Palestinian state.", date=dt.date(1991, 9, 1))
    assert {(a, b, e.kind) for a, b, e in edges(g, "RECOGNIZED")} == {
        ("European Communities", "Estonia", "recognition"), ("European Communities", "Latvia", "recognition"),
        ("European Communities", "Lithuania", "recognition"), ("Iceland", "Estonia", "diplomatic_relations"),
        ("Iceland", "Latvia", "diplomatic_relations"), ("Sudan", "South Sudan", "recognition")}


def test_an_article_dated_by_its_year_dates_days_in_that_year_and_no_weekday():
    g = extract_document(make_document(
        "date 1991\n\nIceland restored diplomatic relations with Estonia on August 25. Prime Minister Steingrimur "
        "Hermannsson met Foreign Minister Lennart Meri on Monday. Hermannsson visited Latvia.", path="year.txt"))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "RECOGNIZED")} == {("Iceland", "Estonia", "1991-08-25")}
    assert [e.date.iso for _, _, e in edges(g, "MET")] == ["1991"]  # ('on Monday' of which week? of that year)
    assert [e.date.iso for _, _, e in edges(g, "VISITED")] == ["1991"]  # undated news: the article's year
    assert g.node(g.nodes("Document")[0].id).date_precision == "year"


def test_an_interaction_alone_tells_a_meeting():
    g = graph_of("Prime Minister Narendra Modi had a brief interaction with US President Joe Biden on Tuesday.",
                 date=dt.date(2022, 11, 16))
    assert [frozenset((a, b)) for a, b, _ in edges(g, "MET")] == [frozenset(("Narendra Modi", "Joe Biden"))]


def test_a_journey_made_to_meet_someone_is_a_meeting_a_hope_is_not():
    g = graph_of("North Korean leader Kim Jong Un crossed the border to meet South Korean President Moon Jae-in at "
                 "Panmunjom on Friday. Foreign Minister Wang Yi travelled to Moscow, where he hopes to meet Sergei Lavrov.",
                 date=dt.date(2018, 4, 27))
    assert [(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")] == [
        (frozenset(("Kim Jong Un", "Moon Jae-in")), "2018-04-27")]


@pytest.mark.parametrize("sentence, day", [
    ("Ukrainian President Volodymyr Zelensky thanked British Prime Minister Keir Starmer for his support during a call "
     "on Tuesday.", "2025-01-21"),
    ("Ukrainian President Volodymyr Zelensky renewed his call for air defence during a call with British Prime Minister "
     "Keir Starmer.", "2025-01-22"),
])
def test_a_call_is_a_meeting_with_the_one_addressed_before_or_after_it(sentence, day):
    g = graph_of(sentence, date=dt.date(2025, 1, 22))
    assert [(frozenset((a, b)), e.date.iso) for a, b, e in edges(g, "MET")] == [
        (frozenset(("Volodymyr Zelensky", "Keir Starmer")), day)]


def test_his_talks_opening_a_sentence_are_those_of_the_person_named_after_the_comma():
    g = graph_of("Party General Secretary Nguyen Phu Trong of Vietnam arrived in Brussels on January 17. In his talks with "
                 "the Vietnamese leader, European Commission President Jose Manuel Barroso said cooperation mattered. "
                 "In his meeting with President Herman Van Rompuy, he praised the EU.", date=dt.date(2013, 1, 18))
    assert {frozenset((a, b)) for a, b, _ in edges(g, "MET")} == {
        frozenset(("Jose Manuel Barroso", "Nguyen Phu Trong")), frozenset(("Nguyen Phu Trong", "Herman Van Rompuy"))}


def test_a_regional_name_of_states_stands_for_each_member():
    g = graph_of("On August 27, the European Community recognized the independence of the three Baltic states. "
                 "The two Koreas signed the Panmunjom Declaration on Friday. President Joe Biden visited the Nordic "
                 "countries in May.", date=dt.date(1991, 9, 1))
    assert {(a, b) for a, b, _ in edges(g, "RECOGNIZED")} == {
        ("European Communities", state) for state in ("Estonia", "Latvia", "Lithuania")}
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"North Korea", "South Korea"}
    assert {b for _, b, _ in edges(g, "VISITED")} == {"Denmark", "Finland", "Iceland", "Norway", "Sweden"}


def test_a_visit_made_to_discuss_things_with_a_counterpart_meets_him():
    g = graph_of("Foreign Minister Hakan Fidan will pay a working visit to Azerbaijan on Jan. 18 to discuss regional "
                 "issues with his counterpart, Ceyhun Bayramov.", date=dt.date(2025, 1, 17))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MET")} == {("Ceyhun Bayramov", "Hakan Fidan", "2025-01-18")}
    assert not edges(graph_of("Modi travelled to Paris to discuss trade with France."), "MET")


def test_a_meeting_announced_after_a_dated_visit_takes_the_visits_day():
    text = ("Foreign Minister Hakan Fidan will pay a working visit to Azerbaijan on Jan. 18. "
            "In Baku, Fidan will be received by Azerbaijani President Ilham Aliyev.")
    g = graph_of(text, date=dt.date(2025, 1, 17))
    assert {(a, b, e.date.iso if e.date else None) for a, b, e in edges(g, "MET")} == {("Hakan Fidan", "Ilham Aliyev", "2025-01-18")}
    # a meeting the sentence places elsewhere is no part of that visit: announced, so undated
    elsewhere = graph_of("President Tsai Ing-wen will visit Belize on April 2. On her way back, President Tsai will meet "
                         "Speaker Kevin McCarthy in Los Angeles.", date=dt.date(2023, 3, 31))
    assert {(a, b, e.date) for a, b, e in edges(elsewhere, "MET")} == {("Kevin McCarthy", "Tsai Ing-wen", None)}
    assert not edges(elsewhere, "HOLDS_OFFICE")  # (met in Los Angeles: no host of Belize)


def test_the_headlines_pair_of_countries_outweighs_a_pair_the_story_names_in_passing():
    text = ("Turkey’s Erdogan, British minister discuss trade in Ankara\n\n"
            "Turkish President Recep Tayyip Erdogan hosted Foreign Secretary Boris Johnson in Ankara on Jan. 28. "
            "Erdogan said Syria and Iraq were discussed. "
            "“Syria and Iraq matter greatly,” said Erdogan. "
            "After his meeting with Erdogan, Johnson met with Prime Minister Binali Yildirim.")
    g = graph_of(text, date=dt.date(2017, 1, 28))
    offices = {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")}
    assert ("Boris Johnson", "United Kingdom") in offices  # Erdogan's guest: the other side of the headline's pair
    assert not {c for p, c in offices} & {"Syria", "Iraq"}


def test_a_name_with_an_elided_particle_is_whole():
    g = graph_of("Khatami will also meet with Italian Prime Minister Massimo d'Alema in Rome.")
    assert ("Massimo d'Alema", "Italy") in {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")}


def test_a_capitals_possessive_names_the_state_whose_minister_it_is():
    g = graph_of("“Qatar is a good friend of Europe,” said Josep Borrell at the press conference with Doha’s Foreign Minister "
                 "Sheikh Mohammed bin Abdulrahman Al-Thani. The two diplomats met earlier today.", date=dt.date(2021, 9, 30))
    assert ("Sheikh Mohammed bin Abdulrahman Al-Thani", "Qatar") in {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")}
    assert {(a, b) for a, b, _ in edges(g, "MET")} == {("Josep Borrell", "Sheikh Mohammed bin Abdulrahman Al-Thani")}
    assert not edges(graph_of("Josep Borrell told a news conference with reporters in Doha that Qatar matters."), "MET")


def test_an_office_an_institutions_possessive_opens_is_a_persons_title():
    g = graph_of("The European Union will open a mission in Doha, the Union’s High Representative for Foreign Affairs and "
                 "Security Policy Josep Borrell told reporters on Thursday.")
    people = {n.name: n for n in g.nodes() if n.type == "Person"}
    assert set(people) == {"Josep Borrell"}
    assert people["Josep Borrell"].titles == ["High Representative for Foreign Affairs and Security Policy"]
    assert not [n for n in g.nodes() if n.type == "Organization" and "Representative" in n.name]


def test_a_date_told_right_after_a_former_level_is_that_levels_alone():
    g = graph_of("Turkish President Recep Tayyip Erdogan visited Kyrgyzstan. \"We have raised our strategic partnership, "
                 "established in 2011, to the level of a comprehensive strategic partnership,\" Erdogan stated.",
                 date=dt.date(2024, 11, 5))
    levels = {(e.level, e.date.iso if e.date else None) for _, _, e in edges(g, "PARTNERSHIP")}
    assert levels == {("Strategic Partnership", "2011"), ("Comprehensive Strategic Partnership", None)}


def test_conferring_with_a_visitor_is_a_meeting():
    g = graph_of("Minister of Foreign Affairs Prince Saud Al-Faisal conferred here today with visiting Foreign Minister "
                 "of the Islamic Republic of Iran Dr Kamal Kharazi on bilateral relations.", date=dt.date(1998, 5, 4))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MET")} == {("Kamal Kharazi", "Saud Al-Faisal", "1998-05-04")}


def test_offices_named_by_their_portfolios_stay_apart_from_the_names():
    g = graph_of("The Georgian delegation included Minister of Economy and Sustainable Development Dimitri Kumsiashvili, "
                 "State Minister of Georgia on European and Euro-Atlantic Integration David Bakradze and State Minister "
                 "for Reconciliation and Civic Equality Paata Zakareishvili. Commissioner for European Neighbourhood and "
                 "Enlargement Negotiations Johannes Hahn said so.")
    titles = {n.name: n.titles for n in g.nodes() if n.type == "Person"}
    assert titles == {
        "Dimitri Kumsiashvili": ["Minister of Economy and Sustainable Development"],
        "David Bakradze": ["State Minister on European and Euro-Atlantic Integration"],
        "Paata Zakareishvili": ["State Minister for Reconciliation and Civic Equality"],
        "Johannes Hahn": ["Commissioner for European Neighbourhood and Enlargement Negotiations"],
    }
    assert {p for p, c, _ in edges(g, "HOLDS_OFFICE") if c == "Georgia"} >= {"David Bakradze"}


def test_members_named_beside_their_bloc_and_its_founding_year():
    g = graph_of('Uzbekistan has been admitted to the "Shanghai Five", a co-operative mechanism between China, Russia, '
                 'Kazakhstan, Kyrgyzstan and Tajikistan launched in 1996.', date=dt.date(2001, 6, 15))
    members = {(a, b, e.date.iso if e.date else None) for a, b, e in edges(g, "MEMBER_OF")}
    assert members == {("Uzbekistan", "Shanghai Five", "2001-06-15")} | {
        (state, "Shanghai Five", "1996") for state in ("China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan")}
    listed = graph_of('Members of the "Shanghai Five", China, Russia and Tajikistan welcomed the decision.')
    assert {a for a, b, _ in edges(listed, "MEMBER_OF") if b == "Shanghai Five"} == {"China", "Russia", "Tajikistan"}


def test_joining_told_as_background_takes_no_date_from_the_article():
    g = graph_of("The SCO evolved from a mechanism comprising China and Russia before Uzbekistan joined the SCO as its "
                 "sixth member.", date=dt.date(2025, 8, 31))
    assert {(a, e.date) for a, b, e in edges(g, "MEMBER_OF") if a == "Uzbekistan"} == {("Uzbekistan", None)}


def test_the_chair_of_a_body_taken_over_from_a_predecessor():
    g = graph_of("South Africa's President Thabo Mbeki on Monday took over the chair of the Organisation of African Unity "
                 "from Zambia's leader Levy Mwanawasa during the summit in Durban.", date=dt.date(2002, 7, 9))
    chairs = {(p, e.title, e.date.iso if e.date else None) for p, b, e in edges(g, "HOLDS_OFFICE")
              if b == "Organisation of African Unity"}
    assert chairs == {("Thabo Mbeki", "Chair", "2002-07-08"), ("Levy Mwanawasa", "Chair", None)}


def test_a_statements_weekday_after_where_it_was_made():
    for sentence in ("Former Cuban leader Fidel Castro wrote in state newspapers Wednesday that the OAS should not exist.",
                     "Fidel Castro said in a statement on Wednesday that the OAS should not exist.",
                     "Fidel Castro told reporters Wednesday that the OAS should not exist."):
        g = graph_of(sentence, date=dt.date(2009, 6, 4))
        assert {e.date.iso for _, _, e in edges(g, "STATED")} == {"2009-06-03"}, sentence


def test_variant_demonyms_of_ecuador_and_botswana():
    g = graph_of("Ecuadorean Foreign Minister Fander Falconi met Motswana President Mokgweetsi Masisi.")
    assert {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")} == {("Fander Falconi", "Ecuador"), ("Mokgweetsi Masisi", "Botswana")}


def test_a_bloc_welcoming_a_state_back_as_a_member_and_the_bodys_secretary_general():
    g = graph_of("The Commonwealth on Thursday welcomed The Gambia back as a member after five years. "
                 "The body’s Secretary-General Patricia Scotland said the member countries welcome it. "
                 "The EU welcomed Ukraine's reforms.", date=dt.date(2018, 2, 8))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "MEMBER_OF")} == {("Gambia", "Commonwealth of Nations", "2018-02-08")}
    assert {(p, b, e.title) for p, b, e in edges(g, "HOLDS_OFFICE")} == {
        ("Patricia Scotland", "Commonwealth of Nations", "Secretary-General")}


def test_full_membership_sought_is_not_held():
    g = graph_of('The grouping will formalise a road map for Timor-Leste’s full membership in ASEAN, said the statement.')
    assert not edges(g, "MEMBER_OF")
    held = graph_of("Vietnam's full membership in ASEAN came in 1995.")
    assert {(a, b) for a, b, _ in edges(held, "MEMBER_OF")} == {("Vietnam", "Association of Southeast Asian Nations")}


def test_talks_involving_a_list_of_leaders_meet_each_with_each():
    g = graph_of("The announcement came after talks at a summit in Johannesburg involving Brazilian President Luiz Inácio "
                 "Lula da Silva, Indian Prime Minister Narendra Modi, Chinese President Xi Jinping and South African "
                 "President Cyril Ramaphosa.", date=dt.date(2023, 8, 24))
    assert len({tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")}) == 6


def test_a_blocs_founders_and_the_state_it_added_later():
    g = graph_of("Iran was invited to join BRICS. The bloc was formed by Brazil, Russia, India and China in 2009 and added "
                 "South Africa in 2010.")
    members = {(a, e.date.iso if e.date else None) for a, b, e in edges(g, "MEMBER_OF") if b == "BRICS"}
    assert members == {("Brazil", "2009"), ("Russia", "2009"), ("India", "2009"), ("China", "2009"), ("South Africa", "2010")}
    current = graph_of("Egypt was invited to enter BRICS, joining current members Brazil, Russia and India.")
    assert {a for a, b, _ in edges(current, "MEMBER_OF")} == {"Brazil", "Russia", "India"}


def test_a_title_shared_along_a_list_of_names_of_states():
    g = graph_of("Argentina will be represented at the summit by Foreign Minister Diana Mondino, who will meet with "
                 "President Lula of Brazil, Santiago Peña of Paraguay, Luis Lacalle Pou of Uruguay, and Luis Arce of Bolivia.",
                 date=dt.date(2024, 7, 5))
    assert {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")} == {
        ("Lula", "Brazil", "President"), ("Santiago Peña", "Paraguay", "President"),
        ("Luis Lacalle Pou", "Uruguay", "President"), ("Luis Arce", "Bolivia", "President")}
    assert "Chile" not in {n.name for n in g.nodes()}  # ('Santiago' is a given name here)


def test_a_visiting_minister_described_by_his_office_calls_on_one_and_is_received_by_another():
    g = graph_of("The Minister of Foreign Affairs of the U.S.S.R., Mr. A. A. Gromyko, paid an official visit to India. "
                 "During his stay in New Delhi, the Minister of Foreign Affairs of the U.S.S.R. called on the President of "
                 "India, Shri V. V. Giri, and was received by the Prime Minister of India, Shrimati Indira Gandhi.",
                 date=dt.date(1971, 8, 12))
    assert {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE") if p == "A. A. Gromyko"} == {
        ("A. A. Gromyko", "Soviet Union", "Minister of Foreign Affairs")}
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("A. A. Gromyko", "V. V. Giri"), ("A. A. Gromyko", "Indira Gandhi")}


def test_signers_listed_with_their_styles_and_offices():
    g = graph_of("The Treaty of Peace, Friendship and Co-operation was signed in New Delhi by Mr. Swaran Singh, Minister "
                 "of External Affairs of India and Mr. A. A. Gromyko, Minister of Foreign Affairs of the U.S.S.R.",
                 date=dt.date(1971, 8, 9))
    assert {a for a, b, _ in edges(g, "SIGNED")} == {"Swaran Singh", "A. A. Gromyko"}


def test_what_was_said_after_a_clause_of_when_and_the_old_spelling_jugoslavia():
    g = graph_of("Mr Nikita Khrushchev, the Soviet Communist Party first secretary, said when he arrived at the airport "
                 "that the Soviet Union was ready to remove obstacles to normal relations with Jugoslavia.",
                 date=dt.date(1955, 5, 27))
    about = {b for a, b, _ in edges(g, "STATED")}
    assert "Yugoslavia" in about and "Soviet Communist Party" not in about  # (his own party, named in his title)


def test_recognition_weighed_is_not_done():
    g = graph_of("German Foreign Minister Hans-Dietrich Genscher on Sunday repeated his warning to Serbia that unless "
                 "fighting stops, his nation may recognize the sovereignty of Slovenia and Croatia. Rupel said he was "
                 "assured that Vienna intends to recognize Slovenia and Croatia as independent nations.", date=dt.date(1991, 8, 26))
    assert not edges(g, "RECOGNIZED")
    done = graph_of("The Serbian government recognized newly independent Montenegro on Thursday.", date=dt.date(2006, 6, 16))
    assert {(a, b, e.date.iso) for a, b, e in edges(done, "RECOGNIZED")} == {("Serbia", "Montenegro", "2006-06-15")}


def test_years_since_relations_were_established_date_them():
    g = graph_of("Vietnam celebrates 30 years since the establishment of diplomatic relations with South Korea.",
                 date=dt.date(2022, 12, 22))
    assert {(e.date.iso, e.kind) for _, _, e in edges(g, "RECOGNIZED")} == {("1992", "diplomatic_relations")}
    today = graph_of("50 years of India's recognition of Bangladesh today", date=dt.date(2021, 12, 6))
    assert {e.date.iso for _, _, e in edges(today, "RECOGNIZED")} == {"1971-12-06"}


def test_these_countries_and_their_independence_stand_for_the_states_listed_before():
    g = graph_of("The President will establish diplomatic relations with Azerbaijan, Tajikistan, Turkmenistan, and Uzbekistan. "
                 "The United States had recognized their independence on December 25, 1991. Following Secretary of State "
                 "James Baker's recent visit to these countries, the President decided.", date=dt.date(1992, 2, 19))
    four = {"Azerbaijan", "Tajikistan", "Turkmenistan", "Uzbekistan"}
    assert {b for a, b, e in edges(g, "RECOGNIZED") if e.date and e.date.iso == "1991-12-25"} == four
    assert {b for a, b, _ in edges(g, "VISITED") if a == "James Baker"} == four
    counted = graph_of("Estonia, Latvia and Lithuania declared independence. Norway recognized the independence of the "
                       "three republics on August 25. Finland welcomed the four republics.", date=dt.date(1991, 8, 30))
    assert {b for a, b, _ in edges(counted, "RECOGNIZED")} == {"Estonia", "Latvia", "Lithuania"}
    assert not [e for a, b, e in edges(counted, "STATED") if a == "Finland"]  # (four: not the three listed)


def test_not_in_a_position_to_establish_relations():
    g = graph_of("At this time, the United States is not in a position to establish diplomatic relations with Georgia.")
    assert not edges(g, "RECOGNIZED")


def test_an_instruments_title_written_on_with_its_parties_is_another_name_of_it():
    g = graph_of("The Treaty of Friendship between the Soviet Union and the Democratic Republic of Vietnam was signed. "
                 "The Treaty of Peace, Friendship and Co-operation between the U.S.S.R. and India was signed in New Delhi.")
    aliases = {n.name: n.aliases for n in g.nodes() if n.type == "Treaty"}
    assert aliases == {
        "Treaty of Friendship": ["Treaty of Friendship between the Soviet Union and the Democratic Republic of Vietnam"],
        "Treaty of Peace, Friendship and Co-operation": [
            "Treaty of Peace, Friendship and Co-operation between the U.S.S.R. and India"]}


def test_relations_between_a_government_and_a_capital():
    g = graph_of("France acts. President Charles de Gaulle of France broke today with the United States policy of isolating "
                 "Communist China and announced the establishment of diplomatic relations between the French Government "
                 "and Peking.", date=dt.date(1964, 1, 27))
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "RECOGNIZED")} == {("China", "France")}


def test_felicitations_extended_on_a_weekday_are_dated_by_it():
    g = graph_of("External Affairs Minister S Jaishankar extended his felicitations to his counterparts in Malta, Belize "
                 "and Armenia on Saturday on the occasion of their Independence Day.", date=dt.date(2024, 9, 22))
    assert {(b, e.date.iso) for a, b, e in edges(g, "STATED")} == {
        ("Malta", "2024-09-21"), ("Belize", "2024-09-21"), ("Armenia", "2024-09-21")}


def test_a_meeting_announced_with_its_day_told_again_with_all_it_brings_together():
    g = graph_of("US President Barack Obama will hold talks with four African leaders on Friday, including Ivory Coast's "
                 "new President Alassane Ouattara. Obama will welcome Ouattara along with Benin's President Boni Yayi and "
                 "President Alpha Conde of Guinea.", date=dt.date(2011, 7, 27))
    assert {(b if a == "Barack Obama" else a, e.date.iso if e.date else None) for a, b, e in edges(g, "MET")} == {
        ("Alassane Ouattara", "2011-07-29"), ("Boni Yayi", "2011-07-29"), ("Alpha Conde", "2011-07-29")}


def test_an_instrument_they_signed_is_signed_by_the_sentences_states():
    for sentence in ("Turkey and Azerbaijan have raised their relations to the level of alliance through the Shusha "
                     "Declaration they signed in 2021.",
                     "Turkey and Azerbaijan raised ties through the Shusha Declaration, which they signed in 2021."):
        g = graph_of(sentence, date=dt.date(2025, 1, 17))
        assert {(a, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {("Turkey", "2021"), ("Azerbaijan", "2021")}, sentence


def test_a_titled_name_after_a_sentences_opening_preposition():
    g = graph_of("The US will establish relations with Azerbaijan, Tajikistan, Turkmenistan, and Uzbekistan. Following "
                 "Secretary Baker's recent visit to these countries, the President decided.", date=dt.date(1992, 2, 19))
    assert {b for a, b, _ in edges(g, "VISITED") if a == "Baker"} == {"Azerbaijan", "Tajikistan", "Turkmenistan", "Uzbekistan"}
    during = graph_of("During President Bush's visit to Azerbaijan, ties grew.")
    assert {(a, b) for a, b, _ in edges(during, "VISITED")} == {("Bush", "Azerbaijan")}


def test_head_of_state_is_an_office():
    g = graph_of("The summit went ahead without the Argentine head of state, Javier Milei, this time. "
                 "Cuba's head of state Raul Castro met Xi Jinping.")
    assert {(p, c, e.title) for p, c, e in edges(g, "HOLDS_OFFICE")} == {
        ("Javier Milei", "Argentina", "head of state"), ("Raul Castro", "Cuba", "head of state")}


def test_secretary_of_state_without_a_portfolio_is_the_united_states():
    g = graph_of("British Foreign Secretary David Miliband met Secretary of State Condoleezza Rice. "
                 "Secretary of State for Foreign Affairs Jack Straw said so. Vatican Secretary of State Pietro Parolin agreed.")
    assert {(p, c) for p, c, _ in edges(g, "HOLDS_OFFICE")} == {
        ("David Miliband", "United Kingdom"), ("Condoleezza Rice", "United States"), ("Pietro Parolin", "Vatican")}


def test_arrivals_and_visitors_under_a_dateline_visit_its_state():
    arrived = graph_of("BELGRADE, May 27 - Soviet leader Nikita Khrushchev said when he arrived at the airport that the "
                       "Soviet Union was ready to improve relations.", date=dt.date(1955, 5, 28))
    assert {(a, b, e.date.iso) for a, b, e in edges(arrived, "VISITED")} == {("Nikita Khrushchev", "Yugoslavia", "1955-05-27")}
    visiting = graph_of("HANOI, May 4 - Visiting Iranian Foreign Minister Kamal Kharazi held talks with Vietnamese Foreign "
                        "Minister Nguyen Dy Nien on Monday.", date=dt.date(1998, 5, 5))
    assert {(a, b) for a, b, _ in edges(visiting, "VISITED")} == {("Kamal Kharazi", "Vietnam")}


def test_invitations_of_a_counterpart_and_accepted_from_a_host():
    g = graph_of("Pakistani Prime Minister Imran Khan will visit Malaysia on the invitation of his Malaysian counterpart "
                 "Mahathir Mohamad. He will hold talks.", date=dt.date(2020, 2, 1))
    assert {(a, b) for a, b, _ in edges(g, "INVITED")} == {("Mahathir Mohamad", "Imran Khan")}
    accepted = graph_of("Indian Prime Minister Manmohan Singh accepted an invitation from Japanese Prime Minister Shinzo Abe "
                        "to visit Tokyo. He will hold talks.", date=dt.date(2006, 12, 1))
    assert {(a, b) for a, b, _ in edges(accepted, "INVITED")} == {("Shinzo Abe", "Manmohan Singh")}


def test_a_meal_given_in_honour_of_a_guest_is_a_meeting_with_him():
    g = graph_of("Tokyo talks. Japanese Prime Minister Shinzo Abe gave a luncheon in honour of Indian Prime Minister Narendra Modi.",
                 date=dt.date(2014, 9, 1))
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("Narendra Modi", "Shinzo Abe")}
    delegation = graph_of("Riyadh talks. The King held a luncheon in honor of the Qatari official delegation that included "
                          "Prime Minister Sheikh Abdullah Bin Nasser and Minister of Foreign Affairs Khalid Al-Attiyah.")
    assert not edges(delegation, "MET")


def test_reaching_a_capital_is_arriving_there():
    g = graph_of("Tokyo talks. Indian Prime Minister Narendra Modi reached Tokyo on Saturday. "
                 "Japan and India reached an agreement on Sunday.", date=dt.date(2014, 9, 3))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {("Narendra Modi", "Japan", "2014-08-30")}


def test_what_was_tweeted_is_a_statement():
    g = graph_of("Delhi news. Indian Prime Minister Narendra Modi tweeted that India values its friendship with Japan.",
                 date=dt.date(2014, 9, 3))
    assert {(a, b) for a, b, _ in edges(g, "STATED")} == {("Narendra Modi", "Japan")}


def test_one_who_will_meet_a_list_meets_each_and_his_counterpart_is_no_one_named():
    g = graph_of("Summit news. Argentina will be represented by Foreign Minister Diana Mondino, who will meet with President "
                 "Lula of Brazil, Santiago Peña of Paraguay, Luis Lacalle Pou of Uruguay, and Luis Arce of Bolivia.",
                 date=dt.date(2024, 7, 5))
    assert {b for a, b, _ in edges(g, "MET") if a == "Diana Mondino"} == {
        "Lula", "Santiago Peña", "Luis Lacalle Pou", "Luis Arce"}
    separate = graph_of("President Abdel Fattah al-Sisi met the delegation. The meeting was attended by Egyptian Minister of "
                        "Defence Sedki Sobhi, who held a separate meeting with his counterpart later.")
    assert not edges(separate, "MET")


def test_those_met_in_the_country_a_traveller_opens_with_serve_it_not_him():
    g = graph_of("Prime Minister Stephen Harper today wrapped up a trip to Poland. In Poland, the Prime Minister met with "
                 "Prime Minister Ewa Kopacz and President Bronisław Komorowski. Canada and Poland agreed to cooperate.",
                 date=dt.date(2015, 6, 9))
    offices = {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")}
    assert {("Ewa Kopacz", "Poland"), ("Bronisław Komorowski", "Poland")} <= offices
    assert ("Stephen Harper", "Poland") not in offices
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {("Stephen Harper", "Poland")}


def test_part_of_a_trip_is_no_membership_of_a_bloc_named_later():
    g = graph_of("Ottawa news. Prime Minister Stephen Harper wrapped up a trip to Poland, which was part of a broader visit "
                 "to Europe featuring stops in Ukraine and Germany for the G-7 Summit.", date=dt.date(2015, 6, 9))
    assert not edges(g, "MEMBER_OF")
    member = graph_of("Ottawa news. Poland is part of the European Union.", date=dt.date(2015, 6, 9))
    assert {(a, b) for a, b, _ in edges(member, "MEMBER_OF")} == {("Poland", "European Union")}


def test_a_spouse_named_with_the_traveller_visits_too_and_is_no_traveller_alone():
    g = graph_of("Hanoi news. President Yoon Suk Yeol and his wife Kim Keon Hee arrived in Hanoi on Thursday morning, "
                 "beginning their three-day State visit to Vietnam.", date=dt.date(2023, 6, 22))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Yoon Suk Yeol", "Vietnam", "2023-06-22/2023-06-24"), ("Kim Keon Hee", "Vietnam", "2023-06-22/2023-06-24")}
    queen = graph_of("Mexico news. King Felipe VI of Spain met President Enrique Peña Nieto on the first day of his state "
                     "visit to Mexico, together with Queen Letizia.", date=dt.date(2015, 6, 29))
    assert ("Letizia", "Mexico") in {(a, b) for a, b, _ in edges(queen, "VISITED")}


def test_members_of_a_delegation_or_entourage_make_their_leaders_visit():
    g = graph_of("Hanoi news. President Yoon Suk Yeol arrived in Hanoi on Thursday, beginning a three-day State visit to "
                 "Vietnam. The delegation accompanying President Yoon during his visit includes Deputy Prime Minister "
                 "Choo Kyung Ho and Minister of Foreign Affairs Park Jin.", date=dt.date(2023, 6, 22))
    assert {(a, b) for a, b, _ in edges(g, "VISITED")} == {
        ("Yoon Suk Yeol", "Vietnam"), ("Choo Kyung Ho", "Vietnam"), ("Park Jin", "Vietnam")}
    entourage = graph_of("Addis news. Eritrean President Isaias Afwerki arrived in Addis Ababa this morning. Eritrea's "
                         "presidential entourage includes Foreign Minister Osman Saleh, Adviser to the President Yemane "
                         "Gebreab among the others.", date=dt.date(2019, 12, 25))
    assert {(a, b) for a, b, _ in edges(entourage, "VISITED")} == {
        ("Isaias Afwerki", "Ethiopia"), ("Osman Saleh", "Ethiopia"), ("Yemane Gebreab", "Ethiopia")}
    offices = {(a, b, e.title) for a, b, e in edges(entourage, "HOLDS_OFFICE")}
    assert ("Yemane Gebreab", "Eritrea", "Adviser to the President") in offices
    assert not any(title == "President" and a != "Isaias Afwerki" for a, _, title in offices)


def test_a_sheikh_named_after_a_long_title_and_conversations_are_meetings():
    g = graph_of("Abu Dhabi news. On 23 December 2019, President Isaias Afwerki was on an official visit to the United Arab "
                 "Emirates and met in Abu Dhabi with Crown Prince and Deputy Supreme Commander of UAE Armed Forces, Sheikh "
                 "Mohamed bin Zayed Al Nahyan.", date=dt.date(2019, 12, 25))
    assert {(*sorted((a, b)), e.date.iso) for a, b, e in edges(g, "MET")} == {
        ("Isaias Afwerki", "Sheikh Mohamed bin Zayed Al Nahyan", "2019-12-23")}
    talks = graph_of("Santiago news. Croatian President Zoran Milanovic will travel to Santiago to hold conversations with "
                     "President Gabriel Boric.", date=dt.date(2022, 12, 9))
    assert {tuple(sorted((a, b))) for a, b, _ in edges(talks, "MET")} == {("Gabriel Boric", "Zoran Milanovic")}


def test_a_clause_opening_with_its_own_day_dates_and_bounds_its_meeting():
    g = graph_of("Bogota news. UK Foreign Secretary William Hague was received on Sunday in Cartagena by Colombian Foreign "
                 "Minister María Angeles Holguín and on Monday is scheduled to meet with Juan Manuel Santos.",
                 date=dt.date(2014, 2, 17))
    met = {tuple(sorted((a, b))): e.date.iso for a, b, e in edges(g, "MET")}
    assert met == {("María Angeles Holguín", "William Hague"): "2014-02-16",
                   ("Juan Manuel Santos", "William Hague"): "2014-02-17"}


def test_a_named_instrument_with_a_lower_case_head_and_inner_conjunction():
    g = graph_of("Brussels news. European Commission President Jean-Claude Juncker ended the suspense by signing the "
                 "Comprehensive Economic and Trade agreement on Sunday.", date=dt.date(2016, 10, 31))
    assert {(a, b) for a, b, _ in edges(g, "SIGNED")} == {("Jean-Claude Juncker", "Comprehensive Economic and Trade Agreement")}
    states = graph_of("Brussels news. The EU and Canada discussed the Russia and China agreement on Sunday.",
                      date=dt.date(2016, 10, 31))
    assert not [n for n in states.nodes() if n.type == "Treaty"]


def test_an_envoy_to_a_body_serves_the_sending_state_and_delegates_serve_their_leaders():
    g = graph_of("New York news. The agreement was signed by Qatari Ambassador to the United Nations Alya Ahmed bin Saif "
                 "Al-Thani and South Sudan Ambassador to the UN Akuei Bona Malwal.", date=dt.date(2020, 9, 11))
    assert {(a, b) for a, b, _ in edges(g, "HOLDS_OFFICE")} == {
        ("Alya Ahmed bin Saif Al-Thani", "Qatar"), ("Akuei Bona Malwal", "South Sudan")}
    delegation = graph_of("Hanoi news. South Korean President Yoon Suk Yeol arrived in Hanoi on Thursday for a State visit "
                          "to Vietnam. The delegation accompanying President Yoon includes Minister of Foreign Affairs Park "
                          "Jin. Vietnamese Ambassador to the RoK Nguyen Vu Tung welcomed them.", date=dt.date(2023, 6, 22))
    offices = {(a, b) for a, b, _ in edges(delegation, "HOLDS_OFFICE")}
    assert {("Park Jin", "South Korea"), ("Nguyen Vu Tung", "Vietnam")} <= offices


def test_a_former_level_keeps_no_date_and_a_counted_anniversary_folds_into_the_day_told():
    g = graph_of("Hanoi news. The bilateral relationship between Vietnam and South Korea was upgraded from a strategic "
                 "partnership to a comprehensive strategic partnership in December 2022 on the occasion of the 30th "
                 "anniversary of the establishment of bilateral diplomatic ties. Vietnam and South Korea established "
                 "diplomatic ties on December 22, 1992.", date=dt.date(2023, 6, 22))
    levels = {e.level: (e.date.iso if e.date else None) for _, _, e in edges(g, "PARTNERSHIP")}
    assert levels == {"Strategic Partnership": None, "Comprehensive Strategic Partnership": "2022-12"}
    assert [e.date.iso for _, _, e in edges(g, "RECOGNIZED")] == ["1992-12-22"]


def test_recognising_a_sovereign_independent_state():
    g = graph_of("Santiago news. Chile was the first Latin American country to recognize sovereign independent Croatia.",
                 date=dt.date(2022, 12, 9))
    assert {(a, b, e.kind) for a, b, e in edges(g, "RECOGNIZED")} == {("Chile", "Croatia", "recognition")}


def test_group_nouns_and_passive_declarations_are_no_speakers():
    g = graph_of("Athens news. Prime Minister Zoran Zaev of North Macedonia met Alexis Tsipras of Greece on Wednesday. "
                 "Interlocutors also said that the Prespa Agreement is accepted in North Macedonia and Greece.",
                 date=dt.date(2020, 9, 16))
    assert not any(a == "Interlocutors" for a, _, _ in edges(g, "STATED"))
    assert "Interlocutors" not in {n.name for n in g.nodes()}
    declared = graph_of("Santiago news. Croatian President Zoran Milanovic arrives in Chile next week, where he has been "
                        "declared an illustrious visitor of Chile.", date=dt.date(2022, 12, 9))
    assert not edges(declared, "STATED")


def test_being_first_in_a_country_and_a_tour_to_come_are_visits():
    g = graph_of("Harare news. Prior to the visit to Harare, Iranian President Ebrahim Raisi was first in Kenya, where he met "
                 "President William Ruto.", date=dt.date(2023, 7, 14))
    assert ("Ebrahim Raisi", "Kenya") in {(a, b) for a, b, _ in edges(g, "VISITED")}
    tour = graph_of("Ankara news. Turkish President Recep Tayyip Erdoğan has visited 28 African countries to date, and will "
                    "now tour Angola, Nigeria and Togo.", date=dt.date(2021, 10, 14))
    assert {b for a, b, _ in edges(tour, "VISITED")} == {"Angola", "Nigeria", "Togo"}


def test_of_two_pairs_named_as_often_the_later_is_the_storys():
    g = graph_of("Tokyo news. Indian Prime Minister Manmohan Singh started a visit to Japan to seek support for the US-India "
                 "nuclear pact. “I look forward to elevating India-Japan relations,” Manmohan said. Manmohan said our "
                 "bilateral relations are poised to enter a new phase.", date=dt.date(2006, 12, 14))
    assert {b for a, b, _ in edges(g, "STATED")} == {"Japan"}


def test_a_future_inside_a_quote_leaves_the_reported_press_conference_dated():
    g = graph_of("Jakarta news. Australian Prime Minister Anthony Albanese arrived in Jakarta. \"This agreement will enable new "
                 "cooperation,\" Albanese said in a joint press conference with President Prabowo Subianto.",
                 date=dt.date(2025, 5, 15))
    assert {e.date.iso for _, _, e in edges(g, "MET")} == {"2025-05-15"}
    announced = graph_of("Moscow news. “We will meet Chinese President Xi Jinping,” Russian President Vladimir Putin said.",
                         date=dt.date(2025, 5, 15))
    assert [e.date for _, _, e in edges(announced, "MET")] == [None]


def test_the_hosts_wife_is_no_companion_of_the_visitor():
    g = graph_of("Santiago news. Argentina’s President Alberto Fernandez made his first state visit to Chile on Tuesday "
                 "accompanied by first lady Fabiola Yanez and met with Chilean President Sebastian Pinera and his wife "
                 "Cecilia Morel.", date=dt.date(2021, 1, 27))
    assert {a for a, _, _ in edges(g, "VISITED")} == {"Alberto Fernandez", "Fabiola Yanez"}


def test_like_communiques_made_with_different_states_stay_apart():
    g = graph_of("Banjul news. The Joint Communiqué with the Republic of Chad was signed on 31 August 2021 by H.E. Mahamat Ali "
                 "Hassan, Ambassador of Chad. The Joint Communiqué with the Republic of Gabon was signed on 1 September 2021 "
                 "by H.E. Hermann Immongault, Ambassador of the Republic of Gabon, and the Joint Communiqué with the Republic "
                 "of Angola was signed on 3 September, 2021 by H.E. Francisco Jose da Cruz, Ambassador of the Republic of "
                 "Angola.", date=dt.date(2021, 9, 7))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {
        ("Mahamat Ali Hassan", "Joint Communiqué with the Republic of Chad", "2021-08-31"),
        ("Hermann Immongault", "Joint Communiqué with the Republic of Gabon", "2021-09-01"),
        ("Francisco Jose da Cruz", "Joint Communiqué with the Republic of Angola", "2021-09-03")}


def test_signers_of_an_older_treaty_told_years_to_the_day_before_and_a_headline_signing():
    g = graph_of("Macron and Merkel sign Aachen treaty\n\nAngela Merkel, German chancellor, and Emmanuel Macron, French "
                 "president, sealed the agreement 56 years to the day after Konrad Adenauer and Charles de Gaulle signed "
                 "the Élysée Treaty, a landmark pact.", date=dt.date(2019, 1, 22))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "SIGNED")} == {
        ("Angela Merkel", "Aachen Treaty", "2019-01-22"), ("Emmanuel Macron", "Aachen Treaty", "2019-01-22"),
        ("Konrad Adenauer", "Élysée Treaty", "1963-01-22"), ("Charles de Gaulle", "Élysée Treaty", "1963-01-22")}


def test_memberships_full_fledged_accession_of_and_member_states_including():
    g = graph_of("Tehran news. Iran officially became a full-fledged member of the Shanghai Cooperation Organization on "
                 "Tuesday. Russia welcomed the accession of Indonesia to BRICS. Leaders of the SCO member states, including "
                 "China, Russia and Pakistan, attended the virtual summit.", date=dt.date(2023, 7, 5))
    assert {(a, b) for a, b, _ in edges(g, "MEMBER_OF")} == {
        ("Iran", "Shanghai Cooperation Organisation"), ("Indonesia", "BRICS"), ("China", "Shanghai Cooperation Organisation"),
        ("Russia", "Shanghai Cooperation Organisation"), ("Pakistan", "Shanghai Cooperation Organisation")}


def test_a_call_opening_the_sentence_joins_the_two_on_the_line():
    g = graph_of("Talks in Ankara\n\nIn a phone call on Wednesday, Turkish President Recep Tayyip Erdogan told Russian "
                 "President Vladimir Putin that Turkey was ready to host talks.", date=dt.date(2024, 3, 8))
    assert {(*sorted((a, b)), e.date.iso) for a, b, e in edges(g, "MET")} == {
        ("Recep Tayyip Erdogan", "Vladimir Putin", "2024-03-06")}


def test_a_titled_person_placed_later_as_someones_counterpart_holds_the_office_there():
    g = graph_of("Paris news. Prime Minister Narendra Modi arrived in Paris on Monday. French President Emmanuel Macron met "
                 "his Indian counterpart Narendra Modi on Monday.", date=dt.date(2024, 3, 8))
    assert ("Narendra Modi", "India", "Prime Minister") in {(a, b, e.title) for a, b, e in edges(g, "HOLDS_OFFICE")}


def test_an_arrival_for_a_two_day_visit_spans_both_days_and_a_journey_a_month_before_is_not_today():
    g = graph_of("Leaders meet in Nairobi\n\nNAIROBI, March 8 (Reuters) - Kenyan President William Ruto hosted Ethiopian Prime "
                 "Minister Abiy Ahmed at State House on Friday. Abiy, who arrived on Thursday for a two-day state visit, said "
                 "Ethiopia valued its ties with Kenya. The visit comes a month after Ruto travelled to Addis Ababa for the "
                 "African Union summit.", date=dt.date(2024, 3, 8))
    visits = {(a, b): (e.date.iso if e.date else None) for a, b, e in edges(g, "VISITED")}
    assert visits == {("Abiy Ahmed", "Kenya"): "2024-03-07/2024-03-08", ("William Ruto", "Ethiopia"): None}


def test_witnesses_of_a_signing_are_no_signers():
    g = graph_of("Vietnam, Laos sign border deal\n\nHANOI (VNA) - Vietnamese Prime Minister Pham Minh Chinh and his Lao "
                 "counterpart Sonexay Siphandone on Tuesday witnessed the signing of the Agreement on Border Management "
                 "between the two countries. The agreement was signed by Foreign Minister Bui Thanh Son and Lao Foreign "
                 "Minister Saleumxay Kommasith.", date=dt.date(2024, 1, 9))
    assert {a for a, _, _ in edges(g, "SIGNED")} == {"Vietnam", "Laos", "Bui Thanh Son", "Saleumxay Kommasith"}


def test_a_surname_is_the_titled_actor_of_the_story_not_one_retold():
    g = graph_of("Putin in Pyongyang\n\nRussian President Vladimir Putin arrived in North Korea on Wednesday. He was greeted "
                 "by North Korean leader Kim Jong Un. Putin last visited Pyongyang in July 2000, when he met Kim Jong Il. "
                 "Kim thanked Putin for Moscow's support.", date=dt.date(2024, 6, 19))
    assert {a for a, _, _ in edges(g, "STATED")} == {"Kim Jong Un"}


def test_those_who_accompanied_or_joined_a_leader_made_his_visit():
    g = graph_of("Nixon ends China visit\n\nSHANGHAI, Feb. 27 - Mr. Nixon arrived in Peking on Feb. 21 and met Chairman Mao "
                 "Tse-tung the same day. Secretary of State William P. Rogers and Henry A. Kissinger, the President's adviser "
                 "on national security, accompanied Mr. Nixon.", date=dt.date(1972, 2, 27))
    assert {(a, b, e.date.iso) for a, b, e in edges(g, "VISITED")} == {
        ("Nixon", "China", "1972-02-21"), ("William P. Rogers", "China", "1972-02-21"), ("Henry A. Kissinger", "China", "1972-02-21")}
    joined = graph_of("Ottawa news. Prime Minister Stephen Harper today wrapped up a trip to Poland. He was joined by Jason "
                      "Kenney, Minister of National Defence.", date=dt.date(2015, 6, 9))
    assert ("Jason Kenney", "Poland") in {(a, b) for a, b, _ in edges(joined, "VISITED")}


def test_relations_not_established_until_a_year_were_established_then():
    g = graph_of("Washington news. The United States and the People's Republic of China did not establish diplomatic "
                 "relations until 1979. Britain did not recognize the regime.", date=dt.date(1972, 2, 27))
    assert {(*sorted((a, b)), e.date.iso) for a, b, e in edges(g, "RECOGNIZED")} == {("China", "United States", "1979")}


def test_two_leaders_who_issued_a_joint_communique_met():
    g = graph_of("Nixon ends China visit\n\nSHANGHAI, Feb. 27 - President Nixon and Premier Chou En-lai issued a joint "
                 "communique here tonight.", date=dt.date(1972, 2, 27))
    assert {tuple(sorted((a, b))) for a, b, _ in edges(g, "MET")} == {("Chou En-lai", "Nixon")}
