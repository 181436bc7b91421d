"""Rules found on the pool's own output (2026-12-07, seventh session). Sentences of our own."""

from __future__ import annotations

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
from tests.test_session_t21 import _as_built
from tests.test_session_t22 import _rules_only


def _mentioned(text: str, lang: str = "en", date: str = "2024-06-01") -> set[str]:
    article = make_article("t", text, "test", IngestOptions(), date=date, lang=lang)
    extraction = next(iter(LexiconExtractor(parser="none", model="none").extract([article])))
    return {m.actor.id for m in extraction.mentions}


def test_a_state_naming_an_opposition_is_no_actor() -> None:
    """`mentions.opposition-modifier` (`events.opposition_after`, `events.opposition_before`): the state of an
    opposition ("Belarusian opposition leader X", "pemimpin oposisi Belarus X", "kelompok oposisi Suriah") is not the
    state acting; its leader named after is the actor. A state voicing its opposition to something stays."""
    found = _rules_only("Belarusian opposition leader Sviatlana Tsikhanouskaya met President Gitanas Nauseda in "
                        "Vilnius on Monday.", date="2024-06-01")
    assert ("svyatlana-tsikhanouskaya", "CONSULT", "gitanas-nauseda") in found, found
    assert not [k for k in found if "BLR" in (k[0], k[2])], found
    found = _rules_only("Presiden Lithuania Gitanas Nauseda bertemu dengan pemimpin oposisi Belarus Sviatlana "
                        "Tsikhanouskaya di Vilnius.", lang="id", date="2024-06-01")
    assert ("gitanas-nauseda", "CONSULT", "svyatlana-tsikhanouskaya") in found, found
    assert not [k for k in found if "BLR" in (k[0], k[2])], found
    found = _rules_only("Kelompok oposisi Suriah menuduh Rusia menyerang rumah sakit di Idlib.", lang="id",
                        date="2019-06-01")
    assert ("SYR", "ACCUSE", "RUS") not in found, found
    assert "TUR" in _mentioned("Turkish opposition to Sweden's membership delayed the alliance's enlargement.")


def test_an_opposition_figure_is_no_act_of_opposing() -> None:
    """`en.none.opposition-figure`: "opposition leader", "opposition party" name a side of politics; "opposition"
    there is no REJECT (`en.reject.oppose`), and it no longer hides the subject of the verb after the name."""
    found = _rules_only("Opposition leader Sviatlana Tsikhanouskaya criticised Russia on Monday.")
    assert ("svyatlana-tsikhanouskaya", "ACCUSE", "RUS") in found, found
    found = _rules_only("President Gitanas Nauseda met opposition leader Sviatlana Tsikhanouskaya in Vilnius.")
    assert not [k for k in found if k[1] == "REJECT"], found
    assert ("svyatlana-tsikhanouskaya", "ACCUSE", "RUS") in _as_built(
        "Belarusian opposition leader Sviatlana Tsikhanouskaya criticised Russia on Monday.")


def test_a_new_name_with_a_typographic_apostrophe_is_written_plain() -> None:
    """`text_name`: a person the gazetteer does not know, written with news copy's curly apostrophe ("Sean
    O’Driscoll"), is named with the plain one, as canonical English names (and the gazetteer) write them; the
    mention keeps the text as written."""
    text = "President Gitanas Nauseda met deputy First Minister Sean O’Driscoll in Vilnius."
    article = make_article("t", text, "test", IngestOptions(), date="2024-06-01", lang="en")
    extraction = next(iter(LexiconExtractor(parser="none", model="none").extract([article])))
    names = {m.actor.name: article.text[m.start : m.end] for m in extraction.mentions if m.actor.type == "Person"}
    assert names.get("Sean O'Driscoll", "").endswith("Sean O’Driscoll"), names


def test_sanctions_or_tariffs_eased_are_a_concession() -> None:
    """`en.concede.ease-sanctions` (remove, scrap, drop, waive, suspend, loosen) and `en.concede.ease-tariffs`:
    sanctions or tariffs removed, paused or cut for a state ease an economic measure (CONCEDE), as the Indonesian
    `id.concede.cabut-sanksi` reads "mencabut sanksi", "menunda tarif"; no SANCTION of the state."""
    found = _rules_only("Chile removed sanctions on Bolivia after the elections.")
    assert ("CHL", "CONCEDE", "BOL") in found and ("CHL", "SANCTION", "BOL") not in found, found
    found = _rules_only("Chile paused its tariffs on Bolivia and Paraguay for 90 days.")
    assert {("CHL", "CONCEDE", "BOL"), ("CHL", "CONCEDE", "PRY")} <= found, found
    assert ("CHL", "CONCEDE", "BOL") in _rules_only("Chile cut tariffs on Bolivian wine.")
    assert ("CHL", "SANCTION", "BOL") in _rules_only("Chile raised tariffs on Bolivian wine.")


def test_a_denied_act_is_no_event_and_the_denial_has_no_target() -> None:
    """`_denied_act` and `chain.governs-complement` (`events.denied_act_prefixes`): a verb right after "membantah"
    is the act denied ("Bolivia membantah memasok senjata kepada Peru"): neither the supply nor a REJECT of Peru;
    "membantah tuduhan Peru" still rejects Peru's charge."""
    found = _rules_only("Bolivia membantah memasok senjata kepada Peru.", lang="id")
    assert not [k for k in found if "PER" in (k[0], k[2])], found
    found = _rules_only("Bolivia membantah telah mengirim drone kepada Peru.", lang="id")
    assert not [k for k in found if "PER" in (k[0], k[2])], found
    assert ("BOL", "REJECT", "PER") in _rules_only("Bolivia membantah tuduhan Peru.", lang="id")


