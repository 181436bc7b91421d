"""Probe probe23-id (2026-12-07, twenty-third round): 2025 news as Indonesian outlets report it (China and Japan over
Takaichi's Taiwan remarks, Israel's strike on Doha, BRICS and the New Development Bank, Prabowo in St. Petersburg,
Islamabad and New Delhi, the Indonesia–China joint statement, Pakistan and Afghanistan, Scarborough Shoal), in the
shapes of a charge or a proposal named again and denied or refused in a passive ("Tuduhan itu dibantah oleh Y"), a
condemned attack whose phrase holds a relative clause with an actor in it ("Serangan X terhadap … yang menargetkan
para pemimpin Z dikecam oleh Y") and a direction after the preposition ("ke arah kapal …"). Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-06-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_charge_named_again_and_denied_in_a_passive_is_a_rejection_of_the_accuser() -> None:
    """`events.act_passive_verbs` + dibantah, ditepis, ditolak, ditentang, disayangkan: "Tuduhan itu dibantah oleh Y"
    names the act of the sentence before's subject, as the active "Y membantah tuduhan itu" does."""
    found = _found("Menteri Pertahanan Peru menuding Chile tidak serius menindak kelompok bersenjata di wilayahnya. "
                   "Tuduhan itu dibantah oleh Chile.")
    assert ("CHL", "REJECT", "PER") in found
    found = _found("Bolivia mengusulkan gencatan senjata kepada Paraguay. Usulan tersebut ditolak oleh Paraguay.")
    assert ("PRY", "REJECT", "BOL") in found


def test_a_condemned_attack_with_a_relative_clause_is_its_owners() -> None:
    """`roles.passive` (`_before_active_relative`): the actor in the object of a relative clause's active verb inside
    the passive's subject phrase is not the one condemned; the subject before the relative word is."""
    found = _found("Serangan Peru terhadap sebuah pangkalan yang menampung pasukan Bolivia dikecam oleh Chile.")
    assert ("CHL", "ACCUSE", "PER") in found
    assert ("CHL", "ACCUSE", "BOL") not in found


def test_toward_a_ship_is_one_preposition() -> None:
    """`events.introducer_directions` (arah): "ke arah kapal Biro Perikanan Peru" is within the reach of "ke"
    as "ke kapal Biro Perikanan Peru" is."""
    found = _found("Kapal penjaga pantai Chile menembakkan meriam air ke arah kapal Biro Perikanan Peru.")
    assert ("CHL", "ASSAULT", "PER") in found


def test_a_meeting_named_by_a_noun_that_yields_an_agreement_is_its_parties_agreement() -> None:
    """`roles.agreed-at-meeting` after `events.meeting_outcome_verbs` (menghasilkan, membuahkan, melahirkan): "Pertemuan
    X dan Y di Z, Sabtu, menghasilkan kesepakatan …" is X's agreement with Y, as "X bertemu Y … dan sepakat …" is."""
    found = _found("Pertemuan Presiden Chile Gabriel Boric dan Presiden Argentina Javier Milei di Santiago, Sabtu "
                   "(12/4/2025), menghasilkan kesepakatan kerja sama di bidang energi dan pertambangan.")
    assert ("gabriel-boric", "AGREE", "javier-milei") in found
    assert ("ARG", "AGREE", "PER") in _found("Pertemuan Argentina dan Peru di Lima membuahkan kesepakatan dagang.")


def test_a_joint_document_signed_in_a_passive_is_its_owners_signing() -> None:
    """`roles.passive` (`_signed_document_owners`, `events.signed_document_heads`, `events.joint_words`): a signing with
    no agent whose subject lists two actors after a document noun has them as its parties."""
    found = _found("Pernyataan bersama Argentina dan Uruguay yang diteken saat kunjungan Presiden Javier Milei ke "
                   "Montevideo menuai kritik dari sejumlah pakar.")
    assert ("ARG", "SUPPORT", "URY") in found
    assert ("BOL", "SUPPORT", "PRY") in _found("Perjanjian Bolivia dan Paraguay ditandatangani di Asunción, Senin.")


def test_a_government_spokesman_named_after_the_title_is_the_person() -> None:
    """`_aides` (resolve) and `mentions.government-of-leader`: "juru bicara pemerintah Rusia Dmitry Peskov" names the
    spokesman, not the government of a leader (the state) nor an aide of the person; the title is part of the mention,
    so a passive's "oleh juru bicara …" has him as its agent."""
    found = _found("Ukraina menuding Rusia tidak serius menindak kelompok bersenjata. Tuduhan itu dibantah oleh juru "
                   "bicara pemerintah Rusia Dmitry Peskov.")
    assert ("dmitry-peskov", "REJECT", "UKR") in found
    assert ("RUS", "REJECT", "UKR") not in found
    assert ("dmitry-peskov", "REJECT", "UKR") in _found("Juru bicara pemerintah Rusia Dmitry Peskov membantah "
                                                        "tuduhan Ukraina.")
