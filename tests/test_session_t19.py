"""Rules found on current-news texts of my own (2026-12-06, evening; Indonesian and English). Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run
from tests.test_probe6_id import _mention_ids as _mention_ids_on


def _mention_ids(text: str, lang: str) -> list[str]:
    return _mention_ids_on(text, "2024-07-23", lang)


def test_a_city_in_a_documents_title_is_no_actor() -> None:
    """`mentions.document-title`: "Deklarasi Beijing", "the Minsk Agreements" name a document; a lower-case noun or
    one opening the sentence keeps the state."""
    assert _mention_ids("Hamas dan Fatah menandatangani Deklarasi Beijing untuk mengakhiri perpecahan.", "id") == [
        "hamas", "fatah"]
    assert not [k for k in keys(run("Hamas dan Fatah menandatangani Deklarasi Beijing.", lang="id")) if "CHN" in k]
    assert _mention_ids("Kedua faksi menghormati Perjanjian Doha yang diteken pada 2020.", "id") == []
    assert _mention_ids("Chile said Peru had broken the Santiago Accords and the Lima Protocol.", "en") == [
        "CHL", "PER"]
    assert _mention_ids("Chile welcomed the agreement Beijing signed with Lima.", "en") == ["CHL", "CHN", "PER"]
    assert _mention_ids("Kesepakatan Beijing dengan Manila diteken Senin.", "id") == ["CHN", "PHL"]


def test_a_trigger_in_a_documents_name_is_no_event() -> None:
    """`candidate.document-title`: "the goals of the Paris Agreement" is no agreement between the sentence's actors;
    an agreement the two reached keeps its event."""
    text = "Chile and Peru are committed to meeting the goals of the Paris Agreement on climate."
    assert not keys(run(text))
    assert ("CHL", "AGREE", "PER") in keys(run("Chile and Peru reached an agreement on Monday."))


def test_an_attack_named_again_is_the_attackers_not_the_subject_before() -> None:
    """`coref.act-anaphor`: "mengecam serangan itu" after a sentence whose subject made no attack (helping to shoot
    down missiles) is the attack named before; "langkah itu" (any act) stays the subject's."""
    text = ("Peru meluncurkan puluhan rudal ke arah Chile pada Sabtu malam. Bolivia membantu Chile menembak jatuh "
            "sebagian besar rudal tersebut. Ekuador mengecam serangan itu.")
    found = keys(run(text, lang="id"))
    assert ("ECU", "ACCUSE", "PER") in found and ("ECU", "ACCUSE", "BOL") not in found
    text = ("Peru menyerang pos perbatasan Chile. Bolivia menutup perbatasannya dengan Peru. Ekuador mengecam "
            "langkah itu.")
    assert ("ECU", "ACCUSE", "PER") not in keys(run(text, lang="id"))


def test_a_pact_named_again_is_both_parties() -> None:
    """`events.act_pact_nouns` in Indonesian: "menyambut baik perjanjian tersebut" after a signing is about both
    parties, as "welcomed the agreement" is in English."""
    text = ("Chile dan Peru menandatangani perjanjian perdagangan bebas di Lima. Bolivia menyambut baik perjanjian "
            "tersebut.")
    found = keys(run(text, lang="id"))
    assert {("BOL", "SUPPORT", "CHL"), ("BOL", "SUPPORT", "PER")} <= found


def test_an_order_addressed_to_a_state_is_a_request_of_it() -> None:
    """`id.request.perintah-untuk`: "memerintahkan Y untuk …" with Y's name alone in the gap; an order to troops names
    no addressee."""
    assert ("CHL", "REQUEST", "PER") in keys(run("Chile memerintahkan Peru untuk membayar ganti rugi.", lang="id"))
    # "pemerintah" (government) shares the verb's stem: no order
    assert not [k for k in keys(run("Chile akan bekerja sama dengan pemerintah Peru untuk memburu jaringan itu.",
                                    lang="id")) if k[1] == "REQUEST"]  # fmt: skip
    assert not [k for k in keys(run("Presiden Chile memerintahkan pasukan untuk menyerang Peru.", lang="id"))
                if k[1] == "REQUEST"]  # fmt: skip


def test_the_subject_before_is_found_past_its_bracketed_short_form() -> None:
    """"Mahkamah Internasional (ICJ) memerintahkan …": the court, not the state after the verb, is the sentence's
    subject, so "keputusan tersebut" is the court's."""
    text = ("Mahkamah Internasional (ICJ) memerintahkan Israel menghentikan operasi militernya di Rafah. Chile "
            "mengecam keputusan tersebut.")
    found = keys(run(text, lang="id"))
    assert ("CHL", "ACCUSE", "icj") in found and ("CHL", "ACCUSE", "ISR") not in found


def test_talks_between_the_pair_read_back_are_between_its_two_states() -> None:
    """`roles.between-pair` with "kedua negara" / "the two countries" (a pair read back, `coref.pair`) after
    "antara" / "between"."""
    text = "Chile dan Peru bertempur di perbatasan. Gencatan senjata dicapai melalui pembicaraan antara kedua negara."
    assert {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")} <= keys(run(text, lang="id"))
    text = "Chile and Peru clashed at the border. The ceasefire came after talks between the two countries."
    assert {("CHL", "CONSULT", "PER"), ("PER", "CONSULT", "CHL")} <= keys(run(text))
