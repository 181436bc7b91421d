"""Sentences of our own in the style of current wire copy (2026-12-08, twelfth session): an act a warning cautions
against."""

from __future__ import annotations

from tests.test_session_t21 import _as_built
from tests.test_session_t22 import _rules_only


def test_an_act_a_warning_cautions_against_is_no_event() -> None:
    """`filter.cautioned-act` (`events.caution_verbs`, `events.caution_links`): "warned Y against any attack on Z"
    reports no attack, neither the warner's nor Y's; the warning of Y stays. An attack told as done stays."""
    for text in ("Kenya warned Uganda against any attack on Tanzania.",
                 "Kenya cautioned Uganda against a possible invasion of Tanzania."):
        assert not [k for k in _rules_only(text) if k[1] == "ASSAULT"], text
        assert not [k for k in _as_built(text) if k[1] == "ASSAULT"], text
    assert ("KEN", "THREATEN", "UGA") in _rules_only("Kenya warned Uganda against any attack on Tanzania.")
    assert ("UGA", "ASSAULT", "TZA") in _rules_only("Kenya said Uganda launched an attack on Tanzania.")


def test_an_inside_gap_opening_with_its_names_the_sentences_subject() -> None:
    """`roles.its-target` for an `inside` entry (`events.its_target_relations` holds MOBILIZE): "X said Y's jets
    violated its airspace" is an incursion into X's airspace; with no "its" the gap's own name is the target."""
    assert ("UGA", "MOBILIZE", "KEN") in _rules_only("Kenya said Ugandan warplanes violated its airspace.")
    assert ("UGA", "MOBILIZE", "TZA") in _rules_only("Kenya said Ugandan warplanes violated Tanzania's airspace.")


def test_a_speaker_saying_y_fired_first_accuses_y() -> None:
    """`en.accuse.said-fired-first`, `en.accuse.said-opened-fire-first`: blame for a clash, as a reported wrongdoing;
    told by the writer alone it is no accusation."""
    assert ("KEN", "ACCUSE", "UGA") in _rules_only("Kenya said Ugandan soldiers had fired first.")
    assert ("KEN", "ACCUSE", "UGA") in _rules_only("Kenya said Ugandan troops opened fire first on Sunday.")
    assert not [k for k in _rules_only("Ugandan troops fired first near the lake.") if k[1] == "ACCUSE"]


def test_remarks_judged_after_a_sentence_with_no_event_are_its_speakers() -> None:
    """`_act_owners` (`_previous_speaker`): "the remarks" judged right after "X said …" with no rule event are X's
    words, so X is the target; with no speaker before, no one is."""
    text = "Kenya said the lake islands belonged to it. Uganda condemned the remarks."
    assert ("UGA", "ACCUSE", "KEN") in _rules_only(text)
    assert not _rules_only("The lake islands were flooded. Uganda condemned the remarks.")


def test_a_list_of_targets_shares_the_event_the_scorer_keeps() -> None:
    """`share_listed` (`_listed_after`): the rules read one event off "proposed by A, B, C and the D"; when the scorer
    keeps it for one listed target, the others keep it too."""
    text = ("Kenya's rebels said they accepted a truce proposed by Uganda, Tanzania, Rwanda and the "
            "Democratic Republic of the Congo.")
    found = _as_built(text)
    targets = {k[2] for k in found if k[1] == "AGREE"}
    assert targets and targets == {"UGA", "TZA", "RWA", "COD"}, found
    found = _as_built("The European Union imposed sanctions on Iran, Belarus and North Korea.")
    assert {k[2] for k in found if k[1] == "SANCTION"} == {"IRN", "BLR", "PRK"}, found


