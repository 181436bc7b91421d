"""The gazetteer's third round for current news (2026-12-06, branch gaz-current2): regional and international bodies
(organizations.yaml), de facto states and armed groups (groups.yaml), their leaders and officials of 2019-2025
(persons-current.yaml). Sentences of our own: a body by name and acronym in English and Indonesian, a de facto
state, an armed group and its leader's side, a bare surname after the full name, and forms left out on purpose."""

from __future__ import annotations

import pytest

from graphbuild.extract.engine import blank_excluded
from graphbuild.model import Article
from graphbuild.resolve.gazetteer import Gazetteer, load_gazetteer
from tests.test_persons_current import _extractor, keys, run


def _mention_ids(text: str, lang: str) -> list[str]:
    article = Article(id="t", text=text, language=lang, date="2024-06-01")
    nlp, _ = _extractor().pipeline(lang)
    _ctx, _rules, mentions = _extractor().rule_pass(article, nlp(blank_excluded(article)), lang)
    return [mention.actor.id for mention in mentions]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(("text", "lang", "ids"), [
    # a body by its name, then by its acronym
    ("The Organization of American States met in Washington. The OAS later criticised Nicaragua.", "en",
     ["oas", "USA", "oas", "NIC"]),
    ("Organisasi Negara-Negara Amerika (OAS) mengecam Nikaragua.", "id", ["oas", "oas", "NIC"]),
    ("The Alliance of Sahel States said on Monday that the AES would leave ECOWAS.", "en",
     ["alliance-of-sahel-states", "alliance-of-sahel-states", "ecowas"]),
    ("Aliansi Negara-Negara Sahel (AES) menolak tuntutan ECOWAS.", "id",
     ["alliance-of-sahel-states", "alliance-of-sahel-states", "ecowas"]),
    ("The Asian Development Bank (ADB) lent Sri Lanka $200 million.", "en",
     ["asian-development-bank", "asian-development-bank", "LKA"]),
    ("Bank Pembangunan Asia memberikan pinjaman kepada Filipina.", "id", ["asian-development-bank", "PHL"]),
    ("The Community of Latin American and Caribbean States (CELAC) held a summit with the European Union.", "en",
     ["celac", "celac", "eu"]),
    ("Europol and Frontex worked with the Italian police.", "en", ["europol", "frontex", "ITA"]),
    ("Organisasi untuk Kerja Sama dan Pembangunan Ekonomi (OECD) memuji Indonesia.", "id", ["oecd", "oecd", "IDN"]),
    ("The SAARC foreign ministers met in Kathmandu.", "en", ["saarc", "NPL"]),
    # the ministers' Council of the EU is not the European Council of leaders
    ("The Council of the European Union adopted sanctions on Iran.", "en", ["council-of-the-eu", "IRN"]),
    ("European Council President Charles Michel met Xi Jinping.", "en", ["charles-michel", "xi-jinping"]),
    # BRICS's bank is a body of its own (the longest match)
    ("The BRICS bank approved a loan to Brazil.", "en", ["new-development-bank", "BRA"]),
    # the Africa Corps is a force of Russia's defence ministry (`country: RUS`), read as Russia as a state's organs
    # are; the Wagner Group stays a group of its own
    ("The Africa Corps replaced the Wagner Group in Mali.", "en", ["RUS", "wagner-group", "MLI"]),
])  # fmt: skip
def test_regional_bodies_by_name_and_acronym(text: str, lang: str, ids: list[str]) -> None:
    assert _mention_ids(text, lang) == ids


@pytest.mark.parametrize(("text", "lang", "ids"), [
    ("Ethiopia signed a memorandum with Somaliland in January.", "en", ["ETH", "somaliland"]),
    ("Moldova accused Transnistria of blocking the talks held in Tiraspol.", "en",
     ["MDA", "transnistria", "transnistria"]),
    ("Ossetia Selatan menolak tuntutan Georgia.", "id", ["south-ossetia", "GEO"]),
    ("Turkish Cypriot leader Ersin Tatar met Greek Cypriot officials.", "en", ["ersin-tatar", "CYP"]),
    ("The Turkish Republic of Northern Cyprus (TRNC) is recognised only by Turkey.", "en",
     ["northern-cyprus", "northern-cyprus", "TUR"]),
    ("Republik Sahrawi mengecam Maroko.", "id", ["ESH", "MAR"]),
    # the region alone is no actor: Azerbaijan's since 2023
    ("Ilham Aliyev visited Karabakh on Monday.", "en", ["ilham-aliyev"]),
    ("Karabakh separatists surrendered to Azerbaijan.", "en", ["nagorno-karabakh", "AZE"]),
])  # fmt: skip
def test_de_facto_states(text: str, lang: str, ids: list[str]) -> None:
    assert _mention_ids(text, lang) == ids


