"""Probe probe27-id (2026-12-07, twenty-seventh round): 2025 news as Indonesian outlets report it (the US strikes on
boats off Venezuela and Colombia's answer, the revoked visa of a head of state, a leader declared persona non grata,
the RSF and El Fasher), in the shapes of two events with a shared subject ("X mengecam … di lepas pantai Y dan
mendesak Z untuk …") and a group named again by its description ("kelompok paramiliter itu"). Sentences of our own."""

from __future__ import annotations

from graphbuild.model import Article
from tests.test_persons_current import _extractor, keys


def _found(text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, language="id", date="2025-07-01")
    return keys(next(iter(_extractor().extract([article]))).triples)


def test_revoking_the_visas_of_another_states_officials_sanctions_it() -> None:
    """`id.sanction.cabut-visa`: "Pemerintah Ekuador mencabut visa dua menteri Nikaragua" bars them, a sanction on
    their state, as barring officials from entering (`id.sanction.larang-pejabat-masuk`)."""
    assert ("ECU", "SANCTION", "NIC") in _found("Pemerintah Ekuador mencabut visa dua menteri Nikaragua pada Kamis.")


def test_declaring_an_envoy_persona_non_grata_sanctions_their_state() -> None:
    """`id.sanction.persona-non-grata`: "Parlemen Bolivia menyatakan duta besar Argentina sebagai persona non grata" is
    an expulsion of Argentina's envoy, with or without "sebagai"."""
    assert ("BOL", "SANCTION", "ARG") in _found("Parlemen Bolivia menyatakan duta besar Argentina sebagai persona "
                                                "non grata.")
    assert ("BOL", "SANCTION", "ARG") in _found("Parlemen Bolivia menyatakan duta besar Argentina persona non grata.")


def test_calling_an_attack_a_killing_accuses_its_author() -> None:
    """`id.accuse.sebut-sebagai` with "pembunuhan": "menyebut serangan itu sebagai pembunuhan di luar hukum" judges
    the author of the attack named before, as "… sebagai kejahatan perang"."""
    found = _found("Serangan drone Myanmar menewaskan lima warga Bangladesh di perbatasan. Pemerintah Bangladesh "
                   "menyebut serangan itu sebagai pembunuhan di luar hukum.")
    assert ("BGD", "ACCUSE", "MMR") in found


def test_the_owner_of_a_place_after_a_preposition_is_no_subject_of_a_joined_verb() -> None:
    """`_owner_of_place` (`roles.nearest-subject`): in "Chile mengecam serangan udara Argentina terhadap sebuah desa di
    dekat perbatasan Bolivia dan mendesak PBB …" Bolivia only says where the village is; the verb after "dan" is
    Chile's."""
    found = _found("Pemerintah Chile mengecam serangan udara Argentina terhadap sebuah desa di dekat perbatasan "
                   "Bolivia dan mendesak PBB untuk menggelar sidang darurat.")
    assert ("CHL", "REQUEST", "un") in found
    assert ("BOL", "REQUEST", "un") not in found


def test_a_paramilitary_group_named_again_by_its_description() -> None:
    """`resolve.group_modifiers` with "paramiliter": "kelompok paramiliter itu" after the only armed group named is
    that group ("Pemerintah Kuwait mengecam serangan Pasukan Mobilisasi Populer … dan meminta kelompok paramiliter
    itu …")."""
    found = _found("Pemerintah Kuwait mengecam serangan Pasukan Mobilisasi Populer terhadap pangkalan militer di "
                   "Erbil dan meminta kelompok paramiliter itu untuk menahan diri.")
    assert ("KWT", "REQUEST", "popular-mobilization-forces") in found