def test_a_nationality_before_a_company_noun_is_no_source_of_a_deal() -> None:
    """`roles.nearest-subject` with `_company_nationality` (`events.company_nouns` holds airlines and carriers):
    "Kenyan airlines offered …", "Kenyan firms signed contracts with Y" are deals of firms, which are no actors
    (docs/annotation.md), not of their state; the state itself stays."""
    assert not _rules_only("Kenyan airlines offered refunds on flights to Ugandan cities.")
    assert not _rules_only("Kenyan firms signed contracts with Uganda.")
    assert ("KEN", "SUPPORT", "UGA") in _rules_only("Kenya signed contracts with Uganda.")


def test_an_attack_on_a_site_in_a_state_hits_that_state() -> None:
    """`events.holder_nouns` (depots, refineries, houses, bases, stations …): "bombed a weapons depot in Y", "struck an
    oil refinery in the Y port of …" hit Y, as "struck targets in Y" does."""
    assert ("KEN", "ASSAULT", "UGA") in _rules_only("Kenya bombed a weapons depot in northern Uganda.")
    found = _rules_only("Kenyan drones struck an oil refinery in the Ugandan town of Jinja.")
    assert ("KEN", "ASSAULT", "UGA") in found, found
    assert ("KEN", "ASSAULT", "UGA") in _rules_only("Kenyan jets bombed a house in Uganda, killing five people.")


def test_after_and_a_gerund_with_a_bare_object_takes_the_main_subject_without_a_comma() -> None:
    """`roles.time-clause-subject`: "X ordered the closure of Y's consulate after blaming Y for …" has X blame Y, as
    with a comma before "after"."""
    text = "Kenya ordered the closure of the Ugandan consulate in Kisumu after blaming Kampala for an act of sabotage."
    found = _rules_only(text)
    assert ("KEN", "ACCUSE", "UGA") in found and ("KEN", "SANCTION", "UGA") in found, found


def test_a_nationality_before_a_states_property_is_no_source() -> None:
    """`roles.nearest-subject` with `events.resource_nouns`: in "agreed to use frozen Ugandan assets to fund a loan
    for Y" the assets' state funds nothing."""
    found = _rules_only("The European Union agreed to use frozen Ugandan assets to fund a loan for Kenya.")
    assert not [k for k in found if k[0] == "UGA" and k[1] == "AID"], found
    assert ("UGA", "AID", "KEN") in _rules_only("Uganda used its reserves to fund a loan for Kenya.")


def test_an_act_judged_as_a_breach_of_a_bodys_text_is_still_the_subjects_before() -> None:
    """`_act_anaphors` with `events.act_judgement_links` ("sebagai"): the body named in what the act is judged as
    ("… sebagai pelanggaran resolusi Dewan Keamanan PBB") is not named after the act; with no recent rule event of
    its kind, the act is the sentence before's subject's."""
    text = ("Kenya meluncurkan rudal balistik ke Samudra Hindia pada Jumat. Uganda mengecam peluncuran itu sebagai "
            "pelanggaran resolusi Dewan Keamanan PBB.")
    assert ("UGA", "ACCUSE", "KEN") in _rules_only(text, lang="id")


def test_a_charge_named_tudingan_again_is_the_last_accusers() -> None:
    """id `events.act_anaphor_nouns` / `events.act_charge_nouns` hold "tudingan" as "tuduhan": "menepis tudingan
    tersebut" rejects the one who made the charge in the sentence before."""
    text = ("Kenya menuding Uganda mendukung kelompok pemberontak. Uganda menepis tudingan tersebut sebagai tidak "
            "berdasar.")
    assert ("UGA", "REJECT", "KEN") in _rules_only(text, lang="id")


def test_the_owner_after_milik_is_reached_past_a_places_name() -> None:
    """`_introducer` with `events.introducer_owner_marks` ("milik"): "ke pangkalan udara Moi Timur milik Kenya"
    hits Kenya, as "ke pangkalan udara milik Kenya" does; the place's name uses none of the preposition's reach."""
    text = "Uganda menembakkan puluhan rudal ke pangkalan udara Moi Timur milik Kenya."
    assert ("UGA", "ASSAULT", "KEN") in _rules_only(text, lang="id")
