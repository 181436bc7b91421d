"""Sentences of our own in the style of current wire copy, written in both languages (2026-12-07, tenth session):
names called, truces agreed with their proposers, mediators in talks, passives with "by the", subjectless passive
clauses, measures a state lives under and the agent of a passive clause after an event noun."""

from __future__ import annotations

from tests.test_session_t21 import _as_built
from tests.test_session_t22 import _rules_only


def test_calling_a_leader_a_drug_trafficker_or_traitor_is_an_accusation() -> None:
    """`en.accuse.call-it` and `id.accuse.sebut-sebagai` take criminal and traitor nouns ("called Y a drug
    leader", "menyebut Y sebagai diktator"): a judgement of Y, no phone call (`en.consult.telephone`)."""
    found = _rules_only("Kenya's president called Ethiopia's leader a drug trafficker on Monday.")
    assert [k for k in found if k[1] == "ACCUSE"] and not [k for k in found if k[1] == "CONSULT"], found
    found = _rules_only("Uganda called Kenya a traitor to the region.")
    assert ("UGA", "ACCUSE", "KEN") in found, found
    found = _rules_only("Uganda called Kenya on Monday to discuss the border.")
    assert ("UGA", "CONSULT", "KEN") in found, found
    found = _rules_only("Uganda menyebut Kenya sebagai pengkhianat di kawasan itu.", lang="id")
    assert ("UGA", "ACCUSE", "KEN") in found, found


def test_agreeing_to_a_truce_proposed_by_others_agrees_with_the_proposers() -> None:
    """`en.agree.agree-to-proposal`: "agreed to a truce / the plan proposed by A and B" agrees with each proposer
    after the proposal's participle; "X and Y agreed to a ceasefire" stays `en.agree.agree`)."""
    found = _rules_only("Sudan agreed to a truce proposed by Egypt and Kenya, officials said.")
    assert ("SDN", "AGREE", "EGY") in found and ("SDN", "AGREE", "KEN") in found, found
    found = _rules_only("Sudan agreed to the plan proposed by Egypt.")
    assert ("SDN", "AGREE", "EGY") in found, found
    assert not [k for k in found if k[0] == "EGY"], found


def test_a_mediator_in_talks_between_parties_meets_each() -> None:
    """`chain.light-verb` keeps an asserted mediation before a talks noun: "menjadi penengah dalam perundingan antara
    A dan B" gives the mediator CONSULT with each party besides the parties' talks; an intent ("siap menjadi mediator
    dialog antara …") still goes on to the talks noun."""
    found = _rules_only("Kenya menjadi penengah dalam perundingan antara Ethiopia dan Eritrea.", lang="id")
    assert ("KEN", "CONSULT", "ETH") in found and ("KEN", "CONSULT", "ERI") in found, found
    assert ("ETH", "CONSULT", "ERI") in found, found
    found = _rules_only("Kenya telah lama menjadi penengah dalam perundingan antara Ethiopia dan Eritrea.", lang="id")
    assert not [k for k in found if k[0] == "KEN"], found  # background: `id.none.lama-penengah`
    found = _rules_only("Kenya siap menjadi mediator dialog antara Ethiopia dan Eritrea.", lang="id")
    assert not [k for k in found if k[0] == "KEN" and k[1] == "CONSULT"], found


def test_a_passive_agent_after_the_article() -> None:
    """`roles.passive`: "was attacked by the United States" has the state after "by the" as its agent (the article
    had hidden it, and the scorer had read the attack the wrong way round)."""
    found = _rules_only("Somalia was attacked by the United States on Monday.")
    assert ("USA", "ASSAULT", "SOM") in found and ("SOM", "ASSAULT", "USA") not in found, found
    found = _rules_only("Eritrea was sanctioned by the European Union last year.")
    assert ("EUR", "SANCTION", "ERI") in found or ("EU", "SANCTION", "ERI") in found or any(
        r == "SANCTION" and b == "ERI" for _a, r, b in found), found


def test_a_subjectless_passive_clause_acts_on_the_clause_subject() -> None:
    """`roles.passive` with `events.passive_clause_openers`: "… meski dikenai tarif oleh AS", "… despite being
    sanctioned by Y" act on the subject of the clause (the one named at its start or after a speech verb), not
    on an actor named in its object ("membeli minyak Rusia")."""
    found = _rules_only("Kenya menegaskan akan terus membeli minyak Iran meski dikenai tarif oleh Uganda.", lang="id")
    assert ("UGA", "SANCTION", "KEN") in found and ("UGA", "SANCTION", "IRN") not in found, found
    found = _rules_only("Ethiopia said Kenya would keep buying Iranian oil despite being sanctioned by Uganda.")
    assert ("UGA", "SANCTION", "KEN") in found and ("UGA", "SANCTION", "IRN") not in found, found
    found = _rules_only("Eritrea kept exporting gold after being attacked by Ethiopia.")
    assert ("ETH", "ASSAULT", "ERI") in found, found


