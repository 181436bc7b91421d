"""The actor gazetteer: the files load, every ISO 3166-1 state is there, key English and Indonesian variants
resolve to the right actor, no surface is ambiguous unless allowlisted, and countries.yaml is reproducible."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pycountry
import pytest
import yaml

from graphbuild.paths import PROJECT_DIR
from graphbuild.resolve.gazetteer import Gazetteer, RoleNoun, Surface

GAZETTEER_DIR = PROJECT_DIR / "data" / "gazetteer"
SCRIPT = PROJECT_DIR / "scripts" / "build_gazetteer.py"
LANGS = ("en", "id")
OFFICE_KEYS = {
    "president", "vice_president", "prime_minister", "chancellor", "monarch", "supreme_leader",
    "foreign_minister", "defence_minister", "secretary_general", "director_general", "leader",
    "head_of_state", "organisation_head",
}  # fmt: skip
# A surface text that names two actors in one language and kind. Each is a decision documented in
# data/gazetteer/README.md ("Known ambiguities"); most were settled by giving the form to one actor only
# (Congo/Congolese → COD, Dominican → DOM, DPR per language), so none is needed today.
KNOWN_AMBIGUITIES: dict[tuple[str, str, str], set[str]] = {}
# Sovereign states with no English demonym of their own: theirs is given to a larger namesake.
NO_DEMONYM = {"COG": "Congolese → COD", "DMA": "Dominican → DOM"}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_directory(GAZETTEER_DIR)


@pytest.fixture(scope="module")
def overlay() -> dict:
    with (GAZETTEER_DIR / "src" / "countries-curated.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is being built
    spec.loader.exec_module(module)
    return module


def languages(surface: Surface | RoleNoun) -> tuple[str, ...]:
    return LANGS if surface.lang == "any" else (surface.lang,)


def resolve(gazetteer: Gazetteer, text: str, lang: str, kind: str | None = None) -> set[str]:
    return {s.actor_id for s in gazetteer.surfaces_for(lang) if s.text == text and kind in (None, s.kind)}


def test_files_load_and_are_consistent(gazetteer: Gazetteer) -> None:
    types = defaultdict(int)
    for actor in gazetteer.actors.values():
        types[actor.type] += 1
    assert types["Country"] >= 250 and types["Organization"] >= 80 and types["ArmedGroup"] >= 40
    assert types["Group"] >= 5 and len(gazetteer.role_nouns) >= 200
    assert gazetteer.problems() == []


def test_every_iso_3166_state_is_present_with_names(gazetteer: Gazetteer) -> None:
    codes = {country.alpha_3 for country in pycountry.countries}
    assert len(codes) == 249
    for code in sorted(codes | {"XKX"}):
        actor = gazetteer.actors.get(code)
        assert actor is not None, code
        assert actor.type == "Country" and actor.iso3 == code and actor.name
        assert resolve(gazetteer, actor.name, "en", "name") == {code}
        assert any(s.actor_id == code and s.kind == "name" for s in gazetteer.surfaces_for("id")), code


@pytest.mark.parametrize(
    ("code", "name"),
    [("RUS", "Russia"), ("KOR", "South Korea"), ("PRK", "North Korea"), ("IRN", "Iran"), ("SYR", "Syria"),
     ("VNM", "Vietnam"), ("LAO", "Laos"), ("BOL", "Bolivia"), ("VEN", "Venezuela"), ("TZA", "Tanzania"),
     ("MDA", "Moldova"), ("TWN", "Taiwan"), ("USA", "United States"), ("GBR", "United Kingdom"),
     ("CZE", "Czech Republic"), ("PSE", "Palestine"), ("VAT", "Vatican"), ("XKX", "Kosovo"),
     ("ESH", "Western Sahara"), ("TUR", "Turkey"), ("COD", "Democratic Republic of the Congo")],
)  # fmt: skip
def test_canonical_short_english_names(gazetteer: Gazetteer, code: str, name: str) -> None:
    assert gazetteer.actors[code].name == name


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        ("Korea Utara", "id", "name", "PRK"), ("Korut", "id", "name", "PRK"), ("DPRK", "en", "acronym", "PRK"),
        ("Amerika Serikat", "id", "name", "USA"), ("AS", "id", "acronym", "USA"), ("U.S.", "en", "acronym", "USA"),
        ("US", "en", "acronym", "USA"), ("America", "en", "name", "USA"), ("Tiongkok", "id", "name", "CHN"),
        ("RRT", "id", "acronym", "CHN"), ("Rusia", "id", "name", "RUS"), ("Federasi Rusia", "id", "name", "RUS"),
        ("Moskow", "id", "metonym", "RUS"), ("Kremlin", "en", "metonym", "RUS"), ("Moscow", "en", "metonym", "RUS"),
        ("Gedung Putih", "id", "metonym", "USA"), ("White House", "en", "metonym", "USA"),
        ("Washington", "en", "metonym", "USA"), ("Pyongyang", "id", "metonym", "PRK"),
        ("Beijing", "en", "metonym", "CHN"), ("Peking", "id", "metonym", "CHN"), ("Kyiv", "en", "metonym", "UKR"),
        ("Kiev", "en", "metonym", "UKR"), ("Teheran", "id", "metonym", "IRN"), ("Tehran", "en", "metonym", "IRN"),
        ("Downing Street", "en", "metonym", "GBR"), ("Elysee", "en", "metonym", "FRA"),
        ("Canberra", "en", "metonym", "AUS"), ("Naypyidaw", "en", "metonym", "MMR"),
        ("Jerusalem", "en", "metonym", "ISR"), ("Den Haag", "id", "metonym", "NLD"),
        ("Emirates", "en", "name", "ARE"), ("UAE", "en", "acronym", "ARE"), ("PEA", "id", "acronym", "ARE"),
        ("Uni Emirat Arab", "id", "name", "ARE"), ("Britain", "en", "name", "GBR"), ("UK", "en", "acronym", "GBR"),
        ("Inggris", "id", "name", "GBR"), ("Britania Raya", "id", "name", "GBR"), ("Holland", "en", "name", "NLD"),
        ("Czechia", "en", "name", "CZE"), ("Türkiye", "en", "name", "TUR"), ("Turkiye", "en", "name", "TUR"),
        ("Cote d'Ivoire", "en", "name", "CIV"), ("Ivory Coast", "en", "name", "CIV"),
        ("Gambian", "en", "demonym", "GMB"), ("Gambians", "en", "demonym", "GMB"),
        ("Burundian", "en", "demonym", "BDI"), ("Congolese", "en", "demonym", "COD"),
        ("Rwandan", "en", "demonym", "RWA"), ("Panamanian", "en", "demonym", "PAN"),
        ("Emirati", "en", "demonym", "ARE"), ("Emiratis", "en", "demonym", "ARE"),
        ("Israeli", "en", "demonym", "ISR"), ("Palestinian", "en", "demonym", "PSE"),
        ("Iranian", "en", "demonym", "IRN"), ("Saudi", "en", "demonym", "SAU"), ("Yemeni", "en", "demonym", "YEM"),
        ("Sudanese", "en", "demonym", "SDN"), ("South Sudanese", "en", "demonym", "SSD"),
        ("Filipino", "en", "demonym", "PHL"), ("Vietnamese", "en", "demonym", "VNM"),
        ("Russian", "en", "demonym", "RUS"), ("North Korean", "en", "demonym", "PRK"),
        ("Dutch", "en", "demonym", "NLD"), ("Kosovar", "en", "demonym", "XKX"),
        ("Negeri Paman Sam", "id", "metonym", "USA"), ("Negeri Tirai Bambu", "id", "metonym", "CHN"),
        ("Negeri Beruang Merah", "id", "metonym", "RUS"), ("Negeri Jiran", "id", "metonym", "MYS"),
        ("Soviet Union", "en", "name", "RUS"), ("West Bank", "en", "metonym", "PSE"),
        ("Tepi Barat", "id", "metonym", "PSE"),
    ],
)  # fmt: skip
def test_country_variants_resolve(gazetteer: Gazetteer, text: str, lang: str, kind: str, expected: str) -> None:
    assert resolve(gazetteer, text, lang, kind) == {expected}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("DK PBB", "id", "un-security-council"), ("Dewan Keamanan PBB", "id", "un-security-council"),
        ("UN Security Council", "en", "un-security-council"), ("PBB", "id", "un"), ("U.N.", "en", "un"),
        ("Majelis Umum PBB", "id", "un-general-assembly"), ("NATO", "id", "nato"),
        ("Pakta Pertahanan Atlantik Utara", "id", "nato"), ("Uni Eropa", "id", "eu"), ("UE", "id", "eu"),
        ("Uni Afrika", "id", "african-union"), ("African Union", "en", "african-union"), ("OKI", "id", "oic"),
        ("Liga Arab", "id", "arab-league"), ("Dana Moneter Internasional", "id", "imf"),
        ("Bank Dunia", "id", "world-bank"), ("Palang Merah", "id", "icrc"), ("ICRC", "en", "icrc"),
        ("Pentagon", "en", "us-defense-department"), ("State Department", "en", "us-state-department"),
        ("OFAC", "en", "ofac"), ("KCNA", "id", "kcna"), ("TNI", "id", "tni"), ("Kemlu", "id", "kemlu"),
        ("DPR", "id", "dpr"), ("DPR", "en", "donetsk-peoples-republic"),
        ("Hizbullah", "id", "hezbollah"), ("Houthi", "id", "houthis"), ("Ansarullah", "en", "houthis"),
        ("NIIS", "id", "isis"), ("Daesh", "en", "isis"), ("Al-Qaida", "en", "al-qaeda"),
        ("RSF", "en", "rsf"), ("Taliban", "id", "taliban"), ("Jemaah Islamiyah", "id", "jemaah-islamiyah"),
        ("KKB", "id", "kkb-opm"), ("negara-negara Barat", "id", "the-west"), ("Western powers", "en", "the-west"),
        ("masyarakat internasional", "id", "international-community"),
        ("Organization of the Islamic Conference", "en", "oic"), ("Tamil Tiger", "en", "ltte"),
        ("CARICOM", "en", "caricom"), ("MDC", "en", "movement-for-democratic-change"),
        ("Royal Navy", "en", "uk-royal-navy"), ("IAI", "en", "islamic-army-in-iraq"),
        ("Jaish al-Mujahedeen", "en", "jaish-al-mujahideen"), ("ULFA", "en", "ulfa"),
        ("United Liberation Front of Assam", "en", "ulfa"), ("Saeb Erakat", "en", "saeb-erekat"),
        ("Communist Party of Nepal (Maoist)", "en", "cpn-maoist"), ("CPN-Maoist", "en", "cpn-maoist"),
        ("Revolutionary Struggle", "en", "revolutionary-struggle"), ("Kwon Ho Ung", "en", "kwon-ho-ung"),
        ("Boris Gryzlov", "en", "boris-gryzlov"), ("Abdul Sattar Abu Risha", "en", "sattar-al-buzayi"),
        ("Isabel Peron", "en", "isabel-peron"), ("Milan Rocen", "en", "milan-rocen"),
    ],
)  # fmt: skip
def test_organisations_and_groups_resolve(gazetteer: Gazetteer, text: str, lang: str, expected: str) -> None:
    assert resolve(gazetteer, text, lang) == {expected}


@pytest.mark.parametrize(
    ("actor_id", "state"),
    [("houthis", "YEM"), ("rsf", "SDN"), ("uk-royal-navy", "GBR"), ("movement-for-democratic-change", "ZWE"),
     ("hezbollah", "LBN"), ("hamas", "PSE"), ("taliban", "AFG"),
     ("us-defense-department", "USA"), ("kcna", "PRK"), ("tni", "IDN"), ("kemlu", "IDN")],
)  # fmt: skip
def test_national_actors_carry_their_state(gazetteer: Gazetteer, actor_id: str, state: str) -> None:
    assert gazetteer.actors[actor_id].state == state


def test_acronyms_are_case_sensitive_forms_only(gazetteer: Gazetteer) -> None:
    assert resolve(gazetteer, "AS", "en") == set()  # English "as"/"AS" is never the United States
    texts = {s.text for s in gazetteer.surfaces}
    assert not texts & {"us", "as", "Us", "As", "is", "IS", "Korea", "Korean", "Barat", "West", "Wagner", "Antara"}
    for surface in gazetteer.surfaces:
        if surface.kind == "acronym":
            assert surface.text != surface.text.lower(), surface


def test_no_surface_names_two_actors(gazetteer: Gazetteer) -> None:
    owners: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for surface in gazetteer.surfaces:
        if surface.kind != "surname":  # surnames resolve only within a document, after a full name
            for lang in languages(surface):
                owners[(surface.text, lang, surface.kind)].add(surface.actor_id)
    ambiguous = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert ambiguous == KNOWN_AMBIGUITIES


def test_no_role_noun_is_also_an_actor_name(gazetteer: Gazetteer) -> None:
    names = {(s.text.lower(), lang) for s in gazetteer.surfaces if s.kind != "surname" for lang in languages(s)}
    clashes = [noun for noun in gazetteer.role_nouns for lang in languages(noun)
               if noun.text.islower() and (noun.text, lang) in names]  # fmt: skip
    assert clashes == []


def test_only_states_carry_iso3_and_ids_are_unique() -> None:
    seen: dict[str, Path] = {}
    for path in sorted(GAZETTEER_DIR.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]:
            assert entry["id"] not in seen, f"{entry['id']} in {path.name} and {seen.get(entry['id'])}"
            seen[entry["id"]] = path
            if "iso3" in entry:
                assert entry["type"] == "Country" and entry["iso3"] == entry["id"], entry["id"]
            elif "type" in entry:
                assert entry["type"] != "Country", entry["id"]
                assert entry["id"] == entry["id"].lower() and " " not in entry["id"], entry["id"]


def test_rule_ids_name_entry_and_kind(gazetteer: Gazetteer) -> None:
    for surface in gazetteer.surfaces:
        assert surface.rule == f"gaz.{surface.actor_id}.{surface.kind}"
    for noun in gazetteer.role_nouns:
        assert noun.rule == f"role.{noun.role}" or noun.rule.startswith(f"role.{noun.role}.")


def test_role_keys(gazetteer: Gazetteer) -> None:
    keys = {noun.role for noun in gazetteer.role_nouns}
    assert keys >= OFFICE_KEYS
    assert all(key in OFFICE_KEYS or key.startswith("agent.") for key in keys)
    assert {"agent.government", "agent.military", "agent.officials", "agent.police", "agent.navy"} <= keys
    for office in gazetteer.offices:  # the persons files use only office keys defined here
        assert office.role in OFFICE_KEYS - {"organisation_head"}, office  # generic: no one holds it as such

    def role_of(text: str, lang: str) -> set[str]:
        return {n.role for n in gazetteer.role_nouns if n.text == text and lang in languages(n)}

    assert role_of("menlu", "id") == {"foreign_minister"}
    assert role_of("secretary of state", "en") == {"foreign_minister"}
    assert role_of("menhan", "id") == {"defence_minister"} and role_of("pasukan", "id") == {"agent.military"}
    assert role_of("pemerintah", "id") == {"agent.government"} and role_of("AL", "id") == {"agent.navy"}
    assert role_of("kepala negara", "id") == {"head_of_state"} and role_of("emir", "en") == {"monarch"}


def test_sovereign_states_have_demonyms_and_un_membership(gazetteer: Gazetteer, overlay: dict) -> None:
    territories = set(overlay["territories"])
    states = [code for code, actor in gazetteer.actors.items() if actor.type == "Country"]
    sovereign = [code for code in states if code not in territories]
    assert len(sovereign) == 198  # 193 UN members + Vatican, Palestine, Taiwan, Kosovo, Western Sahara
    lacking = {code for code in sovereign if not resolve_kind(gazetteer, code, "demonym", "en")}
    assert lacking == set(NO_DEMONYM)
    assert [code for code in sovereign if not gazetteer.actors[code].wikidata] == []
    assert (gazetteer.actors["SWZ"].wikidata, gazetteer.actors["PSE"].wikidata) == ("Q1050", "Q219060")
    members = [code for code in sovereign if "un" in gazetteer.memberships.get(code, ())]
    assert len(members) == 193
    assert {"nato", "eu"} <= set(gazetteer.memberships["DEU"]) and "asean" in gazetteer.memberships["IDN"]


def resolve_kind(gazetteer: Gazetteer, actor_id: str, kind: str, lang: str) -> list[str]:
    return [s.text for s in gazetteer.surfaces_for(lang) if s.actor_id == actor_id and s.kind == kind]


def test_generator_is_deterministic_and_matches_the_committed_file(tmp_path: Path) -> None:
    script = load_script()
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert script.main(["--out", str(first)]) == 0
    assert script.main(["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text(encoding="utf-8") == (GAZETTEER_DIR / "countries.yaml").read_text(encoding="utf-8")
    assert script.main(["--check"]) == 0


def test_generator_rejects_a_bad_overlay(tmp_path: Path) -> None:
    script = load_script()
    bad = tmp_path / "overlay.yaml"
    bad.write_text("version: 1\nstates:\n  RUS: {nmae: Russia}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"overlay\.yaml: state RUS: unknown keys \['nmae'\]"):
        script.main(["--curated", str(bad), "--out", str(tmp_path / "out.yaml")])
    bad.write_text("version: 1\nstates:\n  ZZZ: {wikidata: Q1}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ZZZ"):
        script.main(["--curated", str(bad), "--out", str(tmp_path / "out.yaml")])


def test_a_broken_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("version: 1\nentries:\n  - {id: x, type: Group}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.yaml: entry 'x'"):
        Gazetteer.from_directory(tmp_path)


def test_a_states_leader_office_is_loaded_and_checked(gazetteer: Gazetteer, tmp_path: Path) -> None:
    assert gazetteer.leader_office["JPN"] == "prime_minister" and gazetteer.leader_office["DEU"] == "chancellor"
    assert "USA" not in gazetteer.leader_office and "SAU" not in gazetteer.leader_office
    (tmp_path / "states.yaml").write_text(
        "version: 1\nentries:\n  - {id: XXX, type: Country, name: X, iso3: XXX, leader: premier}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"states\.yaml: entry 'XXX'.*leader must be one of"):
        Gazetteer.from_directory(tmp_path)


def test_a_malformed_file_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("version: 1\nentries:\n  - {id: x, type: Group, name: X\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError, match=r'bad\.yaml", line 4'):
        Gazetteer.from_directory(tmp_path)


def test_problems_reports_dangling_references(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "version: 1\nentries:\n"
        "  - {id: RUS, type: Country, name: Russia, iso3: RUS, member_of: [brics]}\n"
        "  - {id: tass, type: Organization, name: TASS, country: SUN}\n"
        "  - {id: rebel, type: Person, name: A Rebel, country: RUS, faction: tass}\n"
        "  - id: putin\n    type: Person\n    name: Vladimir Putin\n"
        "    roles: [{role: president, of: RUS, from: '2012-05-07', to: null}, {role: leader, of: USSR}]\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer.from_directory(tmp_path)
    assert gazetteer.problems() == [
        "tass: country 'SUN' is not a loaded Country",
        "rebel: faction 'tass' is not a loaded armed group or group",
        "RUS: member_of 'brics' is not a loaded actor",
        "putin: office 'leader' of 'USSR', which is not a loaded actor",
    ]
    assert [actor.id for actor in gazetteer.holders("president", "RUS", "2024-01-01")] == ["putin"]


def test_non_actor_phrases_block_something(gazetteer: Gazetteer) -> None:
    surfaces = {s.text for s in gazetteer.surfaces if s.kind != "surname"}
    surnames = {s.text for s in gazetteer.surfaces if s.kind == "surname"}  # "Dar es Salaam" blocks Ishaq Dar's "Dar"
    assert len(gazetteer.non_actors) >= 100
    for phrase in gazetteer.non_actors:
        words = phrase.text.replace("-", " ").split()
        inner = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        assert inner & (surfaces | surnames), f"{phrase.rule}: {phrase.text!r} contains no actor surface"
        assert phrase.text not in surfaces, f"{phrase.rule}: {phrase.text!r} is itself an actor surface"
        assert phrase.rule.split(".")[0] in {"place", "currency", "media", "phrase"}
    texts = {(phrase.text, phrase.lang) for phrase in gazetteer.non_actors}
    expected = {("dolar AS", "id"), ("South China Sea", "en"), ("Laut China Selatan", "id"), ("Latin America", "en")}
    assert texts >= expected
