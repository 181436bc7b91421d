"""Probe probe28-id (2026-12-08, twenty-eighth round): late-2025 news as Indonesian outlets report it (the Gaza
ceasefire's second phase, the Thailand–Cambodia clashes, the US boat strikes and the intelligence-sharing pause, the
Doha framework of Kinshasa and the M23), in the shapes of a speaker's judgement with no classic trigger ("X menyebut Y
telah melanggar …", "X menilai Y tidak serius …"), a nominal lead with its agent after "oleh" and a number before the
one acted on ("Penahanan 18 tentara Kamboja oleh pasukan Thailand …"), and a charge named again after a comma with an
adverb before its denial (", tuduhan yang selalu dibantah Kigali"). Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-11-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_saying_that_another_party_violated_a_deal_accuses_it() -> None:
    """`id.accuse.nilai-langgar` with "sebut": "Peru menyebut Ekuador telah melanggar perjanjian perbatasan" charges
    Ecuador, as "menilai Ekuador melanggar" does."""
    found = _found("Pemerintah Peru menyebut Ekuador telah melanggar perjanjian perbatasan kedua negara.")
    assert ("PER", "ACCUSE", "ECU") in found


def test_judging_another_party_not_serious_criticises_it() -> None:
    """`id.accuse.nilai-tidak-serius`: "Sudan menilai Ethiopia tidak serius menjalankan perundingan …" is criticism of
    Ethiopia."""
    found = _found("Pemerintah Sudan menilai Ethiopia tidak serius menjalankan perundingan mengenai bendungan itu.")
    assert ("SDN", "ACCUSE", "ETH") in found


def test_suspending_an_intelligence_exchange_with_a_state_is_a_sanction() -> None:
    """`id.sanction.henti-kontak` with "pertukaran": "menangguhkan pertukaran intelijen dengan Ukraina" reduces
    relations with Ukraine; it is no cooperation."""
    found = _found("Pemerintah Hongaria menangguhkan pertukaran intelijen dengan Ukraina pada Selasa.")
    assert ("HUN", "SANCTION", "UKR") in found
    assert ("HUN", "COOPERATE", "UKR") not in found


def test_a_number_before_the_party_acted_on_keeps_the_agent_after_oleh() -> None:
    """`_acted_on_before_agent` (`roles.genitive-owner`): in "Penahanan 25 nelayan Bangladesh oleh pasukan Myanmar …"
    the number is one more modifier; Myanmar detains, Bangladesh is acted on."""
    found = _found("Penahanan 25 nelayan Bangladesh oleh pasukan Myanmar memicu kemarahan di Dhaka.")
    assert ("MMR", "COERCE", "BGD") in found


def test_a_charge_denied_after_an_adverb_is_the_charge_before_the_comma() -> None:
    """`_passive_judged_act_inside` with `events.judged_adverbs`: ", tuduhan yang selalu dibantah New Delhi" denies the
    charge of the clause before the comma; New Delhi rejects Islamabad."""
    found = _found("Islamabad menuduh India mendanai kelompok separatis di Balochistan, tuduhan yang selalu dibantah "
                   "New Delhi.")
    assert ("PAK", "ACCUSE", "IND") in found
    assert ("IND", "REJECT", "PAK") in found


def test_saying_another_party_tries_to_sabotage_talks_accuses_it() -> None:
    """`id.accuse.dikatakan-curang` with "menggagalkan" / "menyabotase": "Pemerintah Hongaria mengatakan Polandia
    berusaha menyabotase perundingan damai" blames Poland; with no speaker ("Angkatan Laut Kolombia menggagalkan
    penyelundupan …") it stays no event."""
    found = _found("Pemerintah Hongaria mengatakan Polandia berusaha menyabotase perundingan damai.")
    assert ("HUN", "ACCUSE", "POL") in found
    assert not any(relation == "ACCUSE" for _s, relation, _t in _found(
        "Angkatan Laut Kolombia menggagalkan penyelundupan kokain dari Ekuador."))


def test_the_source_of_an_opening_attribution_speaks_for_an_obligation() -> None:
    """`_attribution_speaker` (`roles.obligation`): in "Menurut Kremlin, Polandia berusaha menggagalkan …" the
    Kremlin says it, as a speech verb's subject would."""
    found = _found("Menurut Kremlin, Polandia berusaha menggagalkan perundingan damai di Istanbul.")
    assert ("RUS", "ACCUSE", "POL") in found


def test_a_wrong_said_of_a_list_accuses_each_listed_actor() -> None:
    """`obligation_roles` with `LISTED_OBLIGED`: "mengatakan Polandia dan Lituania berusaha menyabotase …" is a
    charge against each, as a cost laid on a list is a threat to each."""
    found = _found("Pemerintah Hongaria mengatakan Polandia dan Lituania berusaha menyabotase perundingan damai.")
    assert {("HUN", "ACCUSE", "POL"), ("HUN", "ACCUSE", "LTU")} <= found