def test_a_measure_the_subject_lives_under_targets_the_subject() -> None:
    """`roles.under-measure`: "Y has been under U.S. sanctions", "Y remains under an American embargo", "… under a
    blockade imposed by X", "Y berada di bawah sanksi X": X imposes it on Y, not Y on X (`events.nominals` now holds
    "embargo", "blockade", "tariff" and "siege", so "an embargo imposed by the United States" has its agent); the
    scorer's reverse of the pair is no event of its own (`_against_passive`)."""
    found = _rules_only("Eritrea has been under U.S. sanctions since 2009.")
    assert ("USA", "SANCTION", "ERI") in found and ("ERI", "SANCTION", "USA") not in found, found
    found = _rules_only("Eritrea remains under a trade embargo imposed by the United States.")
    assert ("USA", "SANCTION", "ERI") in found and ("ERI", "SANCTION", "USA") not in found, found
    found = _rules_only("Eritrea masih berada di bawah sanksi Amerika Serikat.", lang="id")
    assert ("USA", "SANCTION", "ERI") in found and ("ERI", "SANCTION", "USA") not in found, found
    found = _rules_only("Eritrea berada di bawah embargo senjata yang diberlakukan Amerika Serikat.", lang="id")
    assert ("USA", "SANCTION", "ERI") in found and ("ERI", "SANCTION", "USA") not in found, found
    assert ("ERI", "SANCTION", "USA") not in _as_built("Eritrea remains under an American embargo.")


def test_the_agent_of_a_passive_clause_is_no_target_of_its_subject_noun() -> None:
    """`find_targets` stops at a passive predicate with its agent word (`_passive_predicate_between`): in "The
    Eritrean attacks were condemned by the United Nations" the UN condemns, it was not attacked."""
    found = _rules_only("The Eritrean attacks were condemned by the United Nations.")
    assert ("ERI", "ASSAULT", "un") not in found and ("un", "ACCUSE", "ERI") in found, found


def test_freezing_assets_named_by_a_demonym_sanctions_their_state() -> None:
    """`en.sanction.freeze-named-assets`: "froze Eritrean central bank assets" sanctions Eritrea (the owner named in
    the gap); "the use of frozen Eritrean assets" names assets frozen before, no act of the subject."""
    found = _rules_only("Kenya froze Eritrean central bank assets on Monday.")
    assert ("KEN", "SANCTION", "ERI") in found, found
    found = _rules_only("Kenya blocked the use of frozen Eritrean assets for the loan.")
    assert ("KEN", "SANCTION", "ERI") not in found, found


def test_reactivated_sanctions_are_the_subjects_not_the_body_named_after_the_noun() -> None:
    """`id.sanction.berlakukan-sanksi`: "mengaktifkan kembali sanksi PBB terhadap Y", "memberlakukan sanksi terhadap
    Y": the listed subjects impose them; the UN named after "sanksi" is no source."""
    found = _rules_only("Kenya, Uganda dan Tanzania mengaktifkan kembali sanksi PBB terhadap Eritrea.", lang="id")
    assert {("KEN", "SANCTION", "ERI"), ("UGA", "SANCTION", "ERI"), ("TZA", "SANCTION", "ERI")} <= found, found
    assert ("un", "SANCTION", "ERI") not in found, found


def test_a_trigger_joined_by_dan_takes_the_actor_after_a_multiword_noun_trigger() -> None:
    """`_joined_trigger_between` with `events.target_joints` "dan" and a noun-first pack's multiword noun trigger:
    in "menyambut baik pembebasan para sandera dan memuji peran Y" Y is praised, not released."""
    found = _rules_only("Kenya menyambut baik pembebasan para sandera dan memuji peran Uganda.", lang="id")
    assert ("KEN", "SUPPORT", "UGA") in found and ("KEN", "CONCEDE", "UGA") not in found, found


def test_police_deployed_to_a_state_go_to_its_aid_in_indonesian() -> None:
    """`id.aid.kerah-petugas`: "mengerahkan polisi / tim penyelamat ke Y" aids Y (as `en.aid.deploy-helpers`);
    police sent to the state's own border (`id.none.kerah-petugas-perbatasan`) and troops
    (`id.mobilize.kerah-pasukan`) do not."""
    found = _rules_only("Kenya mengerahkan ratusan polisi ke Somalia dalam misi PBB.", lang="id")
    assert ("KEN", "AID", "SOM") in found, found
    found = _rules_only("Kenya mengerahkan ratusan polisi ke perbatasan dengan Somalia.", lang="id")
    assert ("KEN", "AID", "SOM") not in found, found


def test_a_relative_passive_on_an_unnamed_noun_has_no_target_after_its_agent() -> None:
    """`roles.passive`: in "Milisi yang didukung pemerintah Iran menyerang pasukan AS" the militia is backed; the
    troops after the backer's name are the attack's, not the support's target."""
    found = _rules_only("Milisi yang didukung pemerintah Eritrea menyerang pasukan Ethiopia di perbatasan.", lang="id")
    assert ("ERI", "SUPPORT", "ETH") not in found, found
