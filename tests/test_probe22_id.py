"""Probe probe22-id (2026-12-07, twenty-second round): 2025 news as Indonesian outlets report it (Prabowo at the UN
General Assembly, the recognition of Palestine, the Ambalat talks, defence deals with Japan and South Korea, the OECD,
Sudan, Israel's strike on Doha, the Gaza flotilla, Pakistan and Afghanistan), in the shapes of a reaction told in a
second sentence ("Serangan itu menuai kecaman dari Y", "Y mengecam penahanan para aktivis"), a person's state in a
relative clause ("…, yang pemerintahnya mengakui …"), nationals counted in a list ("termasuk sejumlah warga negara Y")
and accusations without "menuduh" ("X menyebut Y berada di balik serangkaian serangan"). Sentences of our own."""

from __future__ import annotations

from graphbuild.ingest import IngestOptions, make_article
from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-06-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_nationals_counted_in_a_list_are_their_states() -> None:
    """`_listed` past a count word (`resolve.count_words`): "menahan puluhan nelayan, termasuk tiga warga negara
    Chile" detains Chile's nationals, as "termasuk warga negara Chile" did."""
    assert ("PER", "COERCE", "CHL") in _found("Angkatan Laut Peru menahan puluhan nelayan, termasuk tiga warga negara "
                                              "Chile, di perairan sengketa.")
    assert ("PER", "COERCE", "CHL") in _found("Peru menahan ratusan pekerja, termasuk sejumlah warga Chile.")


def test_an_act_named_again_that_drew_criticism_is_its_owners() -> None:
    """`_judged_act_subject`: "Serangan itu menuai kecaman dari Y" opens with the act of the sentence before named by
    a noun and a demonstrative; Y's criticism is of its owner (`id.accuse.tuai-kecaman`)."""
    found = _found("Peru melancarkan serangan udara ke Bolivia, Selasa. Serangan itu langsung menuai kecaman dari "
                   "Chile dan Ekuador.")
    assert {("CHL", "ACCUSE", "PER"), ("ECU", "ACCUSE", "PER")} <= found


def test_a_persons_government_in_a_relative_clause_is_their_state() -> None:
    """`coref.whose-state` ("…, yang pemerintahnya …") is no list item after the person (`_expand_right`): the met
    person's state is not met, and it is the subject of the relative clause's act, not the main clause's subject."""
    found = _found("Presiden Chile Gabriel Boric bertemu Presiden Argentina Javier Milei, yang pemerintahnya sehari "
                   "sebelumnya mengakui Kosovo.")
    assert ("ARG", "SUPPORT", "XKX") in found
    assert ("gabriel-boric", "SUPPORT", "XKX") not in found
    assert ("gabriel-boric", "CONSULT", "ARG") not in found


def test_behind_a_series_of_attacks_is_a_charge() -> None:
    """`id.accuse.di-balik-serangan` with one word between ("di balik serangkaian serangan", "di balik dua
    serangan")."""
    assert ("CHL", "ACCUSE", "PER") in _found("Chile menyebut Peru berada di balik serangkaian serangan di perbatasan.")
    assert ("CHL", "ACCUSE", "PER") in _found("Chile mengatakan Peru berada di balik dua pengeboman di Arica.")


def test_condemning_a_detention_of_unnamed_people_is_of_the_last_detainer() -> None:
    """`_patient_phrase_act` (`events.act_coerce_nouns`): "mengecam penahanan para nelayan" names the detention told
    before, whose owner is the target; an agent named after the noun stays the target."""
    found = _found("Angkatan Laut Peru menahan dua kapal nelayan Chile di perairan sengketa. Ekuador mengecam "
                   "penahanan para nelayan dan meminta mereka segera dibebaskan.")
    assert ("ECU", "ACCUSE", "PER") in found
    found = _found("Peru menahan dua kapal nelayan Chile. Ekuador mengecam penangkapan jurnalis oleh Bolivia.")
    assert ("ECU", "ACCUSE", "BOL") in found and ("ECU", "ACCUSE", "PER") not in found


def test_an_attack_on_housing_in_a_city_is_on_its_state() -> None:
    """`events.holder_nouns` (perumahan, apartemen, bangunan, kediaman): "serangan udara ke sebuah kompleks perumahan di
    La Paz" strikes Bolivia, as "ke sebuah gedung di …" did; a reaction told next is to the attacker."""
    found = _found("Peru melancarkan serangan udara ke sebuah kompleks perumahan di La Paz, Selasa. Serangan itu "
                   "langsung menuai kecaman dari Chile.")
    assert {("PER", "ASSAULT", "BOL"), ("CHL", "ACCUSE", "PER")} <= found
    assert ("PER", "ASSAULT", "CHL") in _found("Peru melancarkan serangan rudal ke sejumlah bangunan di Santiago.")


def test_an_opening_phrase_after_a_dateline_is_no_subject() -> None:
    """`_opening_comma` after a blanked dateline: "SANTIAGO, ANTARA - Di sela rangkaian Sidang Majelis Umum PBB,
    Presiden Chile … bertemu …" opens with the phrase; the General Assembly in it meets no one (and "Di sela Sidang
    …" with a dateline had given no meeting at all)."""
    article = make_article("t", "SANTIAGO, ANTARA - Di sela rangkaian Sidang Majelis Umum PBB, Presiden Chile Gabriel "
                           "Boric bertemu dengan Presiden Argentina Javier Milei, Selasa (23/9/2025).", "t",
                           IngestOptions(), title="", date="2025-09-23", lang="id")  # fmt: skip
    found = keys(next(iter(_extractor().extract([article]))).triples)
    assert ("gabriel-boric", "CONSULT", "javier-milei") in found
    assert not any(t[0] == "un-general-assembly" for t in found)


def test_a_meeting_in_an_opening_phrase_after_a_dateline_is_the_subjects() -> None:
    """`roles.introductory-owner` after a blanked dateline (`_first_word`): "SANTIAGO, ANTARA - Usai bertemu Presiden
    Chile Gabriel Boric, Presiden Argentina … mengatakan …" is the Argentine's meeting, as it was without the
    dateline."""
    article = make_article("t", "SANTIAGO, ANTARA - Usai bertemu Presiden Chile Gabriel Boric, Presiden Argentina "
                           "Javier Milei mengatakan kedua negara sepakat memperkuat kerja sama energi.", "t",
                           IngestOptions(), title="", date="2025-09-23", lang="id")  # fmt: skip
    assert ("javier-milei", "CONSULT", "gabriel-boric") in keys(next(iter(_extractor().extract([article]))).triples)