def test_a_state_after_pro_or_anti_names_a_stance_not_an_actor() -> None:
    """`_stance_compound` (`resolve.stance_prefixes`): in "… setelah ia berpidato dalam unjuk rasa pro-Ukraina di Moskow
    dan menyerukan …" the state names what the rally stands for (as "aksi anti-Jepang": against); it is no actor, and
    no subject of the verb after it."""
    found = _found("Pemerintah Rusia mengusir seorang jurnalis Jerman setelah ia berpidato dalam unjuk rasa "
                   "pro-Ukraina di Moskow dan menyerukan NATO untuk mengirim senjata.")
    assert ("UKR", "REQUEST", "nato") not in found


def test_a_vessel_named_by_where_it_was_is_no_vessel_of_that_state() -> None:
    """`_vessel_anaphors`: "sebuah kapal di lepas pantai Guatemala" says where the vessel was; "kapal itu" after it is
    no vessel of Guatemala's, so "Meksiko menuduh kapal itu …" accuses no state (a vessel named with its state,
    "kapal nelayan Vietnam", still is that state's)."""
    found = _found("Angkatan Laut Meksiko menembaki sebuah kapal di lepas pantai Guatemala pada Senin. Pemerintah "
                   "Meksiko menuduh kapal itu menyelundupkan senjata.")
    assert ("MEX", "ACCUSE", "GTM") not in found


def test_a_pronoun_after_a_comma_and_a_time_word_is_the_person_named_last() -> None:
    """`add_pronouns`: "Pemerintah Peru mencabut visa Presiden Bolivia Luis Arce, Rabu, setelah ia berpidato … dan
    mendesak Chile …": after a comma and a time word, "ia" is the person named last before it in the sentence (here
    the one the state acted on), and the verbs of the time clause are that person's."""
    found = _found("Pemerintah Peru mencabut visa Presiden Bolivia Luis Arce, Rabu, setelah ia berpidato dalam sebuah "
                   "rapat umum di Lima dan mendesak Chile untuk membuka akses ke laut.")
    assert ("luis-arce", "REQUEST", "CHL") in found


def test_seizing_a_vessel_that_carries_a_states_cargo_coerces_that_state() -> None:
    """`id.coerce.sita-muatan`: "Angkatan Laut Inggris menyita sebuah kapal tanker yang mengangkut minyak Iran" coerces
    Iran, as "menyita minyak Iran" does; the relative clause on the vessel no longer hides the cargo's state."""
    assert ("GBR", "COERCE", "IRN") in _found("Angkatan Laut Inggris menyita sebuah kapal tanker yang mengangkut "
                                              "minyak Iran di lepas pantai Gibraltar.")


def test_a_charge_made_against_no_actor_is_still_its_makers() -> None:
    """`_targetless_act_of` (`_other_owners_acted`): "Kolombia menuduh kapal itu membawa senjata" is Colombia's charge
    though no actor is its target; "Ekuador membantah tuduhan tersebut" after it rejects Colombia, not Mexico, whose
    condemnation two sentences before was the last accusation the rules emitted."""
    found = _found("Pemerintah Meksiko mengecam serangan Amerika Serikat terhadap sebuah kapal nelayan di Pasifik. "
                   "Kolombia menuduh kapal itu membawa senjata. Pemerintah Ekuador membantah tuduhan tersebut.")
    assert ("ECU", "REJECT", "COL") in found
    assert ("ECU", "REJECT", "MEX") not in found


def test_the_demonstrative_tersebut_starts_no_trigger_of_sebut() -> None:
    """`lexicon.unstemmed_words` (`TriggerMatcher.keys`): "tersebut" stems to "sebut", so "membantah tuduhan tersebut
    dan menyebut serangan itu sebagai pembunuhan" had started `id.accuse.sebut-sebagai` at "tersebut", and the act
    "serangan itu" was never read; matched as written, the judgement of the attack is found."""
    found = _found("Kapal perang Peru menembaki sebuah kapal nelayan Ekuador di Pasifik pada Senin. Lima menuduh kapal "
                   "itu menyelundupkan narkoba. Pemerintah Ekuador membantah tuduhan tersebut dan menyebut serangan "
                   "itu sebagai pembunuhan di luar hukum.")
    assert ("ECU", "ACCUSE", "PER") in found
