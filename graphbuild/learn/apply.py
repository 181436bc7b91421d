"""Apply the learned scorer to one document: candidates from the rules → scored → triples.

The rule extractor's triples become features of the pairs they name; the scorer decides which pairs are
events, with which relation, and how confident it is. A triple keeps the rule's trigger, mode and negation
when the rule found the same pair with the same relation; otherwise the trigger is the lexicon match in the
sentence that fits the relation best (nearest to the pair), and CAMEO code and Goldstein value come from
the data tables for the final relation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Span

from graphbuild.extract.events import (
    COMPLEMENTIZERS,
    COOPERATION,
    DENIAL_VERBS,
    DENIED_ACT_PREFIXES,
    POSSESSIVE_MARKS,
    DocContext,
    asks,
    low,
    markers_of,
    model_mention,
    owns_conflict_act,
    relation_coding,
)
from graphbuild.extract.lexicon import Entry
from graphbuild.lang import union_words
from graphbuild.learn.features import NEGATION, PairCandidate, party, sentence_candidates
from graphbuild.learn.model import Decision, EventModel, Thresholds
from graphbuild.model import Actor, Trigger, Triple
from graphbuild.model import Mention as ModelMention
from graphbuild.resolve.actors import Mention

NO_TRIGGER_RULE = "learn.no-trigger"
# rules that read an act against word order: the scorer's reverse of their pair is no event of its own
REVERSED_ORDER_RULES = frozenset({"roles.passive", "roles.under-measure"})
SCORER_RULE = "learn.event-scorer"  # in a triple's `rules`: the scorer decided it (after the code rules it keeps)
IMPLICIT_PREVIOUS = "learn.context.previous-actor"
MAX_PREVIOUS_ACTORS = 4
IMPLICIT_ISSUER = "learn.context.statement-issuer"
IMPLICIT_TITLE = "learn.context.title-actor"
# The relation model's probability a second rule event of a kept pair needs (`second_events`). Measured on the
# annotated dev split, actor F1: English 0.504 -> 0.507, Indonesian 0.342 -> 0.346, the same from 0.1 to 0.4;
# keeping every second rule event gave 0.495 (nouns such as "cooperation" in "they discussed cooperation")
# and 0.351.
SECOND_EVENT_MIN_P = 0.2
LISTED_TYPES = frozenset({"Country", "Organization"})  # the listed sources whose shared event `share_listed` keeps
LIST_TO_TRIGGER = 6  # words between a listed subject and its trigger ("A dan B juga telah mengecam", "A, B and C
# announced on Monday their withdrawal")
LIST_JOINERS = union_words("events.pair_joiners")  # "dan", "and": with commas, what joins a list of sources
LIST_ARTICLES = union_words("events.noun_determiners")  # "A, B and the C": an article inside a list of targets
# second events the rules read off the sentence's own structure, kept with their pair whatever the relation model
# says: the purpose of a meeting ("X spoke with Y to congratulate him") is a second act the model, trained on one
# relation per pair, finds implausible beside the meeting
STATED_SECOND_EVENTS = frozenset({"roles.purpose-of-meeting"})
# and an accusation made beside another act toward the same actor ("imposed sanctions on Y, accusing it of …"), or
# ties cut beside an accusation ("accused Rwanda of backing the rebels and cut diplomatic ties with Kigali")
STATED_SECOND_ENTRIES = frozenset({"en.accuse.accuse", "en.sanction.break-relations"})
# and a request made beside another act toward the same actors ("welcomed the agreement between Y and Z and urged both
# sides to implement it", "congratulated Y on … and urged it to …"): the model, trained on one relation per pair, puts
# a request beside a welcome below SECOND_EVENT_MIN_P. Train split: en fp +1, id unchanged; fitted probe sets: en tp
# +8, id tp +5, no fp. REJECT as well cost en and id train fp +1 each for two id probe tp: left out
STATED_SECOND_RELATIONS = frozenset({"REQUEST"})
# rule events the sentence states outright, kept whatever the scorer says, their reverse never: a named victim
# killed in a state's strike ("Hassan Nasrallah was killed in an Israeli airstrike"). The annotated pool has
# almost no named person as the target of an attack, so the scorer gives such a pair a few percent; and a judgement
# of the main clause's act in an apposition ("…, a move Tehran denounced as politically motivated"), which the
# scorer, reading the pair in text order, dropped
STATED_EVENTS = frozenset({"roles.victim-before", "roles.judged-move"})
# lexicon entries whose rule events are stated the same way: a reaction an act drew, its sources after "from" ("The
# launch drew swift condemnation from Seoul, Tokyo and Washington"): the pool has few, and the scorer, reading the
# pair in text order, drops them; a summons of another state's envoy ("summoned the top U.S. diplomat to protest"),
# which the pool codes in two sentences only
STATED_ENTRIES = frozenset({"en.accuse.drew-condemnation", "en.accuse.summon"})


def stated(triple: Triple) -> bool:
    """Is the rule event one the sentence states outright (`STATED_EVENTS`, `STATED_ENTRIES`)?"""
    return bool(STATED_EVENTS.intersection(triple.rules)) or triple.trigger.rule in STATED_ENTRIES


@dataclass
class ScoredCandidate:
    candidate: PairCandidate
    relation: str
    confidence: float


def document_candidates(ctx: DocContext, rule_triples: list[Triple], lang: str | None = None) -> list[PairCandidate]:
    """Every candidate pair of every sentence of the document (features in language `lang`, default the
    document's)."""
    doc = ctx.doc
    words = low(doc)
    entry_relation = entry_relations(ctx.entries)
    by_sentence: dict[int, list[Triple]] = {}
    for triple in rule_triples:
        by_sentence.setdefault(triple.sentence_start or 0, []).append(triple)
    in_quote = set(ctx.quote_start) | set(ctx.speakers)
    out: list[PairCandidate] = []
    previous: list[Actor] = []
    for number, (sent, mentions) in enumerate(ctx.sentence_mentions):
        triggers = ctx.trigger_groups[ctx.sentence_index[sent.start]]
        named = [m.actor for m in mentions]
        if mentions and triggers:
            mentions = mentions + implicit_mentions(ctx, sent, mentions, previous)
        if named:
            previous = list(dict.fromkeys(named))
        if len(mentions) < 2:
            continue
        out += sentence_candidates(doc, words, sent, number, mentions, triggers, entry_relation,
                                   by_sentence.get(sent.start_char, []), in_quote, lang or ctx.lang)  # fmt: skip
    return out


_RELATIONS: dict[int, tuple[dict[str, Entry], dict[str, str | None]]] = {}


def entry_relations(entries: dict[str, Entry]) -> dict[str, str | None]:
    """Entry id → relation, built once per entries table (the extractor passes the same table for every
    document of a language)."""
    cached = _RELATIONS.get(id(entries))
    if cached is None or cached[0] is not entries:
        cached = (entries, {entry_id: entry.relation for entry_id, entry in entries.items()})
        _RELATIONS[id(entries)] = cached
    return cached[1]


def implicit_mentions(ctx: DocContext, sent: Span, mentions: list[Mention], previous: list[Actor]
                      ) -> list[Mention]:  # fmt: skip
    """Actors a sentence with a trigger may speak of without naming them: the actors of the previous sentence
    that named any ("He condemned …", "The two leaders agreed …", "Negara-negara tersebut meminta …"; the
    first of them apart from the others) and the issuer of a press statement. Zero-width mentions at the
    sentence start; the scorer learns when they are the actor. The others of the previous sentence are context
    (the sentence's first mention is then at its start), not candidates: `closest_pairs` leaves them out."""
    named = {m.actor.id for m in mentions}
    extra = []
    for rank, actor in enumerate(previous[:MAX_PREVIOUS_ACTORS]):
        if actor.id not in named:
            kind = "implicit-previous" if rank == 0 else "implicit-previous-other"
            extra.append(Mention(sent.start, sent.start, actor, kind, IMPLICIT_PREVIOUS, True))
            named.add(actor.id)
    if ctx.issuer is not None and ctx.issuer.actor.id not in named:
        extra.append(Mention(sent.start, sent.start, ctx.issuer.actor, "implicit-issuer", IMPLICIT_ISSUER, True))
        named.add(ctx.issuer.actor.id)
    if ctx.title_actors and ctx.title_actors[0].id not in named:
        extra.append(Mention(sent.start, sent.start, ctx.title_actors[0], "implicit-title", IMPLICIT_TITLE, True))
    return extra


def scoring_language(ctx: DocContext, model: EventModel) -> str:
    """The language the scorer treats the document as: its own when the model was tuned on it, else the close
    language its pack borrows from (Malay is scored as Indonesian), else its own."""
    if ctx.lang in model.thresholds or not ctx.pack.borrows:
        return ctx.lang
    return ctx.pack.borrows


def score(model: EventModel, candidates: list[PairCandidate], lang: str,
          thresholds: Thresholds | None = None) -> list[ScoredCandidate]:  # fmt: skip
    """The candidates the scorer keeps as events, with their relation and confidence."""
    rule_relations = [c.rule_triple.relation if c.rule_triple is not None else None for c in candidates]
    decisions = model.decide([c.parts for c in candidates], rule_relations, lang, thresholds)
    thresholds = thresholds or model.threshold_for(lang)
    decisions = keep_stated(candidates, share_symmetric(candidates, decisions, thresholds), thresholds)
    decisions = share_listed(candidates, decisions)
    kept = []
    for candidate, decision in zip(candidates, decisions, strict=True):
        if decision.relation is not None:
            kept.append(ScoredCandidate(candidate, decision.relation, decision.confidence))
    return kept


def keep_stated(candidates: list[PairCandidate], decisions: list[Decision], thresholds: Thresholds
                ) -> list[Decision]:  # fmt: skip
    """A rule event of `STATED_EVENTS` is kept with its rule's relation, at no less than the rule threshold's
    confidence, when its target is named (a pronoun may stand for someone the sentence does not name: "He
    expressed condolences for the sailor killed in the Iranian attack")."""
    kept = list(decisions)
    for index, candidate in enumerate(candidates):
        rule = candidate.rule_triple
        if (rule is not None and stated(rule) and kept[index].relation is None
                and not candidate.target.coref):  # fmt: skip
            kept[index] = Decision(rule.relation, max(kept[index].confidence, thresholds.rule))
    return kept


def share_symmetric(candidates: list[PairCandidate], decisions: list[Decision], thresholds: Thresholds
                    ) -> list[Decision]:  # fmt: skip
    """A symmetric rule event ("Chile and Peru held talks", "Russian negotiators met Ukrainian officials") is
    one event the rules emit in both directions: both are kept, with the likelier direction's confidence, when
    either reaches the rule threshold. The annotations mark the second direction optional, so the scorer never
    learned it as an event and gives it a low score on its own."""
    partners: dict[tuple[int | None, int, str, str, frozenset[str]], list[int]] = {}
    for index, candidate in enumerate(candidates):
        rule = candidate.rule_triple
        if rule is not None:
            pair = frozenset((candidate.source.actor.id, candidate.target.actor.id))
            key = (rule.sentence_start, rule.trigger.start, rule.trigger.rule, rule.relation, pair)
            partners.setdefault(key, []).append(index)
    shared = list(decisions)
    for (_start, _trigger, _rule, relation, _pair), indices in partners.items():
        if len(indices) == 2:
            confidence = max(decisions[i].confidence for i in indices)
            for i in indices:
                shared[i] = Decision(relation if confidence >= thresholds.rule else None, confidence)
    return shared


def share_listed(candidates: list[PairCandidate], decisions: list[Decision]) -> list[Decision]:
    """One rule event read off a list of actors ("Amerika Serikat, Jepang dan Uni Eropa mengecam …", "sanctions
    on A, B and C"): the listed actors' rule triples share the trigger, the relation and the other party, and the
    guideline gives one triple per listed actor. The scorer judges each position on its own and drops some (it
    kept the last of three senders and dropped the first two): when it keeps one of them with the rules'
    relation, the others are kept too, with its confidence."""
    groups: dict[tuple[int | None, int, str, str, str, str], list[int]] = {}
    for index, candidate in enumerate(candidates):
        rule = candidate.rule_triple
        if rule is None:
            continue
        key = (rule.sentence_start, rule.trigger.start, rule.trigger.rule, rule.relation)
        groups.setdefault((*key, "target", candidate.target.actor.id), []).append(index)  # the listed sources
        groups.setdefault((*key, "source", candidate.source.actor.id), []).append(index)  # the listed targets
    shared = list(decisions)
    for (_start, trigger, _rule, relation, side, _other), indices in groups.items():
        listed = _listed_before if side == "target" else _listed_after
        if len(indices) < 2 or not listed(candidates, indices, trigger):
            continue
        best = max(indices, key=lambda i: decisions[i].confidence if decisions[i].relation == relation else -1.0)
        if decisions[best].relation != relation:
            continue
        for i in indices:
            if shared[i].relation is None:
                shared[i] = Decision(relation, decisions[best].confidence)
    return shared


def _listed_before(candidates: list[PairCandidate], indices: list[int], trigger: int) -> bool:
    """Are the candidates' sources states or organisations named as one list that is the trigger's subject ("A, B
    dan C (juga) mengecam …"): joined only by commas and `events.pair_joiners`, opening the sentence or a clause
    after a comma, at most `LIST_TO_TRIGGER` words before the trigger (not a list of topics: "including Haiti,
    Venezuela, Russia's war against Ukraine")?"""
    sources = sorted({(c.source.start, c.source.end, c.source.actor.type) for c in (candidates[i] for i in indices)})
    sentence = candidates[indices[0]].sentence
    doc = sentence.doc
    verb = next((t.i for t in sentence if t.idx == trigger), None)  # the trigger's first token (a character offset)
    if verb is None or any(kind not in LISTED_TYPES for _s, _e, kind in sources):
        return False
    if not 0 <= verb - sources[-1][1] <= LIST_TO_TRIGGER:
        return False
    if sources[0][0] != sentence.start and doc[sources[0][0] - 1].text != ",":
        return False
    return all(all(t.lower_ in LIST_JOINERS or t.text == "," for t in doc[a[1] : b[0]]) and b[0] > a[1]
               for a, b in pairwise(sources))  # fmt: skip


def _listed_after(candidates: list[PairCandidate], indices: list[int], trigger: int) -> bool:
    """Are the candidates' targets states or organisations named as one list after the trigger, in its clause
    ("accepted a truce proposed by A, B, C and the D", "sanctions on A, B and C"): named (no pronoun), joined only
    by commas, `events.pair_joiners` and an article, the last by a joiner, none an owner ("Ukraine, and Washington's
    support"), with no comma or clause break between the trigger and the list?"""
    listed = [candidates[i].target for i in indices]
    targets = sorted({(m.start, m.end, m.actor.type) for m in listed})
    sentence = candidates[indices[0]].sentence
    doc = sentence.doc
    verb = next((t.i for t in sentence if t.idx == trigger), None)
    if (verb is None or len(targets) < 2 or any(m.coref for m in listed)
            or any(kind not in LISTED_TYPES for _s, _e, kind in targets) or targets[0][0] <= verb):  # fmt: skip
        return False
    if any(t.text in (",", ";", ":") for t in doc[verb : targets[0][0]]):
        return False
    if any(end < len(doc) and doc[end].lower_ in POSSESSIVE_MARKS for _s, end, _k in targets):
        return False
    if not any(t.lower_ in LIST_JOINERS for t in doc[targets[-2][1] : targets[-1][0]]):
        return False
    return all(all(t.lower_ in LIST_JOINERS or t.lower_ in LIST_ARTICLES or t.text == "," for t in doc[a[1] : b[0]])
               and b[0] > a[1] for a, b in pairwise(targets))  # fmt: skip


def learned_triples(ctx: DocContext, rule_triples: list[Triple], model: EventModel,
                    thresholds: Thresholds | None = None) -> list[Triple]:  # fmt: skip
    """The document's triples as the scorer decides them, in text order. A rule triple whose pair is not a
    candidate (an actor from outside its sentence, a pair further apart than candidates go) is kept as the
    rules made it: the scorer has no features for it; except a pair of one side (two people of one state: no
    candidate by design, and measured, those rule triples were mostly wrong: "President Biden and Vice
    President Harris … partnerships"). A scorer event with no rule triple whose target is named inside a penalty's
    reason ("sanksi terhadap Iran atas dukungan militer mereka kepada Moskow") is left out: the rules read the
    reason as the penalised's act, not an act on its objects (`filter.cause-nouns`)."""
    lang = scoring_language(ctx, model)
    candidates = document_candidates(ctx, rule_triples, lang)
    judged = {id(c.rule_triple) for c in candidates if c.rule_triple is not None}
    covered = {(c.sentence.start_char, c.source.actor.id, c.target.actor.id) for c in candidates}
    triples = [t for t in rule_triples if id(t) not in judged and party(t.source.actor) != party(t.target.actor)
               and (t.sentence_start, t.source.actor.id, t.target.actor.id) not in covered]  # fmt: skip
    passives = {(t.sentence_start, t.target.actor.id, t.source.actor.id, t.relation) for t in rule_triples
                if (REVERSED_ORDER_RULES.intersection(t.rules) and _one_way(ctx.entries.get(t.trigger.rule)))
                or stated(t)}
    partners = _co_parties(ctx, rule_triples)
    kept = [k for k in score(model, candidates, lang, thresholds)
            if not _blocked_only(ctx, k) and not _irrealis_only(ctx, k) and not _question_only(k)
            and not _war_owner_cooperating(ctx, k)
            and not _denied_only(ctx, k) and not _companion_only(ctx, k)
            and not _against_passive(k, passives)
            and not (k.candidate.rule_triple is None and (*_pair_key(k.candidate), k.relation) in partners)
            and not (k.candidate.rule_triple is None and k.candidate.target.start in ctx.penalty_reasons)]
    for scored in kept:
        triple = _triple(ctx, scored.candidate, scored.relation, scored.confidence, model.name)
        if not _opposed_act(ctx, triple):
            triples.append(triple)
    for scored, sibling in second_events(model, kept, rule_triples, judged):
        triples.append(_triple(ctx, replace(scored.candidate, rule_triple=sibling), sibling.relation,
                               scored.confidence, model.name))  # fmt: skip
    triples.sort(key=lambda t: (t.sentence_start or 0, t.trigger.start, t.source.start, t.target.start, t.relation))
    return triples


def _opposed_act(ctx: DocContext, triple: Triple) -> bool:
    """Is a pair of the scorer's own coded with an owned act a governing verb opposes, from another source than its
    owner ("Slovakia opposed the EU's sanctions on Russia": the EU's, not Slovakia's; `chain.governs-complement`)?"""
    entry = ctx.entries.get(triple.trigger.rule)
    if triple.rules != (SCORER_RULE,) or entry is None or entry.relation != triple.relation:
        return False
    owner = ctx.opposed_acts.get(triple.trigger.start)
    return owner is not None and owner != triple.source.actor.id


def _one_way(entry: Entry | None) -> bool:
    """A lexicon entry for an act of one party on another: neither symmetric ("met") nor holding both ways
    ("hosted": the guest consults the host)."""
    return entry is not None and not entry.symmetric and not entry.converse


def _against_passive(scored: ScoredCandidate, passives: set[tuple[int | None, str, str, str]]) -> bool:
    """A scorer event with no rule triple whose reverse the rules read off a passive of a one-way act, with the same
    relation ("Rusia dijatuhi sanksi oleh Inggris": Britain sanctions Russia, not Russia Britain), or off a measure
    its target lives under ("Cuba remains under an American embargo", `roles.under-measure`): the passive's agent or
    the measure's owner is the source, which the scorer's word-order features cannot tell (a meeting "hosted by" Y
    holds both ways)."""
    c = scored.candidate
    return c.rule_triple is None and (c.sentence.start_char, c.source.actor.id, c.target.actor.id,
                                      scored.relation) in passives


def _co_parties(ctx: DocContext, rule_triples: list[Triple]) -> set[tuple[int, str, str, str]]:
    """Pairs of actors that share one side of one rule event of a one-way act, with its relation: two sources of
    one trigger toward the same target ("The United States and Britain imposed sanctions on Iran"). A scorer event
    of that relation between them with no rule triple of its own is dropped: the list's members act together on a
    third party, not on each other (another relation between them may be theirs: "Japan and the United States
    started discussions on how to deal with North Korea")."""
    sides: dict[tuple[int, int, str, str], set[str]] = {}
    for t in rule_triples:
        if not _one_way(ctx.entries.get(t.trigger.rule)):
            continue  # "Japan and the United States started discussions": talks may be between the two
        sides.setdefault((t.sentence_start or 0, t.trigger.start, t.relation, t.target.actor.id), set()).add(
            t.source.actor.id)
    return {(key[0], a, b, key[2]) for key, actors in sides.items() if len(actors) > 1 for a in actors
            for b in actors if a != b}


def _blocked_only(ctx: DocContext, scored: ScoredCandidate) -> bool:
    """A scorer event with no rule triple and no trigger of its relation, whose nearest trigger is a non-event
    entry ("received Tuesday a message from …", `en.none.receive-message`): the lexicon says those words are no
    event, and on the train split the scorer's events resting on them were all wrong."""
    c = scored.candidate
    if c.rule_triple is not None:
        return False
    span = _pick_trigger(ctx, c, scored.relation)
    entry = ctx.entries.get(span.label_) if span is not None else None
    return entry is not None and entry.relation is None and not entry.intent and not entry.governs


DENIED_ACT_SUFFIXES = tuple(sorted(union_words("events.denied_act_suffixes")))  # "denied supplying …"


def _denied_only(ctx: DocContext, scored: ScoredCandidate) -> bool:
    """A scorer event with no rule triple whose trigger stands in a denied clause: after a denial verb and a
    complementizer in its sentence ("membantah laporan bahwa pihaknya menahan warga negara Thailand", "denied
    reports that it had supplied missiles to Y"; `events.denial_verbs`), or the denied act right after the verb
    ("denied supplying drones to Y", "membantah memasok …": `events.denied_act_suffixes`, `events.
    denied_act_prefixes`). The denial says the act did not take place, as a negation does for the rules; and the
    denial's own event toward an actor of the claim ("membantah memasok drone kepada Y" rejects no Y), as for the
    rules (`find_targets`)."""
    c = scored.candidate
    if c.rule_triple is not None:
        return False
    span = _pick_trigger(ctx, c, scored.relation)
    if span is None:
        return False
    if low(ctx.doc)[span.start] in DENIAL_VERBS and span.end < c.target.start:  # the denial's own REJECT:
        return _denied_claim(low(ctx.doc)[span.start : c.target.start])  # its target named in the claim denied
    return _denied_claim(low(ctx.doc)[c.sentence.start : span.start + 1])  # up to the trigger's first word


def _denied_claim(words: list[str]) -> bool:
    """Do `words` hold a denial verb and, after it, a complementizer before the last word, or a denied act right
    after it?"""
    denial = next((k for k, word in enumerate(words[:-1]) if word in DENIAL_VERBS), None)
    if denial is None:
        return False
    act = words[denial + 1]
    return any(word in COMPLEMENTIZERS for word in words[denial + 1 : -1]) or (
        act.isalpha() and (act.endswith(DENIED_ACT_SUFFIXES) or act.startswith(DENIED_ACT_PREFIXES)))


COMPANION_VERBS = union_words("events.companion_verbs")
COMPANION_PARTICIPLES = union_words("events.companion_participles")
COMPANION_ADVERBS = union_words("events.companion_adverbs")


def _companion_only(ctx: DocContext, scored: ScoredCandidate) -> bool:
    """A scorer event with no rule triple whose source only accompanies another: the subject of a companion verb
    ("Sugiono turut mendampingi Presiden Prabowo saat bertemu Macron") or the one a companion participle names
    ("Prabowo, didampingi Sugiono, bertemu Macron"; `events.companion_verbs`, `events.companion_participles`).
    The one accompanied holds the meeting; an official merely present takes no part in it."""
    c = scored.candidate
    if c.rule_triple is not None:
        return False
    words = low(ctx.doc)
    after = c.source.end
    while after < c.sentence.end and words[after] in COMPANION_ADVERBS:
        after += 1
    if after < c.sentence.end and words[after] in COMPANION_VERBS:
        return True
    return c.source.start > c.sentence.start and words[c.source.start - 1] in COMPANION_PARTICIPLES


def _irrealis_only(ctx: DocContext, scored: ScoredCandidate) -> bool:
    """A scorer event with no rule triple whose trigger of its relation follows an irrealis marker of the lexicon
    within two words ("kemungkinan pertemuan dengan Y": a possible meeting, which the rules leave out as a modifier
    use): the marker makes it no event, as it does for the rules. Head-first languages only (Indonesian): on the
    English train split it cost two true events and spared no false one."""
    c = scored.candidate
    if c.rule_triple is not None or not ctx.actors.head_first:
        return False
    span = _pick_trigger(ctx, c, scored.relation)
    if span is None or ctx.entries.get(span.label_) is None or ctx.entries[span.label_].relation != scored.relation:
        return False
    irrealis = markers_of(ctx.lexicon).irrealis
    return any(word in irrealis for word in low(ctx.doc)[max(c.sentence.start, span.start - 2) : span.start])


def _war_owner_cooperating(ctx: DocContext, scored: ScoredCandidate) -> bool:
    """An act of cooperation whose source is the owner of an act of force named in the sentence ("leaders condemned
    Russia's war in Ukraine and pledged aid to Ukraine": not Russia's aid), as the rules read it
    (`roles.nearest-subject`, `owns_conflict_act`)."""
    c = scored.candidate
    return scored.relation in COOPERATION and owns_conflict_act(ctx.doc, c.source, c.sentence.end)


def _question_only(scored: ScoredCandidate) -> bool:
    """A scorer event with no rule triple in a sentence that ends in a question mark: the sentence asks and reports
    no event, as the rules read it (`filter.question`)."""
    return scored.candidate.rule_triple is None and asks(scored.candidate.sentence)


def second_events(model: EventModel, kept: list[ScoredCandidate], rule_triples: list[Triple], judged: set[int]
                  ) -> list[tuple[ScoredCandidate, Triple]]:  # fmt: skip
    """The rules' other events between a kept pair in its sentence: a rule triple of the same source, target and
    sentence as a kept candidate, with another relation ("Chile signed a trade agreement with Peru and promised
    Peru more aid": SUPPORT, and AGREE). A candidate carries one rule triple; the others are kept with the
    candidate's confidence when the relation model finds their relation plausible for the pair
    (`SECOND_EVENT_MIN_P`)."""
    by_pair: dict[tuple[int, str, str], list[Triple]] = {}
    for t in rule_triples:
        if id(t) not in judged:
            by_pair.setdefault((t.sentence_start or 0, t.source.actor.id, t.target.actor.id), []).append(t)
    pending = [(scored, t) for scored in kept if by_pair
               for t in by_pair.get(_pair_key(scored.candidate), ()) if t.relation != scored.relation]  # fmt: skip
    if not pending:
        return []
    plausible = model.relation_probabilities([scored.candidate.features for scored, _t in pending])
    column = {relation: index for index, relation in enumerate(model.relations)}
    return [(scored, t) for row, (scored, t) in enumerate(pending)
            if plausible[row, column[t.relation]] >= SECOND_EVENT_MIN_P or STATED_SECOND_EVENTS.intersection(t.rules)
            or t.trigger.rule in STATED_SECOND_ENTRIES or t.relation in STATED_SECOND_RELATIONS]


def _pair_key(c: PairCandidate) -> tuple[int, str, str]:
    return (c.sentence.start_char, c.source.actor.id, c.target.actor.id)


def _pick_trigger(ctx: DocContext, c: PairCandidate, relation: str) -> Span | None:
    middle = (c.source.start + c.target.start) / 2
    fitting = [s for s in c.triggers if ctx.entries.get(s.label_) and ctx.entries[s.label_].relation == relation]
    pool = fitting or c.triggers
    return min(pool, key=lambda s: abs(s.start - middle)) if pool else None


def _negated(ctx: DocContext, sent: Span, trigger: Span) -> bool:
    """A negation word among the three before the trigger, in its sentence `sent`."""
    return not NEGATION.isdisjoint(low(ctx.doc)[max(sent.start, trigger.start - 3) : trigger.start])


def _triple(ctx: DocContext, c: PairCandidate, relation: str, confidence: float, extractor: str) -> Triple:
    text = ctx.article.text
    sent = c.sentence
    rule = c.rule_triple if c.rule_triple is not None and c.rule_triple.relation == relation else None
    cameo, goldstein = relation_coding(relation)
    mode, negated = "asserted", False
    rules: tuple[str, ...] = (SCORER_RULE,)
    if rule is not None:  # the rules' triple, as they coded it (its coding belongs to its relation)
        trigger, mode, negated = rule.trigger, rule.mode, rule.negated
        cameo, goldstein = rule.cameo or cameo, rule.goldstein if rule.goldstein is not None else goldstein
        rules = (*rule.rules, SCORER_RULE)
    else:
        span = _pick_trigger(ctx, c, relation)
        if span is not None:
            entry = ctx.entries[span.label_]
            trigger = Trigger(text[span.start_char : span.end_char], span.start_char, span.end_char, entry.id)
            cameo, goldstein = relation_coding(relation, entry)
            mode = entry.mode if entry.relation == relation else mode
            negated = _negated(ctx, sent, span)
        else:
            trigger = Trigger("", sent.start_char, sent.start_char, NO_TRIGGER_RULE)
    source = model_mention(ctx.doc, c.source) if c.source.end > c.source.start else _named_before(ctx, c.source)
    target = model_mention(ctx.doc, c.target) if c.target.end > c.target.start else _named_before(ctx, c.target)
    return Triple(
        article_id=ctx.article.id, relation=relation, source=source, target=target,
        trigger=trigger, sentence=text[sent.start_char : sent.end_char].strip(), sentence_start=sent.start_char,
        language=ctx.lang, date=ctx.article.date, negated=negated, mode=mode, confidence=round(confidence, 4),
        extractor=f"{ctx.extractor}+{extractor}", cameo=cameo, goldstein=goldstein, rules=rules,
    )  # fmt: skip


def _named_before(ctx: DocContext, implicit: Mention) -> ModelMention:
    """An actor the sentence does not name: its last mention before the sentence (else an empty mention); its
    `rule` is the implicit-actor rule that proposed it."""
    named = None
    for _sent, mentions in ctx.sentence_mentions:
        for m in mentions:
            if m.start >= implicit.start:
                break
            if m.actor.id == implicit.actor.id and m.end > m.start:
                named = m
    if named is not None:
        return replace(model_mention(ctx.doc, named), rule=implicit.rule)
    start, _ = implicit.chars(ctx.doc)
    return ModelMention(implicit.actor, "", start, start, implicit.rule)
