"""Rules found on current-news texts of my own (2026-12-06, third evening session). Sentences of our own."""

from __future__ import annotations

from functools import cache

from graphbuild.extract.engine import LexiconExtractor
from graphbuild.ingest import IngestOptions, make_article
from tests.test_persons_current import keys, run


@cache
def _scored() -> LexiconExtractor:
    return LexiconExtractor(parser="none", model="auto")  # the default path: the rules and the shipped scorer


def _as_built(text: str, lang: str = "en", date: str = "2024-06-01") -> set[tuple[str, str, str]]:
    """The text's triples as `graphbuild build` reads it: its dateline marked, the shipped scorer deciding."""
    article = make_article("t", text, "test", IngestOptions(), date=date, lang=lang)
    return keys(next(iter(_scored().extract([article]))).triples)


def test_a_title_case_headline_word_after_a_surname_is_no_other_name() -> None:
    """`coref.surname-gazetteer`: a Title Case headline capitalises its verbs ("Sepakat", "Meets"), and a common
    word of `non-names.yaml` after a surname is no second name word, so the surname still names the office
    holder of the date; an unknown capitalised word after it ("Musa Qala") still blocks it."""
    found = _as_built("Jokowi dan Trump Sepakat Tingkatkan Kerja Sama Dagang", lang="id", date="2019-06-01")
    assert ("joko-widodo", "AGREE", "donald-trump") in found, found
    found = _as_built("Presiden Jokowi dan Presiden Trump Sepakat Tingkatkan Kerja Sama Dagang", lang="id",
                      date="2019-06-01")
    assert ("donald-trump", "AGREE", "joko-widodo") in found, found
    found = _as_built("Albanese Meets Modi In New Delhi", date="2023-03-10")
    assert ("anthony-albanese", "CONSULT", "narendra-modi") in found, found
    found = _as_built("Albanese Qalaba Meets Modi In New Delhi", date="2023-03-10")
    assert not [k for k in found if k[0] == "anthony-albanese"], found


def test_tariffs_put_into_force_are_a_sanction() -> None:
    """`en.sanction.implement-tariffs`: implementing, enacting, applying or reinstating tariffs on a state's goods
    is the sanction imposing them is; the tariff noun alone ("will remove the tariffs") stays no act."""
    found = _as_built("Chile is proceeding with implementing tariffs on Peru and Bolivia.")
    assert {("CHL", "SANCTION", "PER"), ("CHL", "SANCTION", "BOL")} <= found, found
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile reinstated tariffs on Peruvian copper."))
    assert not [k for k in keys(run("Chile discussed the tariffs on Peruvian copper.")) if k[1] == "SANCTION"]