def test_de_facto_states_belong_to_the_state_the_un_recognises(gazetteer: Gazetteer) -> None:
    expected = {"transnistria": "MDA", "south-ossetia": "GEO", "northern-cyprus": "CYP", "somaliland": "SOM",
                "puntland": "SOM", "nagorno-karabakh": "AZE"}  # fmt: skip
    for actor_id, state in expected.items():
        actor = gazetteer.actors[actor_id]
        assert actor.type == "Group" and actor.country == state, actor_id


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The Resistance Front claimed the attack on Indian tourists in Kashmir.", "en",
     {("the-resistance-front", "ASSAULT", "IND")}),
    ("The Islamic Resistance in Iraq attacked US forces in Syria.", "en",
     {("islamic-resistance-in-iraq", "ASSAULT", "USA")}),
    ("Viv Ansanm gangs attacked Kenyan police in Port-au-Prince.", "en", {("viv-ansanm", "ASSAULT", "KEN")}),
    ("Perlawanan Islam di Irak menyerang pasukan Amerika Serikat.", "id",
     {("islamic-resistance-in-iraq", "ASSAULT", "USA")}),
])  # fmt: skip
def test_armed_groups(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= keys(run(text, lang))


def test_afghanistan_s_national_resistance_front_is_not_the_kashmiri_group() -> None:
    assert _mention_ids("The National Resistance Front attacked the Taliban in Panjshir.", "en") == [
        "national-resistance-front-afghanistan", "taliban"]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "person", "faction", "country"), [
    ("Jimmy Cherizier threatened Kenya on Sunday.", "en", "jimmy-cherizier", "viv-ansanm", "HTI"),
    ("Muse Bihi Abdi thanked Ethiopia for the deal.", "en", "muse-bihi-abdi", "somaliland", "SOM"),
    ("Qais al-Khazali threatened the United States.", "en", "qais-al-khazali", "asaib-ahl-al-haq", "IRQ"),
    ("Brahim Ghali mengecam Maroko.", "id", "brahim-ghali", "polisario", "ESH"),
])  # fmt: skip
def test_a_leader_carries_his_side(text: str, lang: str, person: str, faction: str, country: str) -> None:
    sources = [t.source for t in run(text, lang) if t.source.actor.id == person]
    assert sources, text
    assert sources[0].actor.faction == faction and sources[0].actor.country == country


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a bare surname after the full name is the same person
    ("Tufan Erhurman arrived in Nicosia on Monday. Erhurman urged Greece to back the talks.", "en",
     {("tufan-erhurman", "REQUEST", "GRC")}),
    ("Wakil Menteri Luar Negeri Anis Matta tiba di Kairo. Matta mendesak Israel menghentikan serangan.", "id",
     {("anis-matta", "REQUEST", "ISR")}),
    ("Diosdado Cabello spoke on state television. Cabello accused Colombia of harbouring gangs.", "en",
     {("diosdado-cabello", "ACCUSE", "COL")}),
    ("Kapolri Listyo Sigit Prabowo bertemu Kepala Kepolisian Australia. Listyo mengecam Malaysia.", "id",
     {("listyo-sigit-prabowo", "ACCUSE", "MYS")}),
])  # fmt: skip
def test_a_bare_surname_after_the_full_name(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= keys(run(text, lang))


@pytest.mark.parametrize("text", [
    "Prabowo Subianto visited Tokyo. Listyo Sigit Prabowo met the Australian police chief. Prabowo thanked Japan.",
    "Listyo Sigit Prabowo met the Australian police chief. President Prabowo thanked Japan.",
    "Listyo Sigit Prabowo met the Australian police chief. Prabowo thanked Japan.",
])
def test_the_police_chief_s_last_name_stays_the_president_s(text: str) -> None:
    """'Prabowo' is the president's, whoever was named first: `not_surnames` keeps the police chief's last word
    from being read as his surname after his full name."""
    ids = _mention_ids(text, "en")
    assert "listyo-sigit-prabowo" in ids and ids[-2] == "prabowo-subianto", ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia's Commonwealth Scientific and Industrial Research Organisation signed a deal.", "en"),
    ("Gunakan MSG secukupnya saat memasak.", "id"),
    ("Peace Brigades International sent observers.", "en"),
])  # fmt: skip
def test_forms_left_out_name_no_new_body(text: str, lang: str) -> None:
    ids = set(_mention_ids(text, lang))
    assert not ids & {"commonwealth-of-nations", "melanesian-spearhead-group", "mahdi-army"}


def test_the_heads_of_the_new_bodies_on_a_date(gazetteer: Gazetteer) -> None:
    assert [a.id for a in gazetteer.holders("secretary_general", "oas", "2022-03-01")] == ["luis-almagro"]
    assert [a.id for a in gazetteer.holders("secretary_general", "oas", "2025-09-01")] == ["albert-ramdin"]
    assert [a.id for a in gazetteer.holders("secretary_general", "oecd", "2024-03-01")] == ["mathias-cormann"]
    commonwealth = "commonwealth-of-nations"
    assert [a.id for a in gazetteer.holders("secretary_general", commonwealth, "2020-03-01")] == ["patricia-scotland"]
    assert [a.id for a in gazetteer.holders("secretary_general", commonwealth, "2025-06-01")] == [
        "shirley-ayorkor-botchwey"]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), [
    ("The OAS chief urged Venezuela to publish the results.", "en"),
    ("Kepala OAS mendesak Venezuela mengumumkan hasil pemilu.", "id"),
])  # fmt: skip
def test_the_oas_chief_is_its_secretary_general(text: str, lang: str) -> None:
    assert ("luis-almagro", "REQUEST", "VEN") in keys(run(text, lang))
