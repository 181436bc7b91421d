"""Probe probe25-id (2026-12-07, twenty-fifth round): 2025 news as Indonesian outlets report it (the DR Congo–Rwanda
accord in Washington, the Armenia–Azerbaijan declaration, North Korean troops in Russia, Syria's sanctions lifted and
Israel's strikes on Damascus, US tariffs on India, Indonesia's trade deals with the US and the EU, Prabowo at BRICS and
in Beijing), in the shapes of a date and a place opening the sentence ("Pada Jumat di Washington, X …") and an act in a
relative clause on a signed document ("menandatangani perintah eksekutif yang mencabut sanksi terhadap Y"). Sentences
of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-07-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_a_date_before_an_opening_place_leaves_the_subject_after_its_comma() -> None:
    """`events.opening_time_words` (`_time_before` in `_place_apposition`): "Pada Senin di Lima, Peru …" opens with a
    date and a place, as "Di Lima, Peru …" opens with a place: the actor after the comma is the subject, not the
    place's state set off by a comma."""
    assert ("PER", "ACCUSE", "CHL") in _found("Pada Senin di Lima, Peru mengecam Chile.")
    found = _found("Pada hari Jumat (4/7/2025) di Santiago, Presiden Peru Dina Boluarte dan Presiden Chile Gabriel "
                   "Boric menandatangani perjanjian perbatasan.")
    assert ("dina-boluarte", "SUPPORT", "gabriel-boric") in found
    assert ("PER", "ACCUSE", "CHL") in _found("Kemarin sore di Lima, Peru mengecam Chile.")


def test_a_place_set_off_after_its_city_still_is_no_subject() -> None:
    """The apposition of a place ("di Basra, Irak selatan, …") stays a place after a date."""
    found = _found("Pada Senin di Basra, Irak selatan, Iran menyerang Kuwait.")
    assert ("IRN", "ASSAULT", "KWT") in found
    assert not any(source == "IRQ" for source, _, _ in found)


def test_a_signed_decree_is_no_agreement_and_its_act_is_the_signers() -> None:
    """`id.none.teken-dekret`, `events.document_nouns`, `events.document_relatives` (`roles.document-relative`): "X
    menandatangani dekret / perintah eksekutif yang mencabut sanksi terhadap Y" is X's concession to Y, no signing
    with Y; the act's subject is the signer, as in "Biden signed a bill that provides …"."""
    found = _found("Presiden Peru Dina Boluarte menandatangani dekret yang mencabut sanksi terhadap Bolivia.")
    assert ("dina-boluarte", "CONCEDE", "BOL") in found
    assert ("dina-boluarte", "SUPPORT", "BOL") not in found
    found = _found("Presiden Chile Gabriel Boric menandatangani perintah eksekutif yang mencabut sanksi terhadap "
                   "Venezuela.")
    assert ("gabriel-boric", "CONCEDE", "VEN") in found
    assert ("gabriel-boric", "SUPPORT", "VEN") not in found


def test_lifting_most_of_the_sanctions_eases_them() -> None:
    """`id.concede.cabut-sanksi` (gap 2): "mencabut sebagian besar sanksi terhadap Y" eases sanctions, as "mencabut
    sanksi terhadap Y" does; a quantifier of two words had left "sanksi" alone, a sanction imposed."""
    found = _found("Kanada mencabut sebagian besar sanksi terhadap Belarus.")
    assert ("CAN", "CONCEDE", "BLR") in found
    assert ("CAN", "SANCTION", "BLR") not in found


def test_the_source_of_an_attribution_is_no_party_of_kedua_negara() -> None:
    """`_attribution_source` in `_last_two` (`events.attribution_openers`): "Menurut Brasil, kedua negara sepakat …"
    after Peru and Bolivia signed is Peru's and Bolivia's agreement; the source that reports it is no party."""
    found = _found("Peru dan Bolivia menandatangani perjanjian di Brasilia. Menurut Brasil, kedua negara juga sepakat "
                   "membuka perbatasan.")
    assert ("PER", "AGREE", "BOL") in found
    assert ("BRA", "AGREE", "BOL") not in found


def test_a_charge_denied_after_a_comma_is_rejected_by_the_denier() -> None:
    """`_passive_judged_act_inside` (`events.act_charge_nouns`, `events.act_passive_verbs`): "X menuduh Y …, tuduhan
    yang dibantah Y" is Y's rejection of X, as "Tuduhan itu dibantah Y" in the next sentence; so after "namun"."""
    found = _found("Kolombia menuding Ekuador melindungi gerilyawan di perbatasan, tuduhan yang dibantah oleh Quito.")
    assert ("COL", "ACCUSE", "ECU") in found
    assert ("ECU", "REJECT", "COL") in found
    found = _found("Serbia menuduh Kosovo menyerang polisinya, namun tuduhan itu dibantah Pristina.")
    assert ("XKX", "REJECT", "SRB") in found or ("KOS", "REJECT", "SRB") in found


def test_an_act_judged_after_a_comma_keeps_its_judge() -> None:
    """Other acts named again after a comma ("…, langkah yang dikecam Z") are no charge: the judge still accuses the
    act's owner."""
    found = _found("Chile secara resmi mencaplok dua pulau Peru, Senin, langkah yang dikecam Sekretaris Jenderal PBB "
                   "Antonio Guterres.")
    assert ("antonio-guterres", "ACCUSE", "CHL") in found


def test_unconditional_support_reaches_its_object() -> None:
    """`events.manner_phrases` (`find_targets`): "mendukung tanpa syarat langkah Y" supports Y; "tanpa" opens a manner
    phrase there, no preposition that ends the object."""
    assert ("EGY", "SUPPORT", "SAU") in _found("Mesir mendukung tanpa syarat langkah Arab Saudi.")
    assert ("BLR", "AGREE", "RUS") in _found("Belarus siap membantu tanpa syarat pemerintah Rusia.")


def test_a_charge_after_a_comma_is_no_item_of_a_list_with_the_group_before_it() -> None:
    """`_coordinated_left`: in "… melindungi ELN, tuduhan yang dibantah Caracas" the group before the comma and the
    charge after it are no list; only the accuser is rejected."""
    found = _found("Kolombia menuduh Venezuela melindungi ELN, tuduhan yang dibantah Caracas.")
    assert ("VEN", "REJECT", "COL") in found
    assert not any(source == "VEN" and relation == "REJECT" and target != "COL" for source, relation, target in found)



def test_a_person_named_by_a_pronoun_in_a_time_clause_is_the_main_subject() -> None:
    """`roles.time-clause-subject` (Indonesian; `events.time_clause_pronouns`): "… diumumkan X setelah ia berbicara
    dengan Z" is X's call with Z; "ia" after "setelah" is the person who is the main clause's subject."""
    found = _found("Kesepakatan itu diumumkan Presiden Kenya William Ruto setelah ia berbicara melalui telepon dengan "
                   "Presiden Somalia Hassan Sheikh Mohamud.")
    assert ("william-ruto", "CONSULT", "hassan-sheikh-mohamud") in found