def test_the_preposition_before_a_border_governs_the_state_after_it() -> None:
    """`_introducer` (`events.border_nouns`, `events.border_links`): "mengerahkan pasukan ke perbatasan dengan Y":
    the border's own "dengan" is no preposition of the act; "ke" governs Y, as "ke perbatasan Y"."""
    for text in ("Bolivia mengerahkan 5.000 tentara ke perbatasan dengan Peru.",
                 "Bolivia mengerahkan pasukan ke perbatasannya dengan Peru."):
        assert ("BOL", "MOBILIZE", "PER") in _rules_only(text, lang="id"), text


def test_a_mediator_meets_both_parties_in_indonesian() -> None:
    """`id.consult.tengahi`: "menengahi perundingan antara A dan B", "memediasi pembicaraan antara A dan B": the
    mediator meets each party (CAMEO 045, as `en.consult.mediate`); "di tengah" ("amid") is no mediation, nor is a
    role named with the noun ("peran Chile sebagai mediator antara A dan B")."""
    found = _rules_only("Chile menengahi perundingan antara Peru dan Bolivia.", lang="id")
    assert {("CHL", "CONSULT", "PER"), ("CHL", "CONSULT", "BOL")} <= found, found
    found = _rules_only("Ekuador menyampaikan apresiasi atas peran Chile sebagai mediator antara Peru dan Bolivia.",
                        lang="id")
    assert not [k for k in found if k[0] == "ECU" and k[1] == "CONSULT"], found
    found = _rules_only("Chile memediasi pembicaraan antara Peru dan Bolivia di Santiago.", lang="id")
    assert {("CHL", "CONSULT", "PER"), ("CHL", "CONSULT", "BOL")} <= found, found
    found = _rules_only("Di tengah ketegangan antara Peru dan Bolivia, Chile menyerukan dialog.", lang="id")
    assert not [k for k in found if k[0] == "CHL" and k[1] == "CONSULT"], found



def test_a_vow_to_respond_is_a_threat() -> None:
    """`en.threaten.vow-response` ("respond"): "vowed to respond to Y's tariffs" threatens Y (as "vowed a
    response"), no pledge of cooperation (`en.agree.pledge`)."""
    found = _rules_only("Chile vowed to respond to Peru's new tariffs on copper.")
    assert ("CHL", "THREATEN", "PER") in found and ("CHL", "AGREE", "PER") not in found, found


def test_a_ceasefire_plan_is_no_truce_of_its_authors() -> None:
    """`en.none.ceasefire-plan`: "ceasefire proposal", "truce plan": "ceasefire" modifies the plan, as in "a
    proposal for a ceasefire" (`en.none.ceasefire-proposal`); its authors declare no truce with each other."""
    found = _rules_only("Chile and Bolivia presented a new ceasefire proposal to Peru.")
    assert not [k for k in found if k[1] == "RETREAT"], found


def test_an_envoy_pulled_home_is_a_recall() -> None:
    """`id.sanction.panggil-pulang`: "menarik pulang duta besarnya untuk Y" recalls the envoy posted to Y, as
    "memanggil pulang duta besarnya dari Y" does (CAMEO 161)."""
    found = _rules_only("Chile menarik pulang duta besarnya untuk Peru sebagai bentuk protes.", lang="id")
    assert ("CHL", "SANCTION", "PER") in found, found
    found = _rules_only("Chile memanggil pulang duta besarnya untuk Peru.", lang="id")
    assert ("CHL", "SANCTION", "PER") in found, found


def test_contacts_or_flights_halted_reduce_relations() -> None:
    """`id.sanction.henti-kontak`: contacts, flights or talks halted, suspended or cut with a state (CAMEO 16, as
    `en.sanction.suspend-links`); "memutuskan" is also "decided": "memutuskan memperluas kontak dengan Y" is none."""
    found = _rules_only("Chile memutuskan menghentikan semua kontak dengan Peru setelah insiden itu.", lang="id")
    assert ("CHL", "SANCTION", "PER") in found, found
    assert ("CHL", "SANCTION", "PER") in _rules_only("Chile menangguhkan penerbangan ke Peru.", lang="id")
    found = _rules_only("Chile memutuskan memperluas kontak dengan Peru.", lang="id")
    assert ("CHL", "SANCTION", "PER") not in found, found


def test_contacts_frozen_reduce_relations_in_english() -> None:
    """`en.sanction.suspend-links` ("freeze"): "froze contacts with Y" reduces relations as "suspended" does."""
    assert ("CHL", "SANCTION", "PER") in _rules_only("Chile froze all contacts with Peru.")


def test_a_place_before_a_reduced_passive_is_no_patient() -> None:
    """`roles.passive` (`_located_phrase_owner`): "Chile's offensive in Peru condemned by Bolivia": the place in the
    locative phrase is where the act was, the act's owner is what the agent condemns; "Chilean troops in Peru attacked
    by Bolivian fighters" attacks Chile's troops. The noun the participle follows stays the patient otherwise ("jailed
    200 Peruvians deported by Bolivia")."""
    found = _rules_only("Chile's offensive in Peru condemned by Bolivia")
    assert ("BOL", "ACCUSE", "CHL") in found and ("BOL", "ACCUSE", "PER") not in found, found
    found = _rules_only("Chilean troops in Peru attacked by Bolivian fighters")
    assert ("BOL", "ASSAULT", "CHL") in found and ("BOL", "ASSAULT", "PER") not in found, found
    assert ("BOL", "COERCE", "PER") in _rules_only("Chile jailed 200 Peruvians deported by Bolivia.")
