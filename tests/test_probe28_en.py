"""Probe probe28-en (2026-12-08, twenty-eighth round): late-2025 wire copy on Honduras's election and Trump, Colombia
decertified, Milei at the White House, the US tariffs on Brazil, the Washington Accords of DR Congo and Rwanda, the
suspensions of Guinea-Bissau, Denmark's drones, Belgium and the frozen Russian assets, Cambodia's scam centres and
South Korea, Iran and the IAEA, Hezbollah's weapons and Syria and the SDF. Sentences of our own, with other states and
people than the probe's."""

from __future__ import annotations

from tests.test_probe27_en import shipped


def test_the_african_unions_peace_and_security_council_is_the_african_union() -> None:
    """"The African Union's Peace and Security Council suspended Gabon": the AU's organ (a name of the African Union in
    the gazetteer), not the UN Security Council its last words name."""
    found = shipped("The African Union's Peace and Security Council suspended Gabon after the coup.")
    assert ("african-union", "SANCTION", "GAB") in found, found
    assert not any(s == "un-security-council" for s, _r, _t in found), found


def test_a_hyphenated_modifier_does_not_break_a_list_of_subjects() -> None:
    """"Sudan's army and the Darfur-based Rapid Support Forces agreed …": "Darfur-based" describes the second actor
    (`events.compound_modifier_heads`), both are subjects."""
    found = shipped("Sudan's army and the Darfur-based Rapid Support Forces agreed to a truce on Monday.")
    assert ("SDN", "AGREE", "rsf") in found, found
    assert ("rsf", "AGREE", "SDN") in found, found


def test_decertifying_a_state_is_a_measure_against_it() -> None:
    """"Chile decertified Bolivia as a partner in the fight against drugs" (`en.sanction.decertify`)."""
    found = shipped("Chile decertified Bolivia as a partner in the fight against drugs on Monday.")
    assert ("CHL", "SANCTION", "BOL") in found, found


def test_the_country_is_the_one_state_named_before() -> None:
    """"ECOWAS suspended Guinea … The African Union also suspended the country": "the country" is the one state the
    sentences before name (`resolve.definite_state_nouns`, `coref.state-definite`)."""
    found = shipped("ECOWAS suspended Guinea on Thursday. The African Union also suspended the country.")
    assert ("african-union", "SANCTION", "GIN") in found, found


def test_the_country_after_a_preposition_of_place_is_no_actor() -> None:
    """"… voiced concern over the air strikes in the south of the country": a place (`resolve.definite_place_nouns`,
    `resolve.place_prepositions`), no target of the strikes."""
    found = shipped("The OIC voiced serious concern over the escalation of the conflict in Kenya, particularly the air "
                    "strikes in the south of the country.")
    assert not any(s == "oic" and t == "KEN" for s, _r, t in found), found


def test_a_charge_against_a_leaders_government_charges_the_state() -> None:
    """"Peru accused President Gabriel Boric's government of lying": the possessive before "government" after a charge
    verb is the leader's state (`mentions.government-of-leader`, `resolve.charge_verbs`)."""
    found = shipped("Peru accused President Gabriel Boric's government of lying about the border.")
    assert ("PER", "ACCUSE", "CHL") in found, found


def test_a_failure_to_condemn_is_no_condemnation() -> None:
    """"… forced by the agency's failure to condemn Chilean strikes": "failure" negates the act after it (the
    lexicon's negation markers), so Peru condemns no one."""
    found = shipped("Peru left the body, a step Lima says was forced by the agency's failure to condemn Chilean "
                    "strikes on its mines.")
    assert not any(s == "PER" and r == "ACCUSE" for s, r, _t in found), found


def test_calling_a_tariff_a_charge_accuses_its_owner() -> None:
    """"Chile imposed a 50% tariff on Peruvian goods. Peru's president called the tariff blackmail": a bare charge
    noun (`en.accuse.call-charge`) of the act named before ("the tariff", `events.act_anaphor_nouns`)."""
    found = shipped("Chile imposed a 50% tariff on Peruvian goods on Monday. Peruvian President Dina Boluarte "
                    "called the tariff blackmail.")
    assert ("dina-boluarte", "ACCUSE", "CHL") in found, found
    found = shipped("Chile seized a Peruvian tanker on Monday. Peru called the seizure piracy.")
    assert ("PER", "ACCUSE", "CHL") in found, found


def test_he_after_a_comma_and_a_time_word_is_the_last_person_named() -> None:
    """"Boric accused Milei of meddling in the vote, after he endorsed …": "he" after ", after" is the last person the
    sentence named before it (`events.time_clause_pronouns`, as "setelah ia …")."""
    found = shipped("Chilean President Gabriel Boric accused Argentine President Javier Milei on Monday of meddling "
                    "in the vote, after he praised Peru and threatened to cut trade with Bolivia.")
    assert ("javier-milei", "SUPPORT", "PER") in found, found
    assert ("gabriel-boric", "SUPPORT", "PER") not in found, found


def test_an_object_named_after_the_verb_of_an_object_relative_is_the_one_charged() -> None:
    """"Hezbollah, which Israel accuses Iran of arming, …": the actor right after "accuses" is charged, not the
    antecedent before "which" (`roles.relative-object`)."""
    found = shipped("Hezbollah, which Israel accuses Iran of arming, fired rockets at Syria on Monday.")
    assert ("ISR", "ACCUSE", "IRN") in found, found
    assert ("ISR", "ACCUSE", "hezbollah") not in found, found


def test_a_relative_clause_after_an_actors_descriptive_nouns_is_set_off() -> None:
    """"The RSF paramilitary group, which Sudan accuses Chad of arming, attacked …": the clause after "paramilitary
    group" (`events.antecedent_descriptors`) is parenthetical, its actors no subject of the main verb."""
    found = shipped("The RSF paramilitary group, which Sudan accuses Chad of arming, attacked South Sudan on Monday.")
    assert ("rsf", "ASSAULT", "SSD") in found, found
    assert ("SDN", "ASSAULT", "SSD") not in found, found


def test_a_nationality_before_central_bank_assets_is_no_lender() -> None:
    """"… to use frozen Iranian central bank assets for a loan to Iraq": the holder's words between the nationality and
    the property (`events.resource_modifiers`) leave the state no source of the loan."""
    found = shipped("Austria blocked a European Union plan on Thursday to use frozen Iranian central bank assets for a "
                    "40 billion euro loan to Iraq.")
    assert ("IRN", "AID", "IRQ") not in found, found
