"""Probe probe21-id (2026-12-07, twenty-first round): 2025 world news as Indonesian outlets report it (the
Thailand–Cambodia border clashes and Malaysia's mediation, India and Pakistan, the Iran–Israel war, UNIFIL, Prabowo in
Paris, the IEU-CEPA), in the shapes of condemnation as a noun ("Kecaman terhadap Y datang dari A dan B"), passives
without an agent ("Duta Besar X untuk Y ditarik pulang") and measures named as nouns. Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-06-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_condemnation_that_came_from_a_list_is_each_listed_actors() -> None:
    """`roles.came-from` (`events.arrival_verbs`, `events.arrival_links`): "Kecaman terhadap serangan Peru ke Bolivia
    datang dari Chile, Ekuador dan Argentina" is each listed state's condemnation of Peru; none of them is a target."""
    found = _found("Kecaman terhadap serangan Peru ke Bolivia datang dari Chile, Ekuador dan Argentina.")
    assert {("CHL", "ACCUSE", "PER"), ("ECU", "ACCUSE", "PER"), ("ARG", "ACCUSE", "PER")} <= found
    assert not any(t[2] in ("CHL", "ECU", "ARG") for t in found)


def test_a_recalled_envoy_in_the_passive_is_the_sending_states_recall() -> None:
    """`roles.recalled-envoy` (`events.envoy_nouns`, `events.envoy_postings`): "Duta Besar Chile untuk Peru ditarik
    pulang" names no agent; the recall is Chile's, from Peru."""
    assert ("CHL", "SANCTION", "PER") in _found("Duta Besar Chile untuk Peru ditarik pulang menyusul insiden itu.")


def test_downgrading_relations_is_a_sanction() -> None:
    """`id.sanction.turunkan-hubungan`, `id.sanction.turunkan-status-hubungan`: downgrading diplomatic relations with Y
    (CAMEO 161, as cutting them); lowering tension in relations is none."""
    assert ("ECU", "SANCTION", "PER") in _found(
        "Pemerintah Ekuador membalas dengan menurunkan hubungan diplomatik dengan Peru ke tingkat terendah.")
    assert ("ECU", "SANCTION", "PER") in _found("Ekuador menurunkan status hubungan diplomatiknya dengan Peru.")


def test_attending_at_someones_invitation_is_the_inviters_offer() -> None:
    """`id.agree.atas-undangan`: "… atas undangan Y" is Y's invitation of the subject (AGREE, the subject receives it);
    an actor named by a meeting noun ("menghadiri KTT Mercosur") is where, not the one invited
    (`roles.received-from`, `markers.directions`)."""
    found = _found("Presiden Ekuador Daniel Noboa menghadiri parade itu sebagai tamu kehormatan atas undangan Presiden "
                   "Chile Gabriel Boric.")
    assert ("gabriel-boric", "AGREE", "daniel-noboa") in found
    found = _found("Presiden Ekuador Daniel Noboa menghadiri KTT Mercosur di Asuncion, Paraguay, atas undangan "
                   "Presiden Chile Gabriel Boric.")
    assert not any(t[0] == "gabriel-boric" and t[2] != "daniel-noboa" for t in found)


def test_a_weapon_named_before_the_passive_agent_leaves_its_owner_the_agent() -> None:
    """`passive_agent` (`events.agent_means_nouns`): "diserang oleh tank Chile", "oleh pesawat nirawak Chile": the
    weapon's owner is the agent."""
    assert ("CHL", "ASSAULT", "PER") in _found("Pos militer Peru diserang oleh tank Chile, Kamis.")
    assert ("CHL", "ASSAULT", "unifil") in _found("Markas UNIFIL diserang oleh pesawat nirawak Chile.")


def test_all_parties_asked_to_respect_a_body_is_no_request_of_the_body() -> None:
    """`find_targets` (`events.active_verb_prefixes`): "menyerukan semua pihak menghormati keselamatan pasukan PBB"
    asks no actor; the UN is in the act asked, as after "untuk"."""
    found = _found("Chile menyerukan semua pihak menghormati keselamatan pasukan penjaga perdamaian PBB.")
    assert not any(t[1] == "REQUEST" for t in found)
    assert ("CHL", "REQUEST", "PER") in _found("Chile mendesak Peru menghormati keselamatan pasukan PBB.")


def test_a_grenade_dropped_near_forces_attacks_them() -> None:
    """`id.assault.jatuhkan-bom`, `id.assault.jatuhkan-bom-dekat`: a drone dropping grenades on or near an actor's
    forces attacks that actor; a bomb dropped "di" a place says where it fell."""
    assert ("CHL", "ASSAULT", "unifil") in _found("Sebuah drone Chile menjatuhkan granat di dekat personel UNIFIL.")
    assert ("CHL", "ASSAULT", "PER") in _found("Pesawat Chile menjatuhkan bom ke pangkalan militer Peru.")


def test_fighting_each_other_after_a_pairs_truce_is_the_pairs_fighting() -> None:
    """`roles.time-clause-subject` (`events.duration_words`, `events.reciprocal_words`): "Chile dan Peru sepakat …,
    setelah empat hari saling serang" is the pair's fighting, both ways (rules only: the scorer is not retrained)."""
    from graphbuild.extract.engine import LexiconExtractor

    article = Article(id="t", text="Chile dan Peru sepakat melakukan gencatan senjata penuh, setelah empat hari saling "
                      "serang dengan rudal dan drone.", language="id", date="2025-06-01")
    found = keys(next(iter(LexiconExtractor(parser="none", model="none").extract([article]))).triples)
    assert {("CHL", "ASSAULT", "PER"), ("PER", "ASSAULT", "CHL")} <= found

