"""Probe probe26-id (2026-12-07, twenty-sixth round): 2024–2025 news as Indonesian outlets report it (the Sahel juntas
leaving ECOWAS and their row with Algeria, Moldova and Georgia between Russia and the EU, the Haiti gang suppression
force, Second Thomas Shoal, Lebanon–Israel ceasefire violations, Timor-Leste in ASEAN, Myanmar's junta), in the shapes
of a nominal lead with its agent after "oleh" ("Pengusiran tiga diplomat X oleh Y …"). Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-07-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_nominal_lead_with_its_agent_after_oleh_past_a_quantifier() -> None:
    """`roles.genitive-owner` (`_acted_on_before_agent`): "Pengusiran dua diplomat Chile oleh Peru …" and "Penembakan
    sebuah helikopter Kolombia oleh militer Venezuela …" are the agent's acts on the actor named after the noun, past
    a quantifier and a noun, or inside a trigger of several words, as "penculikan warga Jepang oleh Korea Utara"."""
    assert ("PER", "SANCTION", "CHL") in _found("Pengusiran dua diplomat Chile oleh Peru pada Jumat memicu protes.")
    assert ("VEN", "ASSAULT", "COL") in _found("Penembakan sebuah helikopter Kolombia oleh militer Venezuela "
                                               "memicu ketegangan baru.")


def test_an_acronym_in_brackets_after_a_target_is_that_target() -> None:
    """`_restated_in_brackets` (in `Roles.settled`): "… terhadap markas Misi PBB di Sudan Selatan (UNMISS) …, yang …,
    menuai kecaman dari Y": the acronym restates the attack's target, so it is no subject of the later verb either;
    Y condemns the attacker."""
    found = _found("Serangan pasukan Sudan terhadap markas Misi PBB di Sudan Selatan (UNMISS) di Malakal, yang melukai "
                   "tiga penjaga perdamaian, menuai kecaman dari Pemerintah Kenya.")
    assert ("KEN", "ACCUSE", "SDN") in found
    assert ("KEN", "ACCUSE", "unmiss") not in found


def test_seizing_arms_from_another_states_vessel_coerces_that_state() -> None:
    """`id.coerce.rampas` (preposition "dari"): "Penjaga pantai Vietnam menaiki dan merampas peralatan dari kapal
    nelayan Malaysia" is Vietnam's coercion of Malaysia, as "menyita kapal Y"."""
    assert ("VNM", "COERCE", "MYS") in _found("Penjaga pantai Vietnam menaiki dan merampas peralatan dari kapal "
                                              "nelayan Malaysia di dekat Kepulauan Spratly.")


def test_calling_a_step_unfriendly_without_sebagai_accuses_its_owner() -> None:
    """`id.accuse.sebut-tidak-bersahabat`: "X menyebut keputusan itu tidak bersahabat" judges the owner of the step
    named before (here an expulsion in the sentence before), as "… sebagai tindakan tidak bersahabat" does."""
    found = _found("Pengusiran dua diplomat Serbia oleh Kroasia memicu reaksi keras. Juru bicara Kementerian Luar "
                   "Negeri Serbia menyebut keputusan itu tidak bersahabat.")
    assert ("SRB", "ACCUSE", "HRV") in found


def test_a_body_named_as_the_thing_created_is_no_party_of_the_agreement() -> None:
    """`events.creation_nouns` (`find_targets`, AGREE only): "Uni Afrika menyetujui pembentukan Komisi Penyelidik
    Khusus" agrees with no one; the commission it creates is no counterpart."""
    found = _found("Uni Afrika menyetujui pembentukan Komisi Penyelidik Khusus pada Selasa.")
    assert not any(relation == "AGREE" for _, relation, _ in found)


def test_a_person_judging_a_step_against_their_state_judges_its_author() -> None:
    """`_earlier_subject`: "Pengusiran tiga diplomat Kolombia oleh Venezuela …. Menteri Luar Negeri Kolombia mengecam
    keputusan itu": the sentence before's first actor (Colombia, the state the minister serves) is no owner of the
    act its minister judges; Venezuela is, as when a ministry's spokesperson (the state itself) judges it."""
    found = _found("Pengusiran tiga diplomat Kolombia oleh Venezuela memicu reaksi keras. Menteri Luar Negeri Kolombia "
                   "mengecam keputusan itu.")
    assert any(relation == "ACCUSE" and target == "VEN" for _, relation, target in found)


def test_a_quoted_charge_of_violated_sovereignty_accuses_the_violator() -> None:
    """`id.accuse.langgar-kedaulatan` (obligation): "“Venezuela terus melanggar kedaulatan kami,” kata Menteri Luar
    Negeri Guyana" is the speaker's charge against Venezuela, as "menilai Y melanggar …"; told by the writer alone
    ("Pesawat Kuba melanggar wilayah udara Jamaika") it stays no event."""
    found = _found("\u201cVenezuela terus melanggar kedaulatan Guyana setiap hari,\u201d kata juru bicara "
                   "Kementerian Luar Negeri Guyana di Georgetown.")
    assert ("GUY", "ACCUSE", "VEN") in found
    assert _found("Pesawat Kuba melanggar wilayah udara Jamaika pada Senin.") == set()
