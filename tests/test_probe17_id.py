"""Probe probe17-id (2026-12-07, seventeenth round): events split across clauses and sentences, back-references
("kedua pemimpin", "kedua pihak", "keputusan itu", "kunjungan tersebut") and the reactions of third states, in
the style of Indonesian outlets reporting world news. Sentences of our own."""

from __future__ import annotations

from tests.test_persons_current import keys, run


def _found(text: str) -> set[tuple[str, str, str]]:
    return keys(run(text, lang="id"))


def test_the_dead_of_an_attack_are_not_its_attacker() -> None:
    """`roles.nearest-subject`: "X tewas dalam serangan terhadap …" with no owner after the noun names no attacker;
    an owner after it still attacks the dead (`roles.victim-before`)."""
    found = _found("Dua warga Chile tewas dalam serangan terhadap sebuah desa di Peru.")
    assert not any(t[1] == "ASSAULT" for t in found)
    assert ("PER", "ASSAULT", "CHL") in _found("Dua warga Chile tewas dalam serangan Peru.")


def test_switching_recognition_recognises_the_new_state() -> None:
    """`id.support.alih-pengakuan`: "mengalihkan pengakuannya kepada Y" (the stem of "pengakuannya" is no "akui")."""
    found = _found("Chile memutuskan hubungan diplomatik dengan Bolivia dan mengalihkan pengakuannya kepada Peru.")
    assert ("CHL", "SUPPORT", "PER") in found
    assert ("CHL", "SANCTION", "BOL") in found


def test_exchanging_ambassadors_again_is_a_plan_of_both() -> None:
    """`id.cooperate.tukar-dubes`: "A dan B akan kembali bertukar duta besar" is intended cooperation, both ways."""
    found = _found("Presiden Peru mengumumkan bahwa Chile dan Peru akan kembali bertukar duta besar.")
    assert ("CHL", "AGREE", "PER") in found


def test_handing_bases_over_to_the_host_is_a_withdrawal() -> None:
    """`id.retreat.serah-pangkalan`: "menyerahkan pangkalan militernya … kepada pemerintah Y"."""
    found = _found("Chile menyerahkan tiga pangkalan militernya di perbatasan kepada pemerintah Peru.")
    assert ("CHL", "RETREAT", "PER") in found


def test_regretting_or_disappointment_at_an_act_told_before_judges_its_owner() -> None:
    """`events.act_anaphor_verbs` ("menyayangkan keputusan itu"), `events.act_concern_words` ("menyatakan
    kekecewaan atas keputusan tersebut")."""
    found = _found("Bolivia menangguhkan bantuan kepada Chile. Pemerintah Chile menyayangkan keputusan itu.")
    assert ("CHL", "ACCUSE", "BOL") in found
    found = _found("Bolivia menutup perbatasannya dengan Chile. Peru menyatakan kekecewaan atas keputusan tersebut.")
    assert ("PER", "ACCUSE", "BOL") in found


def test_the_two_leaders_of_a_list_joined_by_dan_are_its_two_people() -> None:
    """`events.pair_joiners` in `_coordinated_people`: "Presiden A X dan Presiden B Y … Z menemui kedua pemimpin" is X
    and Y, not Z and Y; "Z mendesak kedua pihak" after them asks the two leaders (`_pair_of_object`), not their
    states nor Z's own."""
    found = _found("Presiden Chile Gabriel Boric dan Presiden Peru Dina Boluarte tidak bertemu dalam KTT itu. Presiden "
                   "Brasil Luiz Inacio Lula da Silva menemui kedua pemimpin secara terpisah. Lula kemudian mendesak "
                   "kedua pihak untuk berdialog.")
    lula = "luiz-inacio-lula-da-silva"
    assert {(lula, "CONSULT", "gabriel-boric"), (lula, "CONSULT", "dina-boluarte")} <= found
    assert {(lula, "REQUEST", "gabriel-boric"), (lula, "REQUEST", "dina-boluarte")} <= found
    assert not any(t[2] in ("BRA", "CHL", "PER") for t in found)


def test_the_ministry_named_again_is_the_state_whose_ministry_spoke() -> None:
    """`resolve.definite_state_nouns` with a demonstrative after it (`coref.state-definite`): "Kementerian itu" after
    "Kementerian Luar Negeri Chile" is Chile, though Peru was named between; "di kementerian itu" is a place."""
    found = _found("Kementerian Luar Negeri Chile menolak klaim Presiden Peru soal perbatasan. Kementerian itu juga "
                   "menyampaikan nota protes kepada Peru.")
    assert ("CHL", "ACCUSE", "PER") in found
    found = _found("Kementerian Luar Negeri Chile bertemu Peru. Di kementerian itu Bolivia mengecam Peru.")
    assert ("BOL", "ACCUSE", "PER") in found


def test_respecting_an_agreement_is_no_new_agreement() -> None:
    """`id.none.hormati-perjanjian`: "mendesak Y menghormati perjanjian …" asks Y to keep an agreement made before;
    the speaker makes none."""
    found = _found("Bolivia mendesak Chile menghormati kesepakatan damai dengan Peru.")
    assert ("BOL", "REQUEST", "CHL") in found
    assert not any(t[1] == "AGREE" for t in found)


def test_paying_off_another_states_debt_is_aid_to_it() -> None:
    """`id.aid.lunasi-utang`: "melunasi utang Y kepada IMF" aids Y (planned: AGREE); paying one's own debt to a
    lender names no one helped."""
    assert ("BOL", "AID", "PER") in _found("Bolivia melunasi utang Peru kepada Dana Moneter Internasional.")
    assert ("BOL", "AGREE", "PER") in _found("Bolivia akan membayar tunggakan utang Peru kepada Bank Dunia.")
    assert not _found("Peru melunasi utangnya kepada Bolivia.")


def test_the_three_states_that_acted_before_when_no_list_of_three_was_named() -> None:
    """`_acting_states` in `_group_anaphors`: "ketiga negara tersebut" after one state and then two more acted, in two
    sentences, is those three (the sources of the rule events just before); with four acting, none."""
    found = _found("Chile mengirim bantuan kemanusiaan ke Peru. Brasil dan Argentina juga mengirim tim medis ke Peru. "
                   "Pemerintah Peru berterima kasih kepada ketiga negara tersebut.")
    assert {("PER", "SUPPORT", "CHL"), ("PER", "SUPPORT", "BRA"), ("PER", "SUPPORT", "ARG")} <= found
    found = _found("Chile mengirim bantuan ke Peru. Brasil juga mengirim tim medis ke Peru. Argentina dan Uruguay "
                   "mengirim obat-obatan ke Peru. Pemerintah Peru berterima kasih kepada ketiga negara tersebut.")
    assert not any(t[1] == "SUPPORT" for t in found)