def test_frozen_assets_owned_before_their_noun_are_a_sanction_on_the_owner() -> None:
    """`en.sanction.freeze-owned-assets`: "froze / immobilised Y's (sovereign) assets" names the target in the gap
    before its "'s"; "the assets of Y" stays `en.sanction.freeze-assets`."""
    assert ("eu", "SANCTION", "PER") in keys(run("The European Union moved to immobilise Peru's sovereign assets."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile confiscated Peru's central bank reserves."))
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile froze the assets of Peru's central bank."))


def test_brokering_a_truce_between_parties_is_mediating_between_them() -> None:
    """`en.consult.broker`: "brokered a ceasefire between Y and Z" is the broker's mediation with both (CAMEO 045,
    CONSULT, as `en.consult.mediate`); "a truce brokered by X" names the mediator, no party (`target_stops`)."""
    found = keys(run("Chile and Ecuador brokered a ceasefire between Peru and Bolivia."))
    assert {("CHL", "CONSULT", "PER"), ("CHL", "CONSULT", "BOL"), ("ECU", "CONSULT", "BOL")} <= found, found
    assert not [k for k in keys(run("A truce brokered by Chile took effect on Monday.")) if k[1] == "CONSULT"]


def test_a_blocked_measure_of_another_actor_is_no_event_of_its_owner() -> None:
    """`chain.governs-complement`: a REJECT verb ("blocked", "vetoed") governs another actor's measure named after
    its "'s" and up to two modifiers ("the EU's new aid package for Y"): the measure is not taken, the owner is the
    rejection's target; an owned act of force stays its owner's event ("rejected Peru's attack on Bolivia")."""
    found = keys(run("Chile blocked the EU's new aid package for Peru."))
    assert ("CHL", "REJECT", "eu") in found, found
    assert ("eu", "AID", "PER") not in found, found
    found = keys(run("Chile vetoed the EU's aid package for Peru."))
    assert ("eu", "AID", "PER") not in found, found
    assert ("PER", "ASSAULT", "BOL") in keys(run("Chile rejected Peru's attack on Bolivia."))
    assert ("PER", "AID", "BOL") in keys(run("Chile welcomed Peru's new aid package for Bolivia."))


def test_the_scorer_gives_an_opposed_owned_act_to_no_other_source() -> None:
    """`learn.apply._opposed_act`: "X opposed Y's sanctions on Z" leaves the sanctions Y's (`against_acts`), and the
    scorer makes no sanction of X's out of them."""
    found = _as_built("Ecuador opposed the EU's sanctions on Peru.")
    assert ("ECU", "ACCUSE", "eu") in found, found
    assert ("ECU", "SANCTION", "PER") not in found, found


def test_a_request_beside_another_act_toward_the_same_actors_is_kept() -> None:
    """`learn.apply.STATED_SECOND_RELATIONS`: "X welcomed … between Y and Z and urged both sides to …" is a
    welcome and a request of each side; the scorer keeps one relation per pair, the request is kept beside it."""
    found = _as_built("Chile and Ecuador welcomed the ceasefire agreement between Peru and Bolivia on Thursday and "
                      "urged both sides to implement it in full.")
    assert ("CHL", "REQUEST", "PER") in found and ("ECU", "REQUEST", "BOL") in found, found
    found = _as_built("President Gabriel Boric congratulated Peru and Bolivia on concluding the talks and urged them "
                      "to sign the treaty soon.")
    assert ("gabriel-boric", "REQUEST", "PER") in found, found


def test_a_listed_item_after_and_an_article_or_a_number_is_a_second_target() -> None:
    """`_expand_right`: "sanctions on three Peruvian traders and a / two Bolivian firms" lists a second target after
    the coordinator and an article or a number."""
    assert ("CHL", "SANCTION", "BOL") in keys(run("Chile imposed sanctions on three Peruvian traders and a Bolivian "
                                                  "refinery."))
    assert ("CHL", "SANCTION", "BOL") in keys(run("Chile imposed sanctions on three Peruvian traders and two "
                                                  "Bolivian firms."))
    assert ("CHL", "SANCTION", "ECU") in keys(run("Chile sanctioned Peruvian officials and an Ecuadorian bank."))


def test_an_arms_sale_is_military_aid_and_halted_sales_a_sanction() -> None:
    """`en.aid.sell-arms`: selling or approving the sale of weapons to a state is the arms transfer CAMEO 072 codes;
    `en.sanction.halt-aid` takes weapons, sales and deliveries ("halted weapons sales to Y" was AID)."""
    assert ("USA", "AID", "PER") in keys(run("The United States approved the sale of 20 F-16 jets to Peru."))
    assert ("CHL", "AID", "PER") in keys(run("Chile sold two frigates to Peru."))
    found = keys(run("Chile halted weapons sales to Peru."))
    assert ("CHL", "SANCTION", "PER") in found and ("CHL", "AID", "PER") not in found, found
    assert ("CHL", "SANCTION", "PER") in keys(run("Chile suspended arms deliveries to Peru."))


def test_concern_over_an_act_named_before_is_an_accusation_of_its_owner() -> None:
    """`coref.act-anaphor` with `events.act_concern_words`: "expressed concern over the decision", "voiced alarm at
    the move" judge the act of the sentence before, its owner the target; "concern over the situation" names none."""
    found = keys(run("Peru approved the sale of 20 jets to Bolivia on Monday. Chile expressed concern over the "
                     "decision."))
    assert ("CHL", "ACCUSE", "PER") in found, found
    assert ("ECU", "ACCUSE", "PER") in keys(run("Peru expelled Chile's ambassador on Monday. Ecuador voiced alarm at "
                                                "the move."))
    assert not [k for k in keys(run("Chile expressed concern over the situation in Peru.")) if k[1] == "ACCUSE"]


def test_a_city_struck_in_a_war_stands_for_the_state_that_holds_it() -> None:
    """`countries-curated.yaml` metonyms: "Russian missiles struck Kharkiv", "airstrikes hit Khan Younis" are attacks
    on Ukraine and Palestine, as a strike on a capital is; a city named as where an official speaks is no actor."""
    assert ("RUS", "ASSAULT", "UKR") in keys(run("Russian missiles struck Kharkiv overnight."))
    assert ("ISR", "ASSAULT", "PSE") in keys(run("Israeli airstrikes hit Khan Younis on Monday."))
    assert ("RUS", "ASSAULT", "UKR") in keys(run("Russian drones struck energy facilities in the Odesa region."))
    assert not keys(run("Officials in Kharkiv said the power was back."))
