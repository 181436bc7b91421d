"""Events in one parsed document: triggers → (source, target) roles → `Triple`s with provenance.

Role assignment, per trigger (a span of `doc.spans["gb_triggers"]`):
- source: with a parse, the subject of the trigger (climbing xcomp/conj chains; the `by` agent of a passive);
  otherwise the nearest actor to the left in the clause that is not inside a prepositional phrase and not the
  target of an earlier trigger (so a verb chain keeps its subject), with its coordinated actors ("A and
  neighbouring B": an adjective of `events.coordination_adjectives` may follow the "and"; the comma closing an
  opening phrase, "Setelah kunjungan ke Kamerun, Hu …", coordinates none); a capital right after a verb of
  `events.departure_verbs` is a place ("Hu left Beijing for a visit to …"), no subject;
  `X yang <verb>` / `X, which <verb>` makes X the source; English passives (`was condemned by X`) and
  Indonesian di- passives (`diserang oleh X`, object-first `disampaikan Kim kepada Putin`) swap roles (agents
  listed with "dan"/"and" are all sources: `ditolak oleh Beijing dan Taiwan`).
- target: the first actor after the trigger introduced by one of the entry's prepositions (`kepada`, `against`),
  or a bare object within a few tokens; a noun with `-nya` right after the trigger ("mendukung invasinya")
  points back to the last actor named before it.
- an event the subject receives (lexicon `received`: "menerima bantuan dari Y") is the giver's toward the subject.
- trigger chains: an intent marker before an event ("will support", "siap") makes it AGREE (cooperation) or
  THREATEN (force); a governing verb ("refused to meet", "threatened to shell") absorbs the verb after it;
  a request for cooperation with no addressee ("menyerukan kerja sama") is one AGREE event.
- negation (`tidak mendukung`, `did not condemn`) sets `negated`; triggers inside a conditional clause are dropped;
  self-loops (same actor, or a person and their own state) are never emitted.

Confidence = entry weight × 0.9 (passive) × 0.85 (a coreferent actor) × 0.9 (target further than 6 tokens)
× 0.95 (no parse: linear roles), rounded to 4 places.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.lexicon import Entry, Lexicon
from graphbuild.extract.rules import RULES
from graphbuild.lang import Grammar, LanguagePack, pack_for, union_words
from graphbuild.model import Actor, Article, Trigger, Triple
from graphbuild.model import Mention as ModelMention
from graphbuild.nlp.components import ROLE_PREFIX, TokenTable, doc_spans, tokens
from graphbuild.paths import load_yaml
from graphbuild.resolve.actors import (
    FORMER,
    NON_NAMES,
    SENTENCE_ENDS,
    THIRD_PERSON,
    ActorResolver,
    DocActors,
    Mention,
)
from graphbuild.resolve.gazetteer import Gazetteer

QUOTE_CHARS = {'"', "“", "”", "``", "''"}
CLAUSE_BREAKS = {";", ":", "—", "–"}
# a quoted phrase's marks; not the single quotes, whose closing one is also the apostrophe ("the states’ envoys")
QUOTE_MARKS = frozenset(QUOTE_CHARS | {"\u201e"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# word lists: the union of every language pack's (data/lang/*/words.yaml, `events.*`) where a rule reads any
# language's words, the document's pack's where it reads one language's (`ctx.pack.words`)
SPEAKER_PRONOUNS = union_words("events.speaker_pronouns")
COMPLEMENTIZERS = union_words("events.complementizers")
COPULAS = union_words("events.copulas")  # "bahwa Taiwan adalah …": the clause describes its subject
DECISION_NOUNS = union_words("events.decision_nouns")  # "keputusan X untuk …": X acts (roles.purpose-subject)
PARTNERS = union_words("events.partners")
PURPOSE_RELATIONS = frozenset({"SUPPORT", "REQUEST", "ACCUSE"})  # verbal acts a meeting's purpose may direct at Y
BETWEEN = union_words("events.between")
PAIR_JOINERS = union_words("events.pair_joiners")
NOUN_DETERMINERS = union_words("events.noun_determiners")
ARTICLES = union_words("events.articles")  # "as a witness", "as the guarantor"
OWNER_DETERMINERS = union_words("events.owner_determiners")
APPOSITION_ARTICLES = union_words("events.apposition_articles")
GOVERNMENT_OF = union_words("events.government_of")
GOVERNMENT_AFTER = union_words("resolve.government_after")
CHARGE_VERBS = union_words("resolve.charge_verbs")  # "accused X's government of …": the state charged
SUBJECT_LINKS = union_words("events.subject_links")
FORCE_ORIGIN_LINKS = union_words("events.force_origin_links")  # "forces from Bahrain": the state's forces
FORCE_ORIGIN_NOUNS = union_words("events.force_origin_nouns")
SEAT_LINKS = union_words("events.seat_links")  # "the junta in Bamako": the government seated in a capital
SEAT_NOUNS = union_words("events.seat_nouns")
OWNER_LINKS = union_words("events.owner_links")
HOLDER_NOUNS = union_words("events.holder_nouns")
HOLDER_DETERMINERS = union_words("events.holder_determiners")  # before the state: "from the European Union"
HOLDER_PARTICIPLES = union_words("events.holder_participles")  # "<any goods> imported from Y": Y's goods
# the documents a signer enacts ("signed an executive order imposing tariffs on Y"): signing one is no agreement
# with Y, and the act the document does stays an event of its own (`chain.governs-complement`)
DOCUMENT_NOUNS = union_words("events.document_nouns")
STATEMENT_DOCUMENTS = union_words("events.statement_documents")  # "signed a joint statement criticising Y"
OWNER_PRONOUNS = union_words("events.owner_pronouns")  # "X, his former defence chief Y" (`_expand_right`)
SIGNING_CAMEO = "057"
MEDIATION_CAMEO = "045"  # mediation: the mediator meets each party
HOLDER_LINKS = union_words("events.holder_links")
MODIFIER_BREAKS = union_words("events.modifier_breaks")
PURPOSE_WORDS = union_words("events.purpose_words")
COORDINATION_ADJECTIVES = union_words("events.coordination_adjectives")
BLAME_LINKS = union_words("events.blame_links")
CHARGE_DETERMINERS = union_words("events.charge_determiners")
# owner pronouns of a penalty's reason that stand for the penalised, not the penaliser: "sanctioned three firms over
# their support for Y", "atas dukungan militer mereka kepada Y" (`filter.cause-nouns`)
PENALISED_OWNERS = union_words("events.penalised_owner_pronouns")
AGENT_LINKS = union_words("events.agent_links")
JUDGED_OWNER_LINKS = union_words("events.judged_owner_links")  # "mengecam blokade … oleh Y" (find_targets)
OWNER_JUDGEMENTS = ("ACCUSE", "SUPPORT")  # relations whose verb reaches a judged act's agent
OFFER_OWNER_LINKS = union_words("events.offer_owner_links")  # "menolak tawaran mediasi dari Y" (find_targets)
OFFER_NOUNS = union_words("events.offer_nouns")
OFFER_ANSWERS = ("REJECT", "SUPPORT", "AGREE", "ACCUSE")  # relations whose verb answers an offer or a proposal
JUDGED_ACT_REACH = 5  # the judged act's words and "oleh", with no comma: "pembunuhan massal warga sipil oleh"
DEPARTURE_VERBS = union_words("events.departure_verbs")
CONTINUATION_WORDS = union_words("events.continuation")
CONTINUATION_MARKERS = union_words("events.continuation_markers")
CONTINUATION_BEFORE = union_words("events.continuation_before")
COMMITMENT_MARKERS = union_words("events.commitment_markers")


@cache
def _default_codings() -> dict[str, tuple[str, float]]:
    """Relation → (CAMEO code, Goldstein) of `data/relations.yaml`'s `default` (else its first root and its value)."""
    out = {}
    for row in load_yaml("relations.yaml")["relations"]:
        default = row.get("default") or {}
        out[row["id"]] = (str(default.get("cameo", row["cameo"][0])), float(default.get("goldstein", row["goldstein"])))
    return out


def relation_coding(relation: str, entry: Entry | None = None) -> tuple[str | None, float | None]:
    """The CAMEO code and Goldstein value of an event of `relation`: the lexicon entry's own when the entry is of
    that relation, else the relation's default (`data/relations.yaml`). A code rule that sets or rewrites a
    relation (intent → AGREE, ultimatum → THREATEN, failed agreement → REJECT) codes the triple through this, so
    the coding always belongs to the final relation."""
    if entry is not None and entry.relation == relation:
        return entry.cameo, entry.goldstein
    return _default_codings().get(relation, (None, None))


def _recode(c: Candidate, relation: str, mode: str) -> None:
    """Set a candidate's relation and mode, with the CAMEO code and Goldstein value that go with the relation."""
    c.relation, c.mode = relation, mode
    c.cameo, c.goldstein = relation_coding(relation, c.entry)


@dataclass
class Candidate:
    """A trigger with the lexicon entry it matched and what the chain rules made of it."""

    start: int
    end: int
    entry: Entry
    relation: str
    mode: str
    cameo: str | None
    goldstein: float | None
    rule: str
    search_from: int
    dropped: bool = False
    extra_preps: tuple[str, ...] = ()
    extra_object: bool = False  # the absorbed complement verb takes a bare object
    owner_target: Mention | None = None  # "rejected a US offer": the owner of the absorbed noun
    opposed_owner: Mention | None = None  # an owned act of force a governing verb opposes stays this owner's act
    rules: tuple[str, ...] = ()  # ids of the code rules that reshaped this candidate, in order

    def applied(self, rule_id: str) -> None:
        self.rules = (*self.rules, rule_id)


@dataclass
class DocContext:
    doc: Doc
    article: Article
    lexicon: Lexicon
    gazetteer: Gazetteer
    resolver: ActorResolver
    actors: DocActors
    extractor: str
    lang: str
    pack: LanguagePack
    parsed: bool
    entries: dict[str, Entry]
    speakers: dict[int, Actor] = field(default_factory=dict)  # token index → speaker of the quote it is in
    quote_start: dict[int, int] = field(default_factory=dict)  # token index → first token of its quote
    issuer: Mention | None = None  # the speaker of a press statement ("Statement by the Secretary of State")
    mentions: list[ModelMention] = field(default_factory=list)
    all_mentions: list[Mention] = field(default_factory=list)
    trigger_groups: list[list[Span]] = field(default_factory=list)
    actor_groups: list[list[Span]] = field(default_factory=list)  # `gb_actors` spans per sentence
    sentence_index: dict[int, int] = field(default_factory=dict)
    sentence_mentions: list[tuple[Span, list[Mention]]] = field(default_factory=list)  # for the learned scorer
    rule_triples: list[Triple] = field(default_factory=list)  # of the sentences read so far
    title_actors: list[Actor] = field(default_factory=list)  # named in a title kept apart from the text
    title: Span | None = None  # a title kept apart from the text, matched for actors only (its own Doc)
    document_titles: set[int] = field(default_factory=set)  # tokens of a document's name ("the Paris Agreement")
    penalty_reasons: set[int] = field(default_factory=set)  # tokens of a penalty's reason (`filter.cause-nouns`)
    # where (characters) owned acts of force a governing verb opposes start → owner id (`chain.governs-complement`)
    opposed_acts: dict[int, str] = field(default_factory=dict)

    @property
    def grammar(self) -> Grammar:
        return self.pack.grammar


class Markers:
    """The marker word sets of one lexicon, as frozen sets, built once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.negation = lexicon.marker("negation")
        self.conditional = lexicon.marker("conditional")
        self.preps = lexicon.marker("prepositions")
        self.coordinators = lexicon.marker("coordinators") | {","}
        self.relative = lexicon.marker("relative")
        self.locative = lexicon.marker("locative")
        self.directions = lexicon.marker("directions")
        self.speech = lexicon.marker("speech")
        self.complement = lexicon.marker("complement")
        self.charge = lexicon.marker("charge")
        self.topic = lexicon.marker("topic")
        self.passive_agent = lexicon.marker("passive_agent")
        self.clause = lexicon.marker("clause")
        self.participles = lexicon.marker("participles")
        self.irrealis = lexicon.marker("irrealis")
        self.ultimatum = lexicon.marker("ultimatum")
        self.determiners = lexicon.marker("determiners")
        self.predicative = lexicon.marker("predicative")  # "slammed as defamatory a US report"
        # adverbs between an addressee and the act asked of it ("menuntut Rusia segera menarik pasukannya"): the act
        # is still the addressee's, right after it (`chain.governs-complement`)
        self.verb_adverbs = lexicon.marker("verb_adverbs")
        self.statement = tuple(tuple(str(w).split()) for w in lexicon.markers.get("statement", []))
        self.joint = lexicon.marker("joint")
        # verbs an intent marker reaches through to its event: "will deepen bilateral cooperation with Y"
        self.intent_bridges = lexicon.marker("intent_bridges")
        # words opening the purpose of an act ("untuk", "guna"): an intent reaches it (`filter.intent-purpose`)
        self.purpose = lexicon.marker("purpose")
        # plan words after which two coordinated subjects' planned meeting is AGREE both ways
        self.pair_plans = lexicon.marker("pair_plans")
        # and those after which it is AGREE from the first named to the second only ("X and Y will hold talks")
        self.pair_plans_forward = lexicon.marker("pair_plans_forward")
        # the word coordinators that join verbs as well as names ("and", "dan")
        self.conjunctions = (frozenset(w for w in self.coordinators if w.isalpha()) & lexicon.marker(
            "name_connectors") - self.determiners) | lexicon.marker("verb_conjunctions")
        self.statement_first = frozenset(phrase[0] for phrase in self.statement)
        # and the words that end only the search for a target: a mediator's phrase ("sepakat … yang dimediasi Z": Z
        # is no party), a time clause ("menandatangani perjanjian saat Putin berkunjung")
        self.target_stops = (self.clause - self.complement - COMPLEMENTIZERS) | lexicon.marker("target_stops")
        # phrases naming what an act answers ("serangan itu sebagai balasan atas pembunuhan Y"): the actor after one
        # is the cause's, no target of the act before it
        self.cause_phrases = tuple(tuple(str(w).lower().split()) for w in lexicon.markers.get("cause_phrases", []))
        # a cost laid on someone ("akan membayar mahal", "will pay a heavy price"): the intent before it threatens
        self.cost_phrases = tuple(tuple(str(w).lower().split()) for w in lexicon.markers.get("cost_phrases", []))
        # tokens from a preposition to the actor its phrase names; where an event noun's owner follows the noun,
        # the noun phrase comes first and the reach is one longer: "atas uji coba rudal Korea Utara" (English:
        # "about Peru's missile tests")
        self.introducer_reach = 4 if pack_for(lexicon.lang).grammar.noun_then_owner else 3


_MARKERS: dict[int, Markers] = {}


def markers_of(lexicon: Lexicon) -> Markers:
    key = id(lexicon)
    if key not in _MARKERS:
        _MARKERS[key] = Markers(lexicon)
    return _MARKERS[key]


def document_triples(ctx: DocContext) -> tuple[list[Triple], list[ModelMention]]:
    """All triples of one document, and every actor mention found (for actor counts)."""
    doc = ctx.doc
    marks = markers_of(ctx.lexicon)
    doc.user_data["gb_text"] = ctx.article.text
    sentences = list(doc.sents)
    grouped = _by_sentence(sentences, doc_spans(doc, "gb_actors"))
    per_sentence = [ctx.resolver.mentions(sent, ctx.actors, spans) for sent, spans in zip(sentences, grouped,
                                                                                            strict=True)]
    for rule in RULES.ordered("mentions"):
        per_sentence = [rule.function(ctx, ms) for ms in per_sentence]
    ctx.actor_groups = grouped
    ctx.trigger_groups = _by_sentence(sentences, doc_spans(doc, "gb_triggers"))
    doc.user_data[EVENT_STARTS] = frozenset(span.start for span in doc_spans(doc, "gb_triggers")
                                            if getattr(ctx.entries.get(span.label_), "relation", None))  # fmt: skip
    ctx.sentence_index = {sent.start: i for i, sent in enumerate(sentences)}
    find_quotes(ctx, sentences, per_sentence, marks)
    ctx.issuer = statement_issuer(ctx, sentences, per_sentence, marks)
    ctx.all_mentions = [m for ms in per_sentence for m in ms]
    triples = ctx.rule_triples  # filled sentence by sentence: `_act_anaphors` reads the ones before
    mentions_out: list[ModelMention] = []
    for sent, mentions in zip(sentences, per_sentence, strict=True):
        mentions = add_pronouns(ctx, sent, mentions, marks)
        ctx.sentence_mentions.append((sent, mentions))
        for m in mentions:
            mentions_out.append(model_mention(doc, m))
        triples += sentence_triples(ctx, sent, mentions, marks)
    return triples, mentions_out


ORIGIN_WORDS = union_words("events.origin_words")  # "Russian-made"
ORIGIN_BEFORE = union_words("events.origin_before")  # "buatan Rusia"
BACKER_WORDS = union_words("events.backer_words")  # "Iran-backed"


@RULES.register("mentions.origin-modifier", "mentions")
def _drop_origin_modifiers(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A maker named in a product ("Russian-made missiles", "senjata buatan Rusia") is no actor of the sentence, nor
    a backer named in a group ("struck Iran-backed militias": the militias, not Iran, were struck). A state's role
    noun as the backer keeps the state's possessive, which owns the noun after it ("Sudan's army-backed government
    rejected …": the government is Sudan's; only "army" is the backer)."""
    words = low(ctx.doc)
    out = mentions
    for m in mentions:
        after = (m.end + 1 < len(words) and words[m.end] == "-"
                 and (words[m.end + 1] in ORIGIN_WORDS or words[m.end + 1] in BACKER_WORDS))  # fmt: skip
        if after or (m.start > 0 and words[m.start - 1] in ORIGIN_BEFORE):
            mark = next((k for k in range(m.start + 1, m.end - 1) if words[k] in POSSESSIVE_MARKS), None)
            kept = [replace(m, end=mark, kind="name")] if after and m.kind == "role" and mark is not None else []
            out = [y for x in out for y in ([x] if x is not m else kept)]
    return out


OPPOSITION_AFTER = union_words("events.opposition_after")  # "Belarusian opposition leader X"
OPPOSITION_BEFORE = union_words("events.opposition_before")  # "pemimpin oposisi Belarus X"
OPPOSITION_OBJECT_LINKS = union_words("events.opposition_object_links")  # "Russian opposition to the plan"


@RULES.register("mentions.opposition-modifier", "mentions")
def _drop_opposition_states(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A state named as the country of an opposition ("Belarusian opposition leader Sviatlana Tsikhanouskaya",
    "kelompok oposisi Suriah") is no actor of the sentence: the opposition is not the state, and its leader named
    after is the actor. A state voicing its opposition to something ("Russian opposition to the plan") stays."""
    words = low(ctx.doc)

    def modifier(m: Mention) -> bool:
        if m.actor.type != "Country" or m.kind == "role":
            return False
        if m.end + 1 < len(words) and words[m.end] in OPPOSITION_AFTER:
            return words[m.end + 1] not in OPPOSITION_OBJECT_LINKS
        return m.start > 0 and words[m.start - 1] in OPPOSITION_BEFORE and (
            m.end >= len(words) or words[m.end] not in OPPOSITION_OBJECT_LINKS)

    return [m for m in mentions if not modifier(m)]


WITNESS_BEFORE = union_words("events.witness_before")  # "with"
WITNESS_AS = union_words("events.witness_as")  # "as"
WITNESS_NOUNS = union_words("events.witness_nouns")  # "witness", "guarantor"
WITNESS_VERBS = union_words("events.witness_verbs")  # "witnessed" (by), "disaksikan"
WITNESS_PHRASES = [tuple(p.split()) for p in union_words("events.witness_phrases")]  # "with X looking on"


@RULES.register("mentions.witness-role", "mentions")
def _drop_witnesses(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """An actor named after "with" as a witness or guarantor ("signed a joint declaration on Friday, with President
    Donald Trump as witness", "with Trump looking on") took no part in the act: no party of the signing, no actor
    of the sentence. So do the actors listed after "witnessed by" ("in a ceremony witnessed by President X and
    Prime Minister Y"), and after a prefixed passive with its agent right after it ("yang disaksikan Presiden X")."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    agents = markers_of(ctx.lexicon).passive_agent

    def witnessed_by(m: Mention) -> bool:
        k = m.start - 1  # back over the titles, names and list marks of the list the mention is an item of
        while k > max(0, m.start - 16) and (texts[k][:1].isupper() or words[k] == "," or words[k] in PAIR_JOINERS):
            k -= 1
        if k >= 0 and words[k] in WITNESS_VERBS and ctx.grammar.passive_prefix:  # "disaksikan X"
            return True
        return k >= 1 and words[k] in agents and words[k - 1] in WITNESS_VERBS

    def looking_on(i: int) -> bool:  # "with President X looking on"
        return any(tuple(words[i : i + len(p)]) == p for p in WITNESS_PHRASES)

    def witness(m: Mention) -> bool:
        if witnessed_by(m):
            return True
        i = m.end
        if i < len(words) and looking_on(i):
            pass
        elif i >= len(words) or words[i] not in WITNESS_AS:
            return False
        else:
            i += 1
            while i < len(words) and words[i] in ARTICLES:
                i += 1
            if i >= len(words) or words[i] not in WITNESS_NOUNS:
                return False
        k = m.start - 1  # over a title or two written before the name ("with President Donald Trump")
        while k >= max(0, m.start - 3) and texts[k][:1].isupper() and words[k] not in WITNESS_BEFORE:
            k -= 1
        return k >= 0 and words[k] in WITNESS_BEFORE

    return [m for m in mentions if not witness(m)]


COUNTERPART_NOUNS = union_words("events.counterpart_nouns")  # "counterparts" of "his counterparts from A and B, X, Y"
COUNTERPART_LINKS = union_words("events.counterpart_links")  # "from", "of"


@RULES.register("mentions.counterparts-named", "mentions")
def _drop_named_counterparts_states(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """States listed after "counterparts from" with the counterparts named after a comma ("hosted his counterparts
    from Australia, India and Japan, Penny Wong, S. Jaishankar and Takeshi Iwaya"): the people named are the
    actors, the states only say where they come from (`events.counterpart_nouns`)."""
    if not COUNTERPART_NOUNS:
        return mentions
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        # the first state after the noun, or the role the noun and the state make ("counterparts from Australia")
        role = m.end - m.start > 2 and words[m.start] in COUNTERPART_NOUNS and words[m.start + 1] in COUNTERPART_LINKS
        if not role and (m.start < 2 or words[m.start - 1] not in COUNTERPART_LINKS
                         or words[m.start - 2] not in COUNTERPART_NOUNS):  # fmt: skip
            continue
        listed, k = [m], m.end
        while k + 1 < len(words) and words[k] in (",", "and"):
            j = k + 1 if not (words[k] == "," and words[k + 1] == "and") else k + 2
            nxt = by_start.get(j)
            if nxt is None or nxt.actor.type != "Country":
                break
            listed.append(nxt)
            k = nxt.end
        if k >= len(words) or words[k] != ",":
            continue
        j = k + 1
        while j < min(len(words), k + 5) and j not in by_start and texts[j][:1].isupper():
            j += 1  # over a title ("Foreign Minister Penny Wong")
        person = by_start.get(j)
        if person is not None and person.actor.type == "Person" and all(x.actor.type == "Country" for x in listed[1:]):
            dropped.update(x.start for x in listed if x.actor.type == "Country")
    return [m for m in mentions if m.start not in dropped] if dropped else mentions


MISSION_IDS = ("kbri",)  # gazetteer ids of a state's missions abroad, named with their post after them ("KBRI Beirut")


@RULES.register("mentions.mission-post", "mentions")
def _drop_mission_posts(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A capital or city right after a mission named so ("KBRI Beirut", "KJRI Jeddah") is the mission's post, no
    actor of the sentence: "KBRI Beirut berkoordinasi dengan otoritas Lebanon" is Indonesia's talks with Lebanon."""
    missions = {m.end for m in mentions if m.actor.id in MISSION_IDS or m.rule.startswith(tuple(
        f"gaz.{mission}." for mission in MISSION_IDS))}
    return [m for m in mentions if not (m.start in missions and m.rule.endswith(".metonym"))]


DOCUMENT_TITLES = union_words("events.document_titles")


@RULES.register("mentions.document-title", "mentions")
def _drop_document_title_places(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A city named in a document's title is the document's name, no actor: the title noun capitalised right
    before it ("Deklarasi Beijing", "Perjanjian Jeddah") or right after it ("the Beijing Declaration", "the Minsk
    Agreements"). "Hamas dan Fatah menandatangani Deklarasi Beijing" is no signing with China; a lower-case noun
    ("Beijing's agreement", "kesepakatan Beijing dengan Manila") or one opening the sentence keeps the state."""
    texts = tokens(ctx.doc).text

    def title(i: int) -> bool:  # capitalised where a sentence's first word would not be
        return (0 <= i < len(texts) and texts[i][:1].isupper() and texts[i].lower() in DOCUMENT_TITLES
                and not ctx.doc[i].is_sent_start)  # fmt: skip

    kept = []
    for m in mentions:
        noun = next((i for i in (m.start - 1, m.end) if title(i)), None) if m.kind == "metonym" else None
        if noun is None:
            kept.append(m)
        else:
            ctx.document_titles.update((noun, *range(m.start, m.end)))  # its title noun is no trigger either
    return kept


CLASS_NOUNS = union_words("events.class_nouns")  # "faksi Palestina lainnya": the class a state names
OTHERS_WORDS = union_words("events.others_words")  # "lainnya"


@RULES.register("mentions.class-of-others", "mentions")
def _drop_class_of_others(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A state naming a class of other actors is no actor ("bersama 12 faksi Palestina lainnya", "dan negara ASEAN
    lainnya": other factions or member states, not the state or the body)."""
    words = low(ctx.doc)
    return [m for m in mentions
            if not (m.start > 0 and m.end < len(words) and words[m.start - 1] in CLASS_NOUNS
                    and words[m.end] in OTHERS_WORDS and m.kind != "role")]  # fmt: skip


@RULES.register("mentions.government-of-leader", "mentions")
def _government_of_leader(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The government of a named leader is the leader's state ("pemerintah Presiden AS George W. Bush",
    "pemerintahan Kim Jong-un", "rezim Kim Jong-un", "the Bush administration", "the Maliki government", both names of
    "the Biden-Harris Administration"; "accused President Gustavo Petro's government of …", a charge's object)."""
    words = low(ctx.doc)
    starts = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        before = m.start > 0 and words[m.start - 1] in GOVERNMENT_OF
        # the government noun inside a role mention of the leader: "Pemerintahan Kim Jong-un"
        # (not "pemerintah Jepang, Yasuhisa Shiozaki": a name after a comma is an official of the government)
        # nor "juru bicara pemerintah Taliban Zabihullah Mujahid": a name after a government's aide title is the aide's
        before = before or (m.kind == "role" and m.end - m.start > 1 and words[m.start] in GOVERNMENT_OF
                            and "," not in words[m.start : m.end]
                            and not (m.start > 0 and words[m.start - 1] in GOVERNMENT_AIDE_TITLES))
        after = m.end < len(words) and words[m.end] in GOVERNMENT_AFTER
        joined = starts.get(m.end + 1) if m.end < len(words) and words[m.end] == "-" else None  # "Biden-Harris"
        after = after or (joined is not None and joined.end < len(words) and words[joined.end] in GOVERNMENT_AFTER)
        # "accusing President Gustavo Petro's government of …": a charge against a leader's government charges the
        # state (`resolve.charge_verbs`; "solidarity with Mugabe's government" stays the person's)
        owned = m.end + 1 < len(words) and words[m.end] in POSSESSIVE_MARKS and words[m.end + 1] in GOVERNMENT_AFTER
        after = after or (owned and m.start > 0 and words[m.start - 1] in CHARGE_VERBS)
        state = _state_mention(ctx, m) if (before or after) and m.actor.type == "Person" else None
        out.append(state or m)
    return out


GOVERNMENT_AIDE_TITLES = union_words("resolve.aide_titles")  # "juru bicara pemerintah X Y": Y is the spokesman
LEADER_APPOSITION_NOUNS = union_words("events.leader_apposition_nouns")  # "pemimpin RSF, Mohamed Hamdan Dagalo"


@RULES.register("mentions.leader-apposition", "mentions")
def _leader_apposition(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A leader noun before a body or a group and its state, with the leader named after a comma ("sanksi kepada
    pemimpin Pasukan Dukungan Cepat (RSF) Sudan, Mohamed Hamdan Dagalo"): the phrase is that person, not the body
    (`events.leader_apposition_nouns`)."""
    if not LEADER_APPOSITION_NOUNS:
        return mentions
    words = low(ctx.doc)
    ends = {m.end: m for m in mentions}
    replaced: dict[int, Mention] = {}
    for person in mentions:
        if person.actor.type != "Person" or person.start < 3 or words[person.start - 1] != ",":
            continue
        k, chain = person.start - 1, []
        while (m := ends.get(k)) is not None or (words[k - 1] in ("(", ")") and k - 1 > 0):
            if m is None:
                k -= 1
                continue
            chain.append(m)
            k = m.start
        if not chain or words[k - 1] not in LEADER_APPOSITION_NOUNS or any(m.actor.type == "Person" for m in chain):
            continue
        phrase = Mention(k - 1, chain[0].end, person.actor, person.kind, "mentions.leader-apposition", coref=True)
        for m in chain:
            replaced[m.start] = phrase
    if not replaced:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        phrase = replaced.get(m.start)
        if phrase is None:
            out.append(m)
        elif phrase not in out:
            out.append(phrase)
    return out


def low(doc: Doc) -> list[str]:
    """The lower-case form of every token, computed once per document (token objects are costly to make)."""
    return tokens(doc).lower


def _by_sentence(sentences: list[Span], spans: Any) -> list[list[Span]]:
    """Spans grouped by the sentence they lie in (both sorted by position): one pass, no quadratic filter."""
    groups: list[list[Span]] = [[] for _ in sentences]
    ordered = sorted(spans, key=lambda span: span.start)
    i = 0
    for span in ordered:
        while i < len(sentences) and span.start >= sentences[i].end:
            i += 1
        if i < len(sentences) and span.end <= sentences[i].end:
            groups[i].append(span)
    return groups


# -- quotes -------------------------------------------------------------------------------------------------


def find_quotes(ctx: DocContext, sentences: list[Span], per_sentence: list[list[Mention]], marks: Markers) -> None:
    """Quoted passages and their speaker: `"…," tulis Kim` / `"…," said Kim` / `Kim said: "…"`."""
    doc = ctx.doc
    all_mentions = sorted((m for ms in per_sentence for m in ms), key=lambda m: m.start)
    opened: int | None = None
    quotes: list[tuple[int, int]] = []
    for i, word in enumerate(low(doc)):  # quote marks and line breaks have no case: the lower-case forms will do
        if word not in QUOTE_CHARS:
            if "\n\n" in word and opened is not None:
                opened = None
            continue
        is_open = word in ("“", "``") or (word == '"' and opened is None)
        if is_open and opened is None:
            opened = i
        elif opened is not None:
            quotes.append((opened, i))
            opened = None
    for start, end in quotes:
        after = _speaker_after(doc, end, all_mentions, marks)
        speaker = after.actor if after else _speaker_before(doc, start, all_mentions, marks)
        for i in range(start, end + 1):
            ctx.quote_start[i] = start
            if speaker:
                ctx.speakers[i] = speaker


def _speaker_after(doc: Doc, end: int, mentions: list[Mention], marks: Markers) -> Mention | None:
    """The actor named right after token `end` with a speech verb near it (`"…," said X`, `…, Chile said`), or
    right after a longer speaker's name (`…, the Russian presidential administration said`)."""
    speaker = next((m for m in mentions if end < m.start <= end + 5), None)
    if speaker is None:
        return None
    window = doc[end + 1 : min(len(doc), max(end + 5, speaker.end + 3))]
    return speaker if any(t.lower_ in marks.speech for t in window) else None


def _speaker_before(doc: Doc, start: int, mentions: list[Mention], marks: Markers) -> Actor | None:
    window = doc[max(0, start - 4) : start]
    if not any(t.lower_ in marks.speech or t.text == ":" for t in window):
        return None
    for m in reversed(mentions):
        if start - 8 <= m.start < start:
            return m.actor
    return None


def add_pronouns(ctx: DocContext, sent: Span, mentions: list[Mention], marks: Markers) -> list[Mention]:
    """First-person pronouns inside an attributed quote; he/she opening a sentence → the subject of the sentence
    before, opening a clause → the last person named."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    extra = _pair_anaphors(ctx, sent, covered)
    if extra:  # "Kedua Menlu sepakat": the role word after the pair word is the two, not the one minister it names
        words = low(ctx.doc)
        mentions = [m for m in mentions if words[m.start] not in PAIR_REPLACES_ROLE
                    or not any(p.start < m.start and m.end <= p.end for p in extra)]  # fmt: skip
    extra += _group_anaphors(ctx, sent, mentions, covered, marks)
    if ctx.issuer is not None:
        extra += _issuer_offices(ctx, sent, covered)
    extra += _act_anaphors(ctx, sent, mentions, covered, marks)
    extra += _dispute_parties(ctx, sent, mentions, covered)
    extra += _protest_objects(ctx, sent, mentions, covered)
    extra += _vessel_anaphors(ctx, sent, mentions, covered, marks)
    extra += _vessel_crews(ctx, sent, mentions, covered)
    extra += _whose_state(ctx, sent, mentions, covered)
    extra += _speaker_forces(ctx, sent, mentions, covered, marks)
    doc, words, texts = ctx.doc, low(ctx.doc), tokens(ctx.doc).text  # token objects only where a pronoun is found
    speakers = ctx.speakers
    # only a pronoun or a token inside an attributed quote can become a mention
    for i in [i for i in range(sent.start, sent.end) if words[i] in _PRONOUNS or i in speakers]:
        if i in covered:
            continue
        lower = words[i]
        if ctx.issuer is not None and lower in ISSUER_PRONOUNS and i not in ctx.quote_start:
            mention = _issuer_pronoun(ctx, sent, doc[i], marks)
            if mention:
                extra.append(mention)
        elif ((i == sent.start or (i == sent.start + 1 and texts[sent.start] in QUOTE_CHARS)) and lower in OPENING_WE
              and (speaker := _unquoted_speaker(ctx, sent, marks))):
            # "Kami mendesak X …, katanya." (wire copy without quote marks), '"Kami …," tambahnya.': the one who said
            # it, the subject of the sentence before
            extra.append(Mention(i, i + 1, speaker, "pronoun", "coref.unquoted-speaker", True))
        elif i in ctx.speakers:
            mention = ctx.resolver.pronoun(i, lower, ctx.speakers[i])
            if mention and not (lower == "us" and texts[i] != "us"):
                extra.append(mention)
        elif (lower in PARTICIPLE_OBJECTS and i - 2 > sent.start and texts[i - 2] == ","
              and words[i - 1].endswith("ing") and (state := _participle_object(mentions, i)) is not None):
            extra.append(Mention(i, i + 1, state, "pronoun", "coref.object-pronoun", True))
        elif (lower in REQUEST_OBJECT_PRONOUNS and i - 2 > sent.start and i + 1 < sent.end
              and words[i + 1] in marks.complement and _request_verb_before(words, i)
              and (state := _participle_object(mentions, i)) is not None):
            # "condemned the killings by the RSF and called on it to protect civilians": the one asked
            extra.append(Mention(i, i + 1, state, "pronoun", "coref.object-pronoun", True))
        elif (lower in THIRD_PERSON and i - 2 > sent.start and words[i - 1] in COMPLEMENTIZERS
              and words[i - 2] in DEMAND_VERBS and (person := _object_person(ctx, sent, mentions, i, marks))):
            # "demanded that she retract them": the one asked, not the speaker who demands
            extra.append(Mention(i, i + 1, person, "pronoun", "coref.object-pronoun", True))
        elif lower in SPEAKER_PRONOUNS and i > sent.start and _after_speech(doc[i], marks):
            # "he", "dia" name a person or a state's unnamed official ("An Iranian diplomat … said he"), no body:
            # "Pompeo bertemu Ri di sela-sela Majelis Umum PBB dan mengatakan bahwa dia …" is Pompeo
            people = [m for m in mentions
                      if m.actor.type == "Person" or (m.kind == "role" and m.actor.type == "Country")]
            speaker = _speech_subject(sent, i, people if lower in THIRD_PERSON else mentions, marks)
            if speaker:
                extra.append(Mention(i, i + 1, speaker.actor, "pronoun", "coref.speaker-pronoun", True))
        elif lower in OBJECT_PRONOUNS | OBJECT_OR_OWNER and i > sent.start and _object_position(ctx, sent, i, marks):
            person = _object_person(ctx, sent, mentions, i, marks)
            if person is not None:
                extra.append(Mention(i, i + 1, person, "pronoun", "coref.object-pronoun", True))
        elif lower in PLURAL_OBJECTS and i > sent.start and _object_position(ctx, sent, i, marks):
            listed = sorted(mentions + [m for m in extra if m.rule in LIST_ANAPHOR_RULES], key=lambda m: m.start)
            extra += [Mention(i, i + 1, actor, "plural", "coref.plural-object", True)
                      for actor in _plural_object(ctx, sent, listed, i, marks)]
        elif (lower in OPENING_STATE_PRONOUNS and i == sent.start and _actor_verb_follows(words, i + 1, sent.end)
              and (opener := _previous_opener(ctx, marks)) is not None):
            # "The United States criticised … . It also accused Hamas of …": the state or body that opened the
            # sentence before, when an act only an actor does follows ("It will include …" is a thing)
            extra.append(Mention(i, i + 1, opener, "pronoun", "coref.opening-it", True))
        elif (lower in TIME_CLAUSE_PRONOUNS and i - 2 > sent.start and words[i - 1] in SUBJECTLESS_CLAUSE_WORDS
              and texts[i - 2] == "," and (person := _sentence_person_before(ctx, sent, i)) is not None):
            # "AS mencabut visa Presiden Kolombia Gustavo Petro, Jumat, setelah ia berorasi … dan menyerukan …": after
            # a comma and a time word, the person named last before it in this sentence (the main clause's person
            # subject, or the person the act was done to when the subject is a state)
            extra.append(Mention(i, i + 1, person, "pronoun", "coref.pronoun", True))
        elif lower in THIRD_PERSON and (i == sent.start or texts[i - 1] == ","):
            person = _previous_subject(ctx, marks) if i == sent.start else None
            person = person or _last_person_before(ctx, i)
            if person is not None:
                extra.append(Mention(i, i + 1, person, "pronoun", "coref.pronoun", True))
    extra += _participle_object_nouns(ctx, sent, mentions, covered)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


SPEAKER_FORCES_BEFORE = union_words("events.speaker_forces_before")  # "fired at", "attacked" right before "its"
SPEAKER_FORCES_OWNERS = union_words("events.speaker_forces_owners")  # "its", "their"
SPEAKER_FORCES_NOUNS = union_words("events.speaker_forces_nouns")  # "peacekeepers", "soldiers", "positions"


def _speaker_forces(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int],
                    marks: Markers) -> list[Mention]:  # fmt: skip
    """"UNIFIL said Israeli troops had fired at its peacekeepers": "its/their" with a forces noun right after an
    attack word (`events.speaker_forces_before`, `_owners`, `_nouns`) in a clause reported by a named speaker, with
    another actor between the speech verb and the pronoun (the clause's subject, who does not attack its own), is
    the speaker's (`coref.speaker-forces`)."""
    if not (SPEAKER_FORCES_BEFORE and SPEAKER_FORCES_OWNERS and SPEAKER_FORCES_NOUNS):
        return []
    words = low(ctx.doc)
    out = []
    for i in range(sent.start + 3, sent.end - 1):
        if (words[i] not in SPEAKER_FORCES_OWNERS or words[i + 1] not in SPEAKER_FORCES_NOUNS
                or words[i - 1] not in SPEAKER_FORCES_BEFORE or i in covered or i + 1 in covered):  # fmt: skip
            continue
        speaker = _speech_subject(sent, i, mentions, marks)
        if speaker is None:
            continue
        verb = next(j for j in range(i - 1, speaker.end - 1, -1) if words[j] in marks.speech
                    or words[j] in SPEECH_PARTICIPLES)  # fmt: skip
        if any(verb < m.start and m.end <= i and m.actor != speaker.actor for m in mentions):
            out.append(Mention(i, i + 2, speaker.actor, "description", "coref.speaker-forces", True))
    return out


WHOSE_STATE = [tuple(p.split()) for p in union_words("events.whose_state_phrases")]  # "whose country", "yang negaranya"


def _whose_state(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """"whose country", "yang negaranya" right after a person and a comma stand for the person's state (`coref.whose-
    state`): "Bashar al-Assad, whose country recently hosted talks between …" is Syria's hosting, not Assad's."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    out = []
    for m in mentions:
        at = m.end + 1
        if m.actor.type != "Person" or at >= sent.end or texts[m.end] != ",":
            continue
        phrase = next((p for p in WHOSE_STATE if tuple(words[at : at + len(p)]) == p), None)
        if phrase is None or at in covered:
            continue
        state = _state_mention(ctx, m)
        if state is not None:
            out.append(Mention(at, at + len(phrase), state.actor, "pronoun", "coref.whose-state", True))
    return out


VESSEL_NOUNS = union_words("events.vessel_nouns")  # "kapal"
VESSEL_DEMONSTRATIVES = union_words("events.vessel_demonstratives")  # "kapal itu / tersebut"
VESSEL_LOOKBACK = 2  # sentences before this one in which the vessel's state was named


def _vessel_anaphors(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int],
                     marks: Markers) -> list[Mention]:  # fmt: skip
    """"kapal itu / kapal tersebut" → the state of the one vessel named so in this sentence before it or the two
    sentences before ("mengusir kapal Penjaga Pantai China … meminta kapal itu keluar": China, `coref.vessel-
    definite`); none when vessels of two states were named. A state after a preposition says where the vessel was
    ("sebuah kapal di lepas pantai Venezuela"), not whose it is."""
    if not VESSEL_NOUNS:
        return []
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    heads = [i for i in range(sent.start, sent.end - 1) if words[i] in VESSEL_NOUNS
             and words[i + 1] in VESSEL_DEMONSTRATIVES and i not in covered and i + 1 not in covered]  # fmt: skip
    if not heads:
        return []
    earlier = [m for _s, ms in ctx.sentence_mentions[-VESSEL_LOOKBACK:] for m in ms]
    out = []
    for i in heads:
        states = set()
        for m in earlier + [m for m in mentions if m.end <= i]:
            k = m.start - 1
            while k >= max(0, m.start - 4) and texts[k][:1].isalpha() and words[k] not in VESSEL_NOUNS \
                    and words[k] not in marks.preps:  # fmt: skip
                k -= 1
            state = _as_state(ctx, m.actor)
            if k >= 0 and words[k] in VESSEL_NOUNS and state.type == "Country":
                states.add(state)
        if len(states) == 1:
            out.append(Mention(i, i + 2, next(iter(states)), "description", "coref.vessel-definite", True))
    return out


CREW_VESSELS = union_words("events.crew_vessels")  # "a Vietnamese fishing boat"
CREW_NOUNS = union_words("events.crew_nouns")  # "its crew"
CREW_OWNERS = union_words("events.crew_owners")  # "its", "the"
CREW_VESSEL_GAP = 3  # lower-case words between the vessel's state and the vessel noun ("Vietnamese fishing boat")


def _vessel_crews(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """"boarded a Vietnamese fishing boat and beat its crew": "its/the crew" (`events.crew_owners`,
    `events.crew_nouns`) is the state of the one vessel (`events.crew_vessels`) named so before it in the sentence
    (`coref.vessel-crew`); none when vessels of two states were named."""
    if not (CREW_VESSELS and CREW_NOUNS):
        return []
    words, table = low(ctx.doc), tokens(ctx.doc)
    heads = [i for i in range(sent.start, sent.end - 1) if words[i] in CREW_OWNERS and words[i + 1] in CREW_NOUNS
             and i not in covered and i + 1 not in covered]  # fmt: skip
    out = []
    for i in heads:
        states = set()
        for m in (m for m in mentions if sent.start <= m.start and m.end <= i):
            k = m.end
            while k < min(i, m.end + CREW_VESSEL_GAP) and table.is_lower[k] and words[k] not in CREW_VESSELS:
                k += 1
            state = _as_state(ctx, m.actor)
            if k < i and words[k] in CREW_VESSELS and state.type == "Country":
                states.add(state)
        if len(states) == 1:
            out.append(Mention(i, i + 2, next(iter(states)), "description", "coref.vessel-crew", True))
    return out


SUBJECT_LOOKBACK = 3  # sentences back to the last one naming a person


def _previous_subject(ctx: DocContext, marks: Markers) -> Actor | None:
    """For "he"/"she" opening a sentence: the first person of the nearest sentence before that names one, its
    likely subject ("Sullivan spoke with Ben Shabbat. He condemned …" is Sullivan): the first a verb follows,
    if any ("In a letter to Antonio Guterres, Ja wrote …" is Ja); a pronoun read so there carries its person on
    ("He also conveyed …")."""
    words, lower = low(ctx.doc), tokens(ctx.doc).is_lower
    for _sent, mentions in reversed(ctx.sentence_mentions[-SUBJECT_LOOKBACK:]):
        people = [m for m in mentions if m.actor.type == "Person"]
        if people:
            # a person a verb follows ("…, Antonio Guterres, Ja menulis": Ja), before one set off by commas
            acting = [m for m in people if m.end < len(words) and lower[m.end] and words[m.end] not in marks.preps]
            return (acting or people)[0].actor
    return None


OPENING_STATE_PRONOUNS = union_words("events.opening_state_pronouns")  # "It also accused …" opening a sentence
OPENING_IT_VERBS = union_words("events.opening_it_verbs")  # "It also accused …": acts of an actor, not of a thing
OPENING_IT_SKIPS = union_words("events.opening_it_skips")  # "It also / has / later …" before the verb


def _actor_verb_follows(words: list[str], at: int, end: int) -> bool:
    """Does a verb of `events.opening_it_verbs` follow, after words of `events.opening_it_skips` only?"""
    while at < end and words[at] in OPENING_IT_SKIPS:
        at += 1
    return at < end and words[at] in OPENING_IT_VERBS


def _previous_opener(ctx: DocContext, marks: Markers) -> Actor | None:
    """For "it" opening a sentence: the actor that opened the sentence right before, when it is a state, a body or
    a group, not a person, and no preposition or owner's mark stands right before it ("In a letter to Peru, …" is no
    opener). A sentence right before that names no actor is passed over ("Peru condemned … . The foreign ministry said
    … . It called on Chile …": the ministry is Peru's)."""
    if not ctx.sentence_mentions:
        return None
    words = low(ctx.doc)
    _sent, mentions = ctx.sentence_mentions[-1]
    if not mentions and len(ctx.sentence_mentions) > 1:
        _sent, mentions = ctx.sentence_mentions[-2]
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.actor.type == "Person" or first.kind == "pronoun":
        return None
    if first.start > 0 and words[first.start - 1] in marks.preps:
        return None
    if first.end < len(words) and words[first.end] in POSSESSIVE_MARKS:
        return None
    return first.actor


ACT_ANAPHOR_VERBS = union_words("events.act_anaphor_verbs")
ACT_ANAPHOR_NOUNS = union_words("events.act_anaphor_nouns")
ACT_ASSAULT_NOUNS = union_words("events.act_assault_nouns")  # their owner made the last attack
ACT_AID_NOUNS = union_words("events.act_aid_nouns")  # their owner gave the last aid
ACT_COERCE_NOUNS = union_words("events.act_coerce_nouns")  # their owner made the last detention or expulsion
ACT_DETERMINERS = union_words("events.act_determiners")  # before the noun: "condemned the attack"
ACT_DEMONSTRATIVES = union_words("events.act_demonstratives")  # after it: "mengecam tindakan itu"
ACT_INTENSIFIERS = union_words("events.act_intensifiers")
ACT_CONCERN_WORDS = union_words("events.act_concern_words")  # "expressed concern over the decision"
ACT_CONCERN_PREPS = union_words("events.act_concern_preps")
ACT_PACT_NOUNS = union_words("events.act_pact_nouns")  # a joint act: both its parties own it
ACT_MEETING_NOUNS = union_words("events.act_meeting_nouns")  # a meeting: its participants, people as people
ACT_CHARGE_NOUNS = union_words("events.act_charge_nouns")  # "dismissed the claims": the last accuser's
ACT_SANCTION_NOUNS = union_words("events.act_sanction_nouns")  # "opposed the unilateral sanctions"
ACT_POLICY_NOUNS = union_words("events.act_policy_nouns")  # "the move", "the decision": a step taken, no praise
PRAISE_VERBS = union_words("events.praise_verbs")  # "thanked", "praised": words, no move
ACT_REQUEST_NOUNS = union_words("events.act_request_nouns")  # "menolak seruan tersebut": the last requester's
ACT_MODIFIERS = 1  # lower-case words between the determiner and the act noun ("the unilateral sanctions")
PACT_RELATIONS = frozenset({"AGREE", "RETREAT", "CONCEDE", "COOPERATE"})  # a pact's event (or a symmetric entry's)
ACT_LOOKBACK = 3  # sentences back to the rule event an act noun names
ACT_CHARGE_LOOKBACK = 5  # for a charge noun: answered after the accuser's quotes ("rejected the accusations")
ACT_SPEECH_NOUNS = union_words("events.act_speech_nouns")  # "the remarks": the speaker's, not what they judged
FACTUAL_MODES = ("asserted", "reported")  # an act that took place (not one intended, threatened or asked for)
PLAN_MODES = (*FACTUAL_MODES, "intended")  # what a decision or a plan may name
PLAN_NOUNS = union_words("events.plan_nouns")  # "condemned the decision": an intended act too (`_recent_acts`)


JUDGED_ACT_RELATIONS = ("ACCUSE", "REJECT")  # an obligation entry's predicate that judges an act named before it


def _clause_end(doc: Doc, start: int, end: int) -> int:
    """The first contrast conjunction after a comma ("…, namun / tetapi …", `events.contrast_conjunctions`) or clause
    break from token `start` on (`end` if none): where the clause ends."""
    texts, words = tokens(doc).text, low(doc)
    return next((k for k in range(start, end) if texts[k] in CLAUSE_BREAKS
                 or (texts[k] == "," and k + 1 < end and words[k + 1] in CONTRAST_CONJUNCTIONS)), end)  # fmt: skip


CONTRAST_CONJUNCTIONS = union_words("events.contrast_conjunctions")  # "…, namun …", "…, but …"


ACT_JUDGEMENT_LINKS = union_words("events.act_judgement_links")  # "mengecam tindakan itu sebagai …"


def _named_in_judgement_only(ctx: DocContext, mentions: list[Mention], start: int, end: int) -> bool:
    """Are the actors named from `start` to `end` (places aside) all inside what the act is judged as, after a
    judgement link (`events.act_judgement_links`: "… sebagai pelanggaran resolusi Dewan Keamanan PBB")?"""
    words = low(ctx.doc)
    link = next((x for x in range(start, end) if words[x] in ACT_JUDGEMENT_LINKS), None)
    return link is not None and not any(start <= m.start < link and not _named_place(ctx, m) for m in mentions)


def _act_anaphors(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int],
                  marks: Markers) -> list[Mention]:  # fmt: skip
    """"Seoul mengecam tindakan itu", "Poland condemned the attack", "The US welcomed the agreement": an act named
    right after a verb that judges it (`events.act_anaphor_verbs`, or the verb of an `inside` entry: "called the
    launch an escalation"; `_nouns`) by a demonstrative after it (`act_demonstratives`) or a determiner before it
    (`act_determiners`) is an act of the sentences just before: its owners are the target (`coref.act-anaphor`).
    With a demonstrative and no actor named after the verb (places aside: "… melalui kedutaan di Beijing"), the
    owner is the sentence before's subject (its first actor a verb follows); else, and with a determiner unless an
    owner or a partner follows ("condemned the attack by Hamas", "welcomed the deal between A and B"), the
    owners of a recent rule event (`_act_owners`; both parties of a pact). After a speech verb the act is judged by
    the predicate right after it ("said (that) the sanctions were illegal": an ACCUSE `obligation` entry; "said the
    accusations were unfounded": a REJECT one)."""
    words = low(ctx.doc)
    out: list[Mention] = []
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    judging = {span.start for span in spans if ctx.entries[span.label_].inside}  # "called the launch an escalation"
    # "said the sanctions were illegal" (`en.accuse.judged-unlawful`): a judgement the speaker makes of the act;
    # "said the accusations were unfounded" (`en.reject.judged-unfounded`): a charge denied
    predicates = {span.start for span in spans if ctx.entries[span.label_].obligation
                  and ctx.entries[span.label_].relation in JUDGED_ACT_RELATIONS}  # fmt: skip
    for i in range(sent.start, sent.end - 2):
        speech = bool(predicates) and words[i] in marks.speech
        concern = words[i] in ACT_CONCERN_WORDS and words[i + 1] in ACT_CONCERN_PREPS  # "concern over the decision"
        if words[i] not in ACT_ANAPHOR_VERBS and i not in judging and not speech and not concern:
            continue
        j = i + 1 + (concern or words[i + 1] in ACT_INTENSIFIERS or (speech and words[i + 1] in COMPLEMENTIZERS))
        if j + 1 >= sent.end or j in covered or j + 1 in covered:
            continue
        if speech:
            noun = _act_noun_after(ctx, sent, j + 1, covered) if words[j] in ACT_DETERMINERS else None
            # "said the agreement was unacceptable": a pact judged is rejected, no accusation of its parties
            if noun is not None and noun + 1 in predicates and words[noun] not in ACT_PACT_NOUNS:
                out += _act_mentions(j, noun + 1, _act_owners(ctx, words[noun]))
            continue
        quoted = int(words[j + 1] in QUOTE_MARKS)  # "condemned the \"irrational provocation\"": a scare-quoted act
        if words[j] in ACT_DETERMINERS and (noun := _act_noun_after(ctx, sent, j + 1 + quoted, covered)) is not None:
            end, owners = noun + 1, [] if _owner_follows(ctx, sent, noun) else _act_owners(ctx, words[noun])
        elif words[j] in ACT_ANAPHOR_NOUNS and words[(k := _reduplicated_end(words, j, sent.end))] \
                in ACT_DEMONSTRATIVES:  # "mengecam sanksi-sanksi itu": a plural by reduplication, one noun
            clause_end = _clause_end(ctx.doc, k + 1, sent.end)  # "…, namun menegaskan warga Gaza …": another clause
            named_after = any(i < m.start < clause_end and not _named_place(ctx, m) for m in mentions)
            by_subject = not named_after and words[j] not in ACT_PACT_NOUNS
            subject = _earlier_subject(ctx, mentions, i) if by_subject else None
            owners = _act_owners(ctx, words[j]) if subject is not None and _other_owners_acted(ctx, words[j],
                                                                                                subject) else []
            end, owners = k + 1, owners or ([subject] if subject is not None else _act_owners(ctx, words[j]))
            if not owners and named_after and words[j] not in ACT_PACT_NOUNS and _named_in_judgement_only(
                    ctx, mentions, k + 1, clause_end):  # fmt: skip
                # "Jepang mengecam peluncuran itu sebagai pelanggaran resolusi Dewan Keamanan PBB": with no recent
                # event of its kind, the act is the sentence before's subject's, as with no actor named after it
                subject = _earlier_subject(ctx, mentions, i)
                owners = [subject] if subject is not None else []
        elif _patient_phrase_act(ctx, sent, mentions, j, covered):
            end, owners = j + 1, _act_owners(ctx, words[j])  # "mengecam penahanan para aktivis": the last detainer
        else:
            continue
        out += _act_mentions(j, end, owners)
    return (out + _judged_act_subject(ctx, sent, covered) + _passive_judged_act(ctx, sent, covered)
            + _passive_judged_act_inside(ctx, sent, covered))


def _patient_phrase_act(ctx: DocContext, sent: Span, mentions: list[Mention], j: int, covered: set[int]) -> bool:
    """Is the word at `j` a detention, arrest or expulsion noun (`events.act_coerce_nouns`) of a language whose head
    comes first, followed by the lower-case phrase of those it was done to and no actor before the clause ends
    ("Turki mengecam penahanan para aktivis dan …")? Then it names the last such act told before, as "the detention
    of the activists" does after "the" (`_owner_follows`, `events.act_patient_nouns`)."""
    words, table = low(ctx.doc), tokens(ctx.doc)
    if not ctx.grammar.noun_then_owner or words[j] not in ACT_COERCE_NOUNS or j + 1 >= sent.end:
        return False
    if j in covered or j + 1 in covered or not (table.is_lower[j + 1] and table.is_alpha[j + 1]):
        return False
    clause_end = _clause_end(ctx.doc, j + 1, sent.end)
    return not any(j < m.start < clause_end for m in mentions)


def _reduplicated_end(words: list[str], j: int, end: int) -> int:
    """The token after the noun at `j`, past its reduplication ("sanksi - sanksi", the Indonesian plural the
    tokenizer splits at the hyphen)."""
    if j + 3 < end and words[j + 1] == "-" and words[j + 2] == words[j]:
        return j + 3
    return j + 1


ACT_PASSIVE_VERBS = union_words("events.act_passive_verbs")  # "Keputusan itu disambut baik oleh …"


def _passive_judged_act(ctx: DocContext, sent: Span, covered: set[int]) -> list[Mention]:
    """"Keputusan itu disambut baik oleh pemerintah Indonesia dan Malaysia", "Langkah tersebut dikecam oleh Y": an act
    noun with a demonstrative opening the sentence, a passive judging verb right after it (`events.act_passive_verbs`),
    is the act of the sentence before's subject (`_earlier_subject`, as "menyambut baik keputusan itu"); the passive's
    agents judge it (`coref.act-anaphor`)."""
    words, start = low(ctx.doc), sent.start
    if (start + 2 >= sent.end or words[start] not in ACT_ANAPHOR_NOUNS or words[start] in ACT_PACT_NOUNS
            or words[start + 1] not in ACT_DEMONSTRATIVES or words[start + 2] not in ACT_PASSIVE_VERBS
            or start in covered or start + 1 in covered):  # fmt: skip
        return []
    owner = _earlier_subject(ctx, [], start)
    return _act_mentions(start, start + 2, [owner]) if owner is not None else []


def _passive_judged_act_inside(ctx: DocContext, sent: Span, covered: set[int]) -> list[Mention]:
    """A charge named again after a comma in the sentence that reports it (`events.act_charge_nouns`: "X menuduh Y …,
    tuduhan yang dibantah Z", "…, namun tuduhan itu dibantah Z"; a relative word or a demonstrative after the noun, a
    contrast conjunction before it, `events.contrast_conjunctions`, up to two adverbs before the verb,
    `events.judged_adverbs`: "…, tuduhan yang selalu dibantah Z"): the charge of the sentence's first actor, its
    opening subject, as `_passive_judged_act` reads "Tuduhan itu dibantah Z" in the next sentence. Other acts ("…,
    langkah yang dikecam Z") are left to the rules that read them."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    out: list[Mention] = []
    for i in range(sent.start + 2, sent.end - 2):
        comma = i - 1 - (words[i - 1] in CONTRAST_CONJUNCTIONS)
        verb = i + 2
        while verb < sent.end - 1 and verb - i < JUDGED_ADVERB_REACH and words[verb] in JUDGED_ADVERBS:
            verb += 1  # ", tuduhan yang selalu dibantah Kigali": an adverb before the passive verb
        if (texts[comma] != "," or words[i] not in ACT_CHARGE_NOUNS
                or words[i + 1] not in ACT_DEMONSTRATIVES | RELATIVE_OPENERS or words[verb] not in ACT_PASSIVE_VERBS
                or i in covered or i + 1 in covered):  # fmt: skip
            continue
        if verb > i + 2 and not _charge_before(ctx, sent, comma):
            continue  # past an adverb only after a charge told before the comma; else the noun is the charge
        first = next((m for m in ctx.all_mentions if sent.start <= m.start and m.end <= comma), None)
        if first is not None:
            out += _act_mentions(i, i + 2, [first.actor])
    return out


JUDGED_ADVERB_REACH = 4  # the noun, its relative word and up to two adverbs before the passive verb


def _charge_before(ctx: DocContext, sent: Span, comma: int) -> bool:
    """Does an accusation's trigger start in the sentence before token `comma` ("Kinshasa menuduh Rwanda …, tuduhan
    yang selalu dibantah Kigali"; not "NATO menyebut China sebagai pendukung …, tuduhan yang langsung ditolak
    Beijing", where the noun itself tells the charge)?"""
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    return any(s.start < comma and getattr(ctx.entries.get(s.label_), "relation", None) == "ACCUSE" for s in spans)


MEDIATION_WORDS = union_words("events.mediation_words")  # "offered to mediate": between the parties named before
DISPUTE_RELATIONS = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "MOBILIZE", "SANCTION", "REJECT"})


def _dispute_parties(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """"Peru and Bolivia clashed again. Chile offered to mediate": a mediation word (`events.mediation_words`) with
    no actor named after it in its sentence is between the two actors of the latest dispute of the sentences before
    (the first conflict event of the latest sentence with one, `ACT_LOOKBACK`): each is a mention over the word
    (`coref.dispute-parties`), unless one of them is named before it (a party's own offer)."""
    words = low(ctx.doc)
    at = next((i for i in range(sent.start, sent.end) if words[i] in MEDIATION_WORDS and i not in covered), None)
    if at is None or any(m.start > at for m in mentions) or not ctx.sentence_mentions:
        return []
    since = ctx.sentence_mentions[-ACT_LOOKBACK:][0][0].start_char
    disputes = [t for t in ctx.rule_triples if (t.sentence_start or 0) >= since and not t.negated
                and t.relation in DISPUTE_RELATIONS]  # fmt: skip
    if not disputes:
        return []
    first = _first_of_latest(disputes)
    parties = list({a.id: a for a in (first.source.actor, first.target.actor)}.values())
    if len(parties) != 2 or any(m.actor.id in {p.id for p in parties} for m in mentions if m.start < at):
        return []
    return [Mention(at, at + 1, actor, "plural", "coref.dispute-parties", True) for actor in parties]


OBJECTLESS_REACTIONS = union_words("events.objectless_reactions")  # "Tokyo lodged a protest": of the act told before
PROTEST_OBJECT_RULE = "coref.protest-previous-subject"
PROTESTER_REACH = 1  # words between the protester and its protest ("Japan lodged", "China formally protested")


def _protest_objects(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """A protest with no object named after it (an entry of `events.objectless_reactions`: "Chinese coast guard ships
    entered waters near the Senkaku Islands. Tokyo lodged a protest.") protests the act of the sentence before: its
    subject (`_previous_actor_subject`) is named by the protest's last word, when the sentence's one actor makes the
    protest right after its name and is of another side (`roles.protest-previous-subject`)."""
    out: list[Mention] = []
    for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]:
        if span.label_ not in OBJECTLESS_REACTIONS or span.end - 1 in covered:
            continue
        before = [m for m in mentions if m.end <= span.start]
        if not before or any(m.start >= span.end for m in mentions):
            continue  # no protester, or an object named after the protest
        if len({m.actor.id for m in before}) > 1 or span.start - before[-1].end > PROTESTER_REACH:
            continue  # the protest made by the sentence's one actor, right before it ("Tokyo lodged a protest")
        subject = _previous_actor_subject(ctx)
        if subject is None or any(self_loop(m.actor, subject) or _same_state(m.actor, subject) for m in before):
            continue
        out.append(Mention(span.end - 1, span.end, subject, "pronoun", PROTEST_OBJECT_RULE, True))
    return out


def _same_state(a: Actor, b: Actor) -> bool:
    return (a.state or a.id) == (b.state or b.id)


def _act_mentions(start: int, end: int, owners: list[Actor]) -> list[Mention]:
    """The mentions of an act's owners over the words naming it (`coref.act-anaphor`): several (a pact's parties)
    are plural, each of them a target (`_expand_right`)."""
    kind = "plural" if len(owners) > 1 else "pronoun"
    return [Mention(start, end, actor, kind, "coref.act-anaphor", True) for actor in owners]


RECEIVED_REACH = 4  # tokens from the act noun to the trigger of a reaction it drew


def _judged_act_subject(ctx: DocContext, sent: Span, covered: set[int]) -> list[Mention]:
    """"The visit drew criticism from Ukraine": an act named by a determiner and an act noun opening the sentence,
    with a reaction it received right after it (an entry with `received`: `en.accuse.drew-condemnation`), is an act
    of the sentences before; its owners (`_act_owners`) are that reaction's target (`coref.act-anaphor`). So is an act
    noun opening the sentence with a demonstrative after it (`events.act_demonstratives`: "Serangan itu menuai
    kecaman dari Qatar", `id.accuse.tuai-kecaman`)."""
    words, start = low(ctx.doc), sent.start
    if words[start] in ACT_ANAPHOR_NOUNS and start not in covered:
        after = _reduplicated_end(words, start, sent.end)
        noun = start if after < sent.end and words[after] in ACT_DEMONSTRATIVES and after not in covered else None
    elif words[start] in ACT_DETERMINERS:
        noun = _act_noun_after(ctx, sent, start + 1, covered)
    else:
        noun = None
    if noun is None:
        return []
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    if not any(noun < span.start <= noun + RECEIVED_REACH and ctx.entries[span.label_].received for span in spans):
        return []
    return _act_mentions(start, noun + 1, [] if _owner_follows(ctx, sent, noun) else _act_owners(ctx, words[noun]))


PHRASE_INDEFINITES = union_words("resolve.indefinites")  # "a", "an": open a noun phrase of their own


def _owner_follows(ctx: DocContext, sent: Span, noun: int) -> bool:
    """Does an owner or a partner follow the act noun within three words, before any punctuation ("the attack by
    Hamas", "the decision this evening by Visa", "the deal between A and B"; not past an indefinite article: "called
    the strikes an act of war")? The act is named there, not before."""
    words, punct = low(ctx.doc), tokens(ctx.doc).is_punct
    patient = words[noun] in ACT_PATIENT_NOUNS  # "the release of the two men": "of" names the released, no owner
    for i in range(noun + 1, min(sent.end, noun + 4)):
        if punct[i] or words[i] in PHRASE_INDEFINITES:
            return False  # "called the strikes an act of war": "an" opens another noun phrase, "of" is not the act's
        if (words[i] in OWNER_LINKS and not (patient and words[i] in ACT_PATIENT_LINKS)) or words[i] in PARTNERS:
            return True
    return False


ACT_PATIENT_NOUNS = union_words("events.act_patient_nouns")  # "demanded the release of …": "of" names the released
ACT_PATIENT_LINKS = union_words("events.act_patient_links")


def _act_noun_after(ctx: DocContext, sent: Span, at: int, covered: set[int]) -> int | None:
    """The act noun at `at` or after at most `ACT_MODIFIERS` lower-case words no actor covers ("the unilateral
    sanctions"), if any."""
    words, table = low(ctx.doc), tokens(ctx.doc)
    for i in range(at, min(sent.end, at + ACT_MODIFIERS + 1)):
        if i in covered:
            return None
        if words[i] in ACT_ANAPHOR_NOUNS:
            return i
        if not (table.is_lower[i] and table.is_alpha[i]):
            return None
    return None


def _act_owners(ctx: DocContext, noun: str) -> list[Actor]:
    """The owners of an act named by `noun`, from the rule events that took place in the `ACT_LOOKBACK` sentences
    before (attacks, for an attack noun; agreements, ceasefires, exchanges for a pact noun): both parties of the first
    such event of the latest sentence with one, for a pact (people as their states); else the sentence before's
    subject if it is the source of one, or the sources of that first event (the targets, when that event judged an
    act: "X mengecam keputusan Y"; not for a charge or a speech noun: "the remarks" are the judge's); none without
    such an event, except for a speech noun: the sentence before's speaker ("Trump said … Venezuela condemned the
    remarks")."""
    if not ctx.sentence_mentions:
        return []
    pact = noun in ACT_PACT_NOUNS
    fitting = _recent_acts(ctx, noun, ACT_CHARGE_LOOKBACK if noun in ACT_CHARGE_NOUNS else ACT_LOOKBACK)
    if not fitting:
        speaker = _previous_speaker(ctx) if noun in ACT_SPEECH_NOUNS else None
        return [speaker] if speaker is not None else []
    first = _first_of_latest(fitting)
    if pact:  # a pact binds the states its signers lead ("Putin and Kim signed … Seoul condemned the pact")
        # a meeting is its participants' own ("Trump met Sharaa. Mohammed bin Salman hosted the meeting")
        met = noun in ACT_MEETING_NOUNS and first.relation == "CONSULT"
        parties = ((first.source.actor, first.target.actor) if met
                   else (_as_state(ctx, first.source.actor), _as_state(ctx, first.target.actor)))
        return list({a.id: a for a in parties}.values())
    subject = _previous_actor_subject(ctx)
    # the sentence before's subject's act, if it made one; every source of the event ("Britain and the United States
    # unveiled new sanctions"); an act told by the noun's own verb before all ("jailed Venezuelans deported by the
    # United States … condemned the deportations": the deporter's)
    named = [t for t in fitting if _same_root(t.trigger.text, noun)]
    event = _first_of_latest(named) if named else next(
        (t for t in fitting if subject is not None and t.source.actor.id == subject.id), first)
    same = [t for t in fitting if t.sentence_start == event.sentence_start and t.trigger.start == event.trigger.start]
    judged_again = noun not in ACT_CHARGE_NOUNS and noun not in ACT_SPEECH_NOUNS
    if judged_again and event.trigger.text.lower() in ACT_ANAPHOR_VERBS:
        # a judgement of an act ("Erdan mengecam hasil pemungutan suara Majelis Umum"): the act judged again now
        # ("Retno menyambut baik keputusan tersebut") is that act, its owner the judgement's target
        return list({t.target.actor.id: t.target.actor for t in same}.values())
    return list({t.source.actor.id: t.source.actor for t in same}.values())


SAME_ROOT = 6  # letters an act noun and its verb share ("deportations", "deported"; "detention", "detained" differ)


def _same_root(trigger: str, noun: str) -> bool:
    """Does a word of the trigger begin with the act noun's first `SAME_ROOT` letters (the noun's own verb)?"""
    return len(noun) > SAME_ROOT and any(word.startswith(noun[:SAME_ROOT]) for word in trigger.lower().split())


def _first_of_latest(events: list[Triple]) -> Triple:
    """The first event (by trigger) of the latest sentence among `events` (in text order): its main clause, not the
    older act after "in retaliation for"."""
    latest = [t for t in events if t.sentence_start == events[-1].sentence_start]
    return min(latest, key=lambda t: t.trigger.start)


def _act_of_kind(ctx: DocContext, triple: Triple, noun: str) -> bool:
    """Is the rule event one `noun` may name: an attack for an attack noun, an accusation for a charge noun ("the
    claims"), sanctions for a sanction noun, a detention, seizure or expulsion for such a noun, aid for an aid noun, a
    request for a request noun ("menolak seruan tersebut");
    an agreement, a ceasefire or an exchange (or any joint act, of a symmetric entry: "signed a trade pact") for a
    pact noun; any event for another noun?"""
    if noun in ACT_PACT_NOUNS:
        entry = ctx.entries.get(triple.trigger.rule)
        return triple.relation in PACT_RELATIONS or (entry is not None and entry.symmetric)
    if noun in ACT_POLICY_NOUNS and not PRAISE_VERBS.isdisjoint(triple.trigger.text.lower().split()):
        return False  # "Kurti thanked the EU. Vucic criticised the move": a thanks is no move, the EU's step is
    relations = _noun_relations(noun)
    return relations is None or triple.relation in relations


def _noun_relations(noun: str) -> tuple[str, ...] | None:
    """The relations of the events an act noun of one kind may name (an attack, a charge, …); None for another noun."""
    kinds = ((ACT_ASSAULT_NOUNS, ("ASSAULT",)), (ACT_CHARGE_NOUNS, ("ACCUSE",)), (ACT_SANCTION_NOUNS, ("SANCTION",)),
             (ACT_COERCE_NOUNS, ("COERCE", "SANCTION")), (ACT_AID_NOUNS, ("AID",)),  # "bantuan tersebut": the giver's
             (ACT_REQUEST_NOUNS, ("REQUEST",)))  # "seruan tersebut": the one who urged
    return next((relations for nouns, relations in kinds if noun in nouns), None)


def _recent_acts(ctx: DocContext, noun: str, lookback: int) -> list[Triple]:
    """The factual, unnegated rule events of the `lookback` sentences before that `noun` may name (`_act_of_kind`);
    for a noun of a decision or a plan (`events.plan_nouns`), intended ones too ("Chile said it would recognise
    Palestine. Peru condemned the decision": the decision is Chile's)."""
    since = ctx.sentence_mentions[-lookback:][0][0].start_char
    modes = PLAN_MODES if noun in PLAN_NOUNS else FACTUAL_MODES
    return [t for t in ctx.rule_triples if (t.sentence_start or 0) >= since and not t.negated
            and t.mode in modes and _act_of_kind(ctx, t, noun)]  # fmt: skip


def _other_owners_acted(ctx: DocContext, noun: str, subject: Actor) -> bool:
    """Did the sentence before's subject make no act of the noun's kind there, while another actor made one in the
    sentences before ("Iran meluncurkan rudal ke Israel. AS dan Inggris membantu Israel menembak jatuh proyektil itu.
    Guterres mengecam serangan itu": Iran's attack, not the helpers')? Then the act's owners are that event's. Only
    for a noun of one kind (an attack, a charge, sanctions, a seizure, aid, a request): "tawaran tersebut", "langkah
    itu" may name any act of the subject's, whatever relation the rules gave it."""
    kinded = (ACT_ASSAULT_NOUNS, ACT_CHARGE_NOUNS, ACT_SANCTION_NOUNS, ACT_COERCE_NOUNS, ACT_AID_NOUNS,
              ACT_REQUEST_NOUNS)
    if not ctx.sentence_mentions or not any(noun in nouns for nouns in kinded):
        return False
    last = ctx.sentence_mentions[-1][0].start_char
    fitting = _recent_acts(ctx, noun, ACT_LOOKBACK)
    own = any(t.source.actor.id == subject.id and (t.sentence_start or 0) >= last for t in fitting) or (
        _targetless_act_of(ctx, noun, subject))
    return not own and any(t.source.actor.id != subject.id for t in fitting)


def _targetless_act_of(ctx: DocContext, noun: str, subject: Actor) -> bool:
    """Did the sentence before's subject use a trigger of the noun's kind right after its name, though no actor was
    its target ("Washington menuduh kapal itu mengangkut narkoba. Venezuela membantah tuduhan tersebut": the charge is
    the US's, made against a vessel, not an earlier accuser's)? (`_other_owners_acted`)"""
    relations = _noun_relations(noun)
    sent, mentions = ctx.sentence_mentions[-1]
    ends = {m.end for m in mentions if m.actor.id == subject.id}
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    return relations is not None and any(span.start in ends and ctx.entries[span.label_].relation in relations
                                         for span in spans)  # fmt: skip


def _earlier_subject(ctx: DocContext, mentions: list[Mention], verb: int) -> Actor | None:
    """The owner of an act named with a demonstrative ("mengecam peluncuran tersebut"): the sentence before's subject
    (`_previous_actor_subject`), or, when that is the judge itself (the judge named in the sentence before: "Peluncuran
    itu terjadi sehari setelah Seoul dan Washington …. Korea Selatan mengecam peluncuran tersebut"), the subject of
    the sentence before that one (within `ACT_LOOKBACK`). A sentence that opens with the act named again ("Peluncuran
    itu terjadi sepekan sebelum KTT APEC") tells of the act, not of its owner: the one before it is read."""
    judge = next((m.actor for m in reversed(mentions) if m.end <= verb), None)
    words = low(ctx.doc)
    for back in range(1, ACT_LOOKBACK + 1):
        if len(ctx.sentence_mentions) >= back and _opens_with_act(words, ctx.sentence_mentions[-back][0]):
            continue
        subject = _previous_actor_subject(ctx, back)
        # the judge itself, or the state a judging person serves ("Menteri Luar Negeri Serbia menyebut keputusan itu
        # …" after "Pengusiran diplomat Serbia oleh Kroasia …": Serbia is no owner of the act its minister judges)
        if subject is None or judge is None or subject.id not in {
                judge.id, judge.country if judge.type == "Person" else None}:  # an armed group is its own party
            return subject
    return None


def _opens_with_act(words: list[str], sent: Span) -> bool:
    """Does the sentence open with an act noun and a demonstrative ("Peluncuran itu …", "Serangan tersebut …")?"""
    return (sent.start + 1 < sent.end and words[sent.start] in ACT_ANAPHOR_NOUNS
            and words[sent.start + 1] in ACT_DEMONSTRATIVES)  # fmt: skip


def _previous_actor_subject(ctx: DocContext, back: int = 1) -> Actor | None:
    """The first actor of the sentence before (`back` sentences before) that a verb follows (its likely subject), if
    that sentence names one."""
    if len(ctx.sentence_mentions) < back:
        return None
    _sent, mentions = ctx.sentence_mentions[-back]
    words, lower, alpha = low(ctx.doc), tokens(ctx.doc).is_lower, tokens(ctx.doc).is_alpha

    def verb_after(m: Mention) -> bool:  # past its bracketed short form: "Mahkamah Internasional (ICJ) memerintahkan"
        at = m.end + 1 if m.end < len(words) and words[m.end] == ")" else m.end
        return at < len(words) and lower[at] and alpha[at]

    # a personal pronoun ("Ia mengusulkan …") is a subject; an act anaphor's owners are not
    acting = [m for m in mentions if (m.kind != "pronoun" or m.rule == "coref.pronoun") and verb_after(m)]
    return acting[0].actor if acting else None


def _previous_speaker(ctx: DocContext) -> Actor | None:
    """The actor of the sentence before that a speech verb follows right away ("Trump said …"), if it is that
    sentence's subject (`_previous_actor_subject`)."""
    subject = _previous_actor_subject(ctx)
    if subject is None:
        return None
    _sent, mentions = ctx.sentence_mentions[-1]
    words, speech = low(ctx.doc), markers_of(ctx.lexicon).speech
    first = next(m for m in mentions if m.actor.id == subject.id)
    return subject if first.end < len(words) and words[first.end] in speech else None


OBJECT_PRONOUNS = union_words("events.object_pronouns")  # "urged him to": always an object
OBJECT_OR_OWNER = union_words("events.object_or_owner_pronouns")  # "her": an object ("thanked her for") or an owner
OBJECT_FOLLOWERS = union_words("events.object_followers")  # after "her" as an object, not an owner ("her visit")


PARTICIPLE_OBJECTS = union_words("events.participle_object_pronouns")  # "…, accusing it of …"


REQUEST_OBJECT_PRONOUNS = union_words("events.request_object_pronouns")  # "… and called on it to …"
REQUEST_PRONOUN_VERBS = union_words("events.request_pronoun_verbs")  # the verbs (one or two words) before it


def _request_verb_before(words: list[str], i: int) -> bool:
    """Is the word before `i`, or the two words before it, a verb of asking (`events.request_pronoun_verbs`: "urged",
    "called on")?"""
    return words[i - 1] in REQUEST_PRONOUN_VERBS or f"{words[i - 2]} {words[i - 1]}" in REQUEST_PRONOUN_VERBS


def _participle_object(mentions: list[Mention], i: int) -> Actor | None:
    """The state or body "it" stands for right after a participle that opens a clause ("Chile cut ties with Peru,
    accusing it of arming rebels"): the last one the clause before names after its subject, none when it names
    only its subject."""
    here = [m for m in mentions if m.end <= i and m.kind != "pronoun"]
    later = [m for m in here[1:] if m.actor.type != "Person" and m.actor != here[0].actor]
    return later[-1].actor if later else None


PARTICIPLE_OBJECT_NOUNS = union_words("events.participle_object_nouns")  # "…, accusing the Gulf state of …"


def _participle_object_nouns(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """"the Gulf state", "the neighbouring country" right after a participle that opens a clause ("Sudan cut ties
    with the UAE, accusing the Gulf state of arming …"): the state `_participle_object` finds, as "it" there."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    out = []
    for i in range(sent.start + 2, sent.end - 1):
        if words[i] != "the" or texts[i - 2] != "," or not words[i - 1].endswith("ing") or i in covered:
            continue
        noun = next((k for k in range(i + 1, min(i + 4, sent.end)) if words[k] in PARTICIPLE_OBJECT_NOUNS), None)
        if noun is None or any(k in covered for k in range(i, noun + 1)):
            continue
        state = _participle_object(mentions, i)
        if state is not None:
            out.append(Mention(i, noun + 1, state, "pronoun", "coref.object-pronoun", True))
    return out


def _object_position(ctx: DocContext, sent: Span, i: int, marks: Markers) -> bool:
    """Is the pronoun at `i` an object ("pressed him to …", "congratulated her on …"), not an owner ("her
    counterpart")? One that can also be an owner is an object only before a word the pack lists (to, for, on, …)
    or a punctuation mark. Not after "to" and a verb: the purpose of a meeting ("called Y to congratulate him")
    is read by `roles.purpose-of-meeting`."""
    words = low(ctx.doc)
    if i - 2 >= sent.start and words[i - 2] in marks.complement:
        return False  # "spoke with Y to congratulate him": the meeting's purpose already takes its partner
    if words[i] in OBJECT_PRONOUNS or i + 1 >= sent.end:
        return True
    return words[i + 1] in OBJECT_FOLLOWERS or bool(tokens(ctx.doc).is_punct[i + 1])


def _plural_object(ctx: DocContext, sent: Span, mentions: list[Mention], i: int, marks: Markers) -> list[Actor]:
    """The actors a plural object pronoun stands for ("congratulated Armenia and Azerbaijan … and urged them to
    sign it"): the last list of two or more people, else of states, this sentence names before it after its first
    mention (the subject's); none when no such list is named."""
    before = [m for m in mentions if sent.start <= m.start and m.end <= i and m.kind != "pronoun"]
    if len(before) < 3:
        return []
    words = low(ctx.doc)
    # no list of places ("their help in Iraq and Afghanistan"): a list opened by a preposition is left out
    later = [m for m in before if m.start > before[0].start]
    found = _last_list(ctx, later, False, None, marks) or _last_list(ctx, later, True, None, marks)
    first = next((m for m in later if m.actor in found or _as_state(ctx, m.actor) in found), None)
    # a pair or group anaphor names parties, never places: "…, which has close ties with both countries, urged them"
    anaphor = first is not None and first.rule in LIST_ANAPHOR_RULES
    if first is None or (words[first.start - 1] in marks.preps and words[first.start - 1] not in PARTNERS
                         and not anaphor):  # fmt: skip
        return []
    return found


LIST_ANAPHOR_RULES = ("coref.pair", "coref.group")  # "both countries", "the three states": parties, no places


def _object_person(ctx: DocContext, sent: Span, mentions: list[Mention], i: int, marks: Markers) -> Actor | None:
    """The person an object pronoun stands for: the last person named before it, in this sentence or the one
    before, who is not the subject ("Macron hosted Xi, pressing him to …" is Xi; "Sullivan spoke with Aurescu.
    He congratulated him on …" is Aurescu). The subject is the first person this sentence names before the
    pronoun when it names no other actor before that person, or for a sentence opened by "he"/"she" the subject of
    the sentence before; nor is it the actor right before the pronoun's verb ("…, with Katz accusing him"). When
    this sentence names only its subject before the pronoun, it is the first person of the sentence before, when that
    is not the subject ("Zelensky met Trump and Vance. Trump accused him …" is Zelensky)."""
    here = [m.actor for m in mentions if m.start < i and m.kind != "pronoun"]
    subject = here[0] if here and here[0].type == "Person" else None  # a state opening it is no person
    if subject is None and low(ctx.doc)[sent.start] in THIRD_PERSON:
        subject = _previous_subject(ctx, marks)
    # nor the subject of the pronoun's own verb ("…, with Katz accusing him of …": him is not Katz)
    own = next((m.actor for m in mentions if m.end == i - 1 and m.kind != "pronoun"), None)
    earliest = ctx.sentence_mentions[-1][0].start if ctx.sentence_mentions else sent.start
    if subject is not None and here == [subject] and ctx.sentence_mentions:
        # "Zelensky left after a heated exchange with Trump and Vance. Trump accused him of …": a sentence naming
        # only its subject before the pronoun points back to the subject of the sentence before
        before = [m for m in ctx.sentence_mentions[-1][1] if m.actor.type == "Person" and m.kind != "pronoun"]
        if before and before[0].actor not in (subject, own):
            return before[0].actor
    for m in reversed(ctx.all_mentions):
        if (earliest <= m.start < i and m.actor.type == "Person" and m.kind != "pronoun"
                and m.actor not in (subject, own)):  # fmt: skip
            return m.actor
    return None


def _sentence_person_before(ctx: DocContext, sent: Span, i: int) -> Actor | None:
    """The last person named in the sentence before token `i`, if any (`_last_person_before` within the sentence)."""
    for m in reversed(ctx.all_mentions):
        if sent.start <= m.start < i and m.actor.type == "Person" and m.kind != "pronoun":
            return m.actor
    return None


def _last_person_before(ctx: DocContext, i: int) -> Actor | None:
    """The last person named before token `i` (every sentence's actors are resolved before pronouns are read,
    so the resolver's own `last_person` is the document's last, often named after the pronoun)."""
    for m in reversed(ctx.all_mentions):
        if m.start < i and m.actor.type == "Person" and m.kind != "pronoun":
            return m.actor
    return None


# -- press statements ----------------------------------------------------------------------------------------

ISSUER_PRONOUNS = union_words("events.issuer_pronouns")
OPENING_WE = union_words("events.unquoted_we")  # "Kami …, katanya." (wire copy without quote marks)
ISSUER_SINGULAR = union_words("events.issuer_singular")
HEADER_SENTENCES = 4
HEADER_TOKENS = 80
SPEAKER_LINKS = union_words("events.speaker_links")
OPENING_WORDS = union_words("events.opening_words")
# the words `add_pronouns` reads
PLURAL_OBJECTS = union_words("events.plural_object_pronouns")  # "urged them to": the list named before
_PRONOUNS = (ISSUER_PRONOUNS | SPEAKER_PRONOUNS | THIRD_PERSON | OBJECT_PRONOUNS | OBJECT_OR_OWNER | PLURAL_OBJECTS
             | OPENING_STATE_PRONOUNS | REQUEST_OBJECT_PRONOUNS)


def statement_issuer(ctx: DocContext, sentences: list[Span], per_sentence: list[list[Mention]],
                     marks: Markers) -> Mention | None:  # fmt: skip
    """The actor a press statement speaks for, when its heading says so: a capitalised statement heading
    ("Statement by …", "Press Statement", "Readout of …", "Siaran Pers …") near the top, and either a speaker
    named in that heading ("Statement by Secretary Blinken", "Siaran Pers Kementerian Luar Negeri RI") or, for a
    heading with a generic speaker ("Statement by the Press Secretary"), a state opening one of the first body
    sentences ("The United States is very concerned …"). A dateline or an outlet alone is never enough; a
    joint statement has no single issuer."""
    if not marks.statement:
        return None
    doc = ctx.doc
    heading = None
    for n, sent in enumerate(sentences[:HEADER_SENTENCES]):
        if sent.start > HEADER_TOKENS:
            break
        found = _statement_heading(doc, sent, marks)
        if found is not None:
            heading = (n, found)
            break
    if heading is None:
        return _title_issuer(ctx, sentences, per_sentence, marks)
    n, (start, end) = heading
    named = _heading_speaker(doc, per_sentence[n], start, end)
    if named is not None:
        return named
    return _opening_issuer(doc, sentences[n + 1 :], per_sentence[n + 1 :])


def _title_issuer(ctx: DocContext, sentences: list[Span], per_sentence: list[list[Mention]],
                  marks: Markers) -> Mention | None:  # fmt: skip
    """The issuer from a statement heading in a title kept apart from the text (a JSONL record's `title`:
    "Statement by President Joseph R. Biden, Jr. on …", "Readout of Secretary Blinken's Call with …"): the
    speaker it names, else a state opening one of the first body sentences. Its mention's offsets are the
    title's own (only its actor is used)."""
    title = ctx.title
    if title is None:
        return None
    found = _statement_heading(title.doc, title, marks)
    if found is None:
        return None
    mentions = ctx.resolver.mentions(title, ctx.resolver.prepare(title.doc, ctx.article.date))
    named = _heading_speaker(title.doc, mentions, *found)
    return named if named is not None else _opening_issuer(ctx.doc, sentences, per_sentence)


def _opening_issuer(doc: Doc, sentences: list[Span], per_sentence: list[list[Mention]]) -> Mention | None:
    for sent, mentions in list(zip(sentences, per_sentence, strict=True))[:HEADER_SENTENCES]:
        opening = _opening_state(doc, sent, mentions)
        if opening is not None:
            return opening
    return None


def _statement_heading(doc: Doc, sent: Span, marks: Markers) -> tuple[int, int] | None:
    words = low(doc)
    for i in range(sent.start, sent.end):
        if words[i] not in marks.statement_first or not doc[i].text[:1].isupper():
            continue
        for phrase in marks.statement:
            end = i + len(phrase)
            if end <= sent.end and tuple(words[i:end]) == phrase:
                near = words[max(sent.start, i - 1) : min(sent.end, end + 1)]
                if any(w in marks.joint for w in near):
                    return None
                return i, end
    return None


def _heading_speaker(doc: Doc, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """"Statement by X" / "Statement of X" / "Readout of X's meeting" / "Siaran Pers X" / "X Statement"."""
    words = low(doc)
    for m in mentions:
        if m.actor.type not in ("Country", "Person"):
            continue
        between = [w for w in words[end : m.start] if w != "the"]
        if m.start >= end and (between == [] or (len(between) == 1 and between[0] in SPEAKER_LINKS)):
            return m
        if m.end == start or (m.end == start - 1 and words[m.end] in ("'s", "’s")):
            return m
    return None


def _opening_state(doc: Doc, sent: Span, mentions: list[Mention]) -> Mention | None:
    """A state as the first words of a sentence, followed by a lower-case word: "The United States is …"."""
    words = low(doc)
    for m in mentions[:1]:
        if m.actor.type != "Country" or not all(w in OPENING_WORDS for w in words[sent.start : m.start]):
            return None
        if m.end < sent.end and doc[m.end].is_lower and doc[m.end].is_alpha:
            return m
    return None


def _issuer_pronoun(ctx: DocContext, sent: Span, token: Token, marks: Markers) -> Mention | None:
    """we/our/kami outside quotes in a statement → its issuer's state; I/my/saya → the issuing person. Not in
    reported speech ("X said we …"), where the pronoun may be X's."""
    lower = token.lower_
    if lower == "us" and token.text != "us":
        return None
    if any(low(ctx.doc)[i] in marks.speech for i in range(sent.start, token.i)):
        return None
    issuer = ctx.issuer
    assert issuer is not None
    actor = issuer.actor
    if lower in ISSUER_SINGULAR:
        if actor.type != "Person":
            return None
    elif actor.type == "Person":
        actor = ctx.gazetteer.actors.get(actor.country or "") or actor
        if actor.type == "Person":
            return None
    return Mention(token.i, token.i + 1, actor, "pronoun", "coref.issuer", coref=True)


def _issuer_offices(ctx: DocContext, sent: Span, covered: set[int]) -> list[Mention]:
    """In a statement issued for a state, "the President" / "the Secretary of State" with no state named is that
    state's office holder on the article date ("The President spoke with …" in a White House statement)."""
    issuer = ctx.issuer
    assert issuer is not None
    state = issuer.actor.id if issuer.actor.type == "Country" else issuer.actor.country
    if not state:
        return []
    out = []
    words = low(ctx.doc)
    for span in ctx.actor_groups[ctx.sentence_index[sent.start]]:
        if not span.label_.startswith(ROLE_PREFIX):
            continue
        role = span.label_[len(ROLE_PREFIX) :].split(":", 1)[0]
        if role.startswith("agent.") or span.start in covered or span.start == 0 or words[span.start - 1] != "the":
            continue
        if not tokens(ctx.doc).text[span.start][:1].isupper():
            continue  # "the President", not "the president of Peru" written lower-case after a name
        holders = ctx.resolver.holders(role, state, ctx.article.date)
        if len(holders) == 1:
            out.append(Mention(span.start, span.end, holders[0], "role", "coref.issuer-office", coref=True))
    return out


PAIR_WORDS = union_words("events.pair_words")
PAIR_HEADS = union_words("events.pair_heads")
PAIR_STATE_HEADS = union_words("events.pair_state_heads")
PAIR_PARTY_HEADS = union_words("events.pair_party_heads")  # "kedua pihak": states, armed groups or factions
PAIR_FILLERS = union_words("events.pair_fillers")  # between the pair word and its head
PAIR_REPLACES_ROLE = union_words("events.pair_replaces_role")  # role heads the pair reads instead of one holder
PAIR_PRONOUNS = union_words("events.pair_pronouns")
PAIR_PRONOUNS_INSIDE = union_words("events.pair_pronouns_inside")  # after "dan" or a comma inside the sentence
PAIR_GROUP_HEADS = union_words("events.pair_group_heads")  # "kedua faksi": two armed groups or factions
PAIR_BARE_DETERMINERS = union_words("events.pair_bare_determiners")  # "the two met": the pair word with no head
PAIR_BARE_FOLLOWERS = union_words("events.pair_bare_followers")  # verbs and adverbs after a bare "the two"
PAIR_GROUP_TYPES = frozenset({"ArmedGroup", "Group"})
PAIR_PLACE_NOUNS = union_words("events.pair_place_nouns")  # "perbatasan kedua negara": a place, no pair
PAIR_GROUP_WINDOW = 3  # sentences (this one and the two before) in which exactly two groups must be named


def _pair_anaphors(ctx: DocContext, sent: Span, covered: set[int]) -> list[Mention]:
    """"the two leaders", "both ministers", "kedua pemimpin" → the last two people (or states) named before; a bare
    "the two" before a verb ("The two met", "…, and the two agreed") → the pair "they" would be."""
    words = low(ctx.doc)
    out: list[Mention] = []
    has_pair_word = not PAIR_WORDS.isdisjoint(words[sent.start : sent.end - 1])  # else no "the two …" to look for
    for i in range(sent.start, sent.end - 1) if has_pair_word else ():
        j = i + 2 if words[i + 1] in PAIR_FILLERS else i + 1  # "both the two", "kedua belah pihak"
        if words[i] not in PAIR_WORDS or j >= sent.end or words[j] not in PAIR_HEADS or i in covered:
            continue
        if i > sent.start and words[i - 1] in PAIR_PLACE_NOUNS:
            continue  # "ke perbatasan kedua negara": a place of the two, not the two
        states = words[j] in PAIR_STATE_HEADS
        pair = _pair_between_before(ctx, sent, i) if states else []  # "the deal between A and B … urged both sides"
        pair = pair or (_pair_of_object(ctx, sent, i, words[j] in PAIR_PARTY_HEADS) if states else [])
        pair = pair or (_sides_people(ctx, i) if words[j] in PAIR_PARTY_HEADS and ctx.actors.head_first else [])
        pair = pair or (_two_groups(ctx, sent, i) if words[j] in PAIR_GROUP_HEADS
                        else _last_two(ctx, i, states, _object_pair_subjects(ctx, sent, i, states)))
        if not pair and states:  # "the two sides" after no two states: the two factions, when exactly two are
            pair = _two_groups(ctx, sent, i)
        for actor in pair:
            out.append(Mention(i, j + 1, actor, "plural", "coref.pair", coref=True))
    for i in range(sent.start + 1, sent.end - 1):  # "…, dan keduanya sepakat": the two people named before it
        if words[i] in PAIR_PRONOUNS_INSIDE and i not in covered and words[i - 1] in ("dan", ","):
            out += [Mention(i, i + 1, actor, "plural", "coref.pair", coref=True) for actor in _last_two(ctx, i, False)]
    for i in range(sent.start + 1, sent.end - 1) if has_pair_word else ():  # "The two met", "…, and the two agreed"
        if (words[i] not in PAIR_WORDS or words[i - 1] not in PAIR_BARE_DETERMINERS
                or words[i + 1] not in PAIR_BARE_FOLLOWERS or i in covered or i - 1 in covered):
            continue
        if i - 1 == sent.start and ctx.sentence_mentions:  # the two parties of the sentence before, as "They"
            out += [Mention(i - 1, i + 1, actor, "plural", "coref.pair-pronoun", coref=True)
                    for actor in _previous_pair(_pair_sentence(ctx.sentence_mentions))]  # fmt: skip
        elif i - 2 >= sent.start and words[i - 2] == "and":  # "X spoke with Y, and the two agreed": X and Y, else
            here = [m for m in ctx.all_mentions if sent.start <= m.start and m.end <= i - 1]  # the sentence before's
            pair = _previous_pair(here) or (_previous_pair(_pair_sentence(ctx.sentence_mentions))
                                            if ctx.sentence_mentions else [])  # fmt: skip
            out += [Mention(i - 1, i + 1, actor, "plural", "coref.pair", coref=True) for actor in pair]
    first = sent.start
    if words[first] in PAIR_PRONOUNS and first not in covered and ctx.sentence_mentions:
        for actor in _previous_pair(_pair_sentence(ctx.sentence_mentions)):
            out.append(Mention(first, first + 1, actor, "plural", "coref.pair-pronoun", coref=True))
    return out


GROUP_SIZES = {size: union_words(f"events.group_of_{size}") for size in (3, 4, 5, 6)}
GROUP_WORDS = frozenset().union(*GROUP_SIZES.values())
GROUP_PLURALS = union_words("events.group_plurals")
GROUP_STARTS = GROUP_WORDS | GROUP_PLURALS
GROUP_DEMONSTRATIVES = union_words("events.group_demonstratives")
GROUP_INDEFINITE = union_words("events.group_indefinite")  # numbers that need a determiner: "three countries" is any
GROUP_DETERMINERS = union_words("events.group_determiners")
DASHES = frozenset({"-", "–", "—", "--"})
GROUP_LOOKBACK = 6  # sentences back to the list a group anaphor names


def _group_anaphors(ctx: DocContext, sent: Span, mentions: list[Mention], covered: set[int], marks: Markers
                    ) -> list[Mention]:  # fmt: skip
    """"the three countries", "the four leaders", "ketiga negara" → the last list of exactly that many states (or
    people) named before, joined by commas and "and" ("The United States, Japan and Australia …"); "negara-negara
    tersebut" (those countries) → the last list of two states or more. A group no list fits is no mention."""
    words = low(ctx.doc)
    out: list[Mention] = []
    if GROUP_STARTS.isdisjoint(words[sent.start : sent.end - 1]) and RULER_PLURALS.isdisjoint(words[sent.start :
                                                                                                   sent.end]):
        return out  # most sentences: no word a group starts with
    for i in range(sent.start, sent.end - 1):
        if i in covered:
            continue
        size, head = None, i + 1
        if words[i] in GROUP_DETERMINERS and (ruler := _ruler_plural(words, i + 1, sent.end)) is not None:
            head = ruler  # "the military juntas", "the three juntas": the last list of two states or more (or three)
            size = next((n for n, group in GROUP_SIZES.items() if words[head - 1] in group), None)
        elif words[i] in GROUP_WORDS and words[head] in PAIR_HEADS - PAIR_GROUP_HEADS:
            if words[i] in GROUP_INDEFINITE and (i == sent.start or words[i - 1] not in GROUP_DETERMINERS):
                continue
            size = next(n for n, group in GROUP_SIZES.items() if words[i] in group)
        elif not (words[i] in GROUP_PLURALS and words[head] in GROUP_DEMONSTRATIVES):
            continue
        # people heads ("the three leaders", "ketiga menteri") name a list of people, else of their states
        kinds = (True,) if size is None or words[head] in PAIR_STATE_HEADS | RULER_PLURALS else (False, True)
        before = [m for m in mentions if m.start < i]
        earlier = [ms for _s, ms in ctx.sentence_mentions[-(GROUP_LOOKBACK if size else PAIR_LOOKBACK) :]]
        group = next((found for candidates in [before, *reversed(earlier)] for states in kinds
                      if (found := _last_list(ctx, candidates, states, size, marks))), [])  # fmt: skip
        if not group and size is not None and words[head] in PAIR_STATE_HEADS:
            group = _acting_states(ctx, size)
        out += [Mention(i, head + 1, actor, "plural", "coref.group", coref=True) for actor in group]
    return out


def _acting_states(ctx: DocContext, size: int) -> list[Actor]:
    """With no list of `size` states named, the states that acted in the `ACT_LOOKBACK` sentences before, when
    exactly `size` did: the sources of their factual rule events ("Indonesia mengirim bantuan ke Vanuatu. … Australia
    dan Selandia Baru mengirim tim penyelamat. Vanuatu berterima kasih kepada ketiga negara tersebut")."""
    if not ctx.sentence_mentions:
        return []
    since = ctx.sentence_mentions[-ACT_LOOKBACK:][0][0].start_char
    acting = list(dict.fromkeys(_as_state(ctx, t.source.actor) for t in ctx.rule_triples
                                if (t.sentence_start or 0) >= since and not t.negated and t.mode in FACTUAL_MODES))
    return acting if len(acting) == size and all(a.type == "Country" for a in acting) else []


RULER_PLURALS = union_words("events.ruler_plurals")  # "the juntas": the rulers of the states of a list
RULER_MODIFIERS = union_words("events.ruler_modifiers")  # "the military juntas", "the three juntas"


def _ruler_plural(words: list[str], k: int, end: int) -> int | None:
    """The token of a plural ruler or state noun at `k`, or after one or two modifiers from `k` ("the juntas", "the
    three military juntas", "the three Sahel states"), if any; not one that "of" follows ("the states of the
    region")."""
    for j in range(k, min(k + 3, end)):
        if words[j] in RULER_PLURALS:
            return j if j + 1 >= end or words[j + 1] != "of" else None  # not "the states of the region"
        if words[j] not in RULER_MODIFIERS and words[j] not in GROUP_WORDS:
            return None
    return None


def _last_list(ctx: DocContext, mentions: list[Mention], states: bool, size: int | None, marks: Markers
               ) -> list[Actor]:  # fmt: skip
    """The actors of the last list among `mentions` (mentions joined only by coordinators) that holds exactly
    `size` distinct states (people as their states) or, without `states`, people; with no `size`, two or more."""
    words = low(ctx.doc)
    joiners = marks.coordinators - DASHES  # "Jakarta, CNN Indonesia -- Amerika Serikat, …": a dash joins no list
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and all(w in joiners for w in words[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        actors = [_as_state(ctx, m.actor) if states else m.actor for m in run]
        kept = list(dict.fromkeys(a for a in actors if a.type == ("Country" if states else "Person")))
        if len(kept) == len(set(actors)) and (len(kept) == size or (size is None and len(kept) >= 2)):
            return kept
    return []


PAIR_LOOKBACK = 4  # sentences: "X spoke with Y. He condemned Z. He also conveyed … They agreed …"


def _pair_sentence(sentence_mentions: list[tuple[Span, list[Mention]]]) -> list[Mention]:
    """The mentions of the nearest sentence before that names two parties or more (two people, or no person
    and two states or exactly two factions): sentences about one of them in between ("He also conveyed …") bring
    no new pair."""
    for _sent, mentions in reversed(sentence_mentions[-PAIR_LOOKBACK:]):
        people = {m.actor for m in mentions if m.actor.type == "Person"}
        states = {m.actor for m in mentions if m.actor.type == "Country"}
        groups = {m.actor for m in mentions if m.actor.type in PAIR_GROUP_TYPES}
        if len(people) >= 2 or (not people and (len(states) >= 2 or len(groups) == 2)):
            return mentions
    return []


def _previous_pair(mentions: list[Mention]) -> list[Actor]:
    """The two parties of the sentence before, when it names exactly two people of different states, or no
    person and exactly two states, or no person, not two states and exactly two armed groups or factions ("Biden
    spoke with Kishida of Japan." → Biden, Kishida); else none (two officials of one state are not the two sides
    of a meeting)."""
    people = list(dict.fromkeys(m.actor for m in mentions if m.actor.type == "Person"))
    if len(people) == 2:
        return people if people[0].country != people[1].country or not people[0].country else []
    states = list(dict.fromkeys(m.actor for m in mentions if m.actor.type == "Country"))
    if people or len(states) == 2:
        return states if not people else []
    groups = list(dict.fromkeys(m.actor for m in mentions if m.actor.type in PAIR_GROUP_TYPES))
    return groups if len(groups) == 2 else []  # "Hamas and Fatah fought … They agreed": the two factions


def _pair_between_before(ctx: DocContext, sent: Span, before: int) -> list[Actor]:
    """The two parties of the last "between A and B" of this sentence before token `before` ("welcomed the ceasefire
    between Israel and Hamas and urged both sides to …": Israel and Hamas, whatever else the sentence names)."""
    words = low(ctx.doc)
    named = [m for m in ctx.all_mentions if sent.start <= m.start and m.end <= before]
    if not named and ctx.sentence_mentions and before == sent.start:
        # "… pertemuan antara A dan B di Putrajaya. Kedua pihak sepakat …": the pair word opens the sentence after
        sent, named = ctx.sentence_mentions[-1]
    for a, b in reversed(list(pairwise(named))):
        joined = words[a.end : b.start]
        if (a.start > sent.start and words[a.start - 1] in BETWEEN and joined and joined[0] in PAIR_JOINERS
                and all(w in PAIR_JOINERS or w in NOUN_DETERMINERS for w in joined) and a.actor != b.actor):
            return [a.actor, b.actor]
    return []


def _pair_of_object(ctx: DocContext, sent: Span, i: int, groups: bool) -> list[Actor]:
    """A pair word of states after this sentence's subject and verb ("Iran mengecam serangan kedua negara itu",
    "X mendesak kedua pihak …"; not "…, dan kedua negara sepakat") stands for the last two parties named as a list
    ("A dan B") after that subject, or in the sentences before it: the subject itself is none of the two. With
    `groups`, an armed group or faction may be one of them ("Israel dan Hamas … mendesak kedua pihak"), and in a
    head-first language a list of two people of two states is the two people, as `_sides_people` reads them."""
    words = low(ctx.doc)
    here = [m for m in ctx.all_mentions if sent.start <= m.start and m.end <= i]
    if not here or words[i - 1] in PAIR_JOINERS or not words[i - 1].isalpha():
        return []
    runs = _runs(ctx, here)
    lists = [*reversed(runs[1:])] + [run for _s, ms in reversed(ctx.sentence_mentions[-PAIR_LOOKBACK:])
                                      for run in reversed(_runs(ctx, ms))]  # fmt: skip
    kinds = ("Country", *PAIR_GROUP_TYPES) if groups else ("Country",)
    for run in lists:
        if len(run) < 2 or any(_named_place(ctx, m) for m in run) or _mediator(ctx, run[0]):
            continue  # "talks mediated by Qatar, Egypt and the United States. … urged both sides": no parties
        actors = list(dict.fromkeys(_as_state(ctx, m.actor) for m in run))
        if len(actors) == 2 and all(a.type in kinds for a in actors):
            people = list(dict.fromkeys(m.actor for m in run))
            if groups and ctx.actors.head_first and len(people) == 2 and all(p.type == "Person" for p in people):
                return people  # "kedua pihak" after two leaders of two states: the two people (as `_sides_people`)
            return actors
    return _pair_of_event(ctx, here[0].actor, kinds)


def _pair_of_event(ctx: DocContext, subject: Actor, kinds: tuple[str, ...]) -> list[Actor]:
    """With no list of two parties named, the two parties of the latest rule event of the sentences before that
    took place between two states (or, with groups among `kinds`, armed groups) neither of which is the subject
    ("India fired missiles at Pakistan. China urged both countries to …": India and Pakistan)."""
    if not ctx.sentence_mentions:
        return []
    since = ctx.sentence_mentions[-PAIR_LOOKBACK:][0][0].start_char
    subject = _as_state(ctx, subject)
    for t in reversed(ctx.rule_triples):
        if (t.sentence_start or 0) < since:
            break
        if t.negated or t.mode not in FACTUAL_MODES:
            continue
        actors = [_as_state(ctx, t.source.actor), _as_state(ctx, t.target.actor)]
        if actors[0] != actors[1] and subject not in actors and all(a.type in kinds for a in actors):
            return actors
    return []


def _runs(ctx: DocContext, mentions: list[Mention]) -> list[list[Mention]]:
    """`mentions` in runs joined only by "dan" / "and" or a comma: the lists they name."""
    words = low(ctx.doc)
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and all(w in PAIR_JOINERS or w == "," for w in words[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _object_pair_subjects(ctx: DocContext, sent: Span, i: int, states: bool) -> set[int]:
    """The starts of the people named in this sentence before "the two ministers" when the pair is an object
    ("President Donald Trump, who met the two ministers, …": the two are others than Trump; `coref.pair`): the
    pair word after an article that follows a lower-case word of no clause joint ("met the two", not "and the
    two", nor a sentence opening "The two")."""
    words = low(ctx.doc)
    if states or i - 2 < sent.start or words[i - 1] != "the" or not tokens(ctx.doc).is_lower[i - 2] \
            or words[i - 2] in CLAUSE_CONJUNCTIONS:  # fmt: skip
        return set()
    return {m.start for m in ctx.all_mentions if sent.start <= m.start < i and m.actor.type == "Person"}


def _last_two(ctx: DocContext, before: int, states: bool, skipped: set[int] | frozenset[int] = frozenset()
              ) -> list[Actor]:  # fmt: skip
    """The last two people named before token `before`, or with `states` the last two states (a person counts as
    their state; a place where something happened is none: `_named_place`); none when the nearer one's sentence
    names more parties than two (states and organisations): "both sides" after a list of states and bodies is no
    pair of them. Mentions starting at `skipped` are no party (the subject of a verb the pair is the object of)."""
    if not states and not skipped and (pair := _coordinated_people(ctx, before)):
        return pair
    seen: list[Actor] = []
    nearest: Mention | None = None
    for m in reversed(ctx.all_mentions):
        if m.start >= before or m.start in skipped:
            continue
        if states and _named_place(ctx, m):
            continue  # "bertemu di Jenewa, Swiss": where, not a party
        if _mediator(ctx, m):
            continue  # "perundingan yang difasilitasi Menlu Turki Hakan Fidan": the broker, not a party
        if _attribution_source(ctx, m):
            continue  # "Menurut Gedung Putih, kedua negara sepakat …": the report's source, not a party
        actor = _as_state(ctx, m.actor) if states else m.actor
        if (actor.type == "Country" if states else actor.type == "Person") and actor not in seen:
            seen.append(actor)
            nearest = nearest or m
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return []
    if states and nearest is not None and len(_parties_of_sentence(ctx, nearest, before)) > 2:
        return []
    return seen


def _sides_people(ctx: DocContext, before: int) -> list[Actor]:
    """"kedua pihak" after two people of two states ("Menteri Agama X bertemu Menteri Haji Arab Saudi Y. … kedua
    pihak menandatangani …"): the two people, when the last two states named are theirs; else none (the states).
    Head-first languages only: the English train split codes "the two sides" after two leaders as their states."""
    people = _last_two(ctx, before, False)
    if len(people) != 2 or not people[0].country or not people[1].country or people[0].country == people[1].country:
        return []
    states = _last_two(ctx, before, True)
    return people if {a.id for a in states} == {people[0].country, people[1].country} else []


PAIR_MEDIATORS = union_words("events.pair_mediators")


def _attribution_source(ctx: DocContext, m: Mention) -> bool:
    """Is the actor the source of an attribution ("Menurut X, …", "According to X, …": `events.attribution_openers`,
    the English one before "to")? It reports the event and is no party of "kedua negara" / "both countries"."""
    words = low(ctx.doc)
    at = m.start - 1 - (m.start - 1 > 0 and words[m.start - 1] == "to")
    return at >= 0 and words[at] in ATTRIBUTION_OPENERS


def _mediator(ctx: DocContext, m: Mention) -> bool:
    """Is the actor the agent of a mediating participle ("yang difasilitasi/ditengahi Z", "talks brokered by Z",
    `events.pair_mediators`)? It brokered the talks and is no party of "the two sides" after them."""
    words = low(ctx.doc)
    at = m.start - 1
    if at > 0 and words[at] in markers_of(ctx.lexicon).passive_agent:
        at -= 1
    return at >= 0 and words[at] in PAIR_MEDIATORS


def _coordinated_people(ctx: DocContext, before: int) -> list[Actor]:
    """The two people the nearest earlier sentence naming two or more opens with, joined by "and" / "dan"
    (`events.pair_joiners`; "U.S. President
    Joe Biden and Chinese President Xi Jinping met …, their last meeting before Donald Trump takes office. The two
    leaders agreed …": Biden and Xi, not the last two named), when no two people are named in this sentence before
    token `before`; none otherwise (`_last_two` then takes the last two named)."""
    if not ctx.sentence_mentions:
        return []
    texts = tokens(ctx.doc).text
    current = [m for m in ctx.all_mentions if ctx.sentence_mentions[-1][0].end <= m.start < before]
    if len({m.actor for m in current if m.actor.type == "Person"}) >= 2:
        return []
    for _sent, mentions in reversed(ctx.sentence_mentions[-PAIR_LOOKBACK:]):
        people = [m for m in mentions if m.actor.type == "Person"]
        if len({m.actor for m in people}) < 2:
            continue
        first, second = people[0], people[1]
        between = [texts[k].lower() for k in range(first.end, second.start)]
        if first.actor != second.actor and len(between) == 1 and between[0] in PAIR_JOINERS:
            return [first.actor, second.actor]
        return []
    return []


def _two_groups(ctx: DocContext, sent: Span, before: int) -> list[Actor]:
    """"kedua faksi (itu)", "the two factions" → the two armed groups or factions named in this sentence before
    token `before` and the two sentences before it (`coref.pair`; a person as the faction they lead or speak for),
    only when exactly two are; none of one or three."""
    earlier = ctx.sentence_mentions[-(PAIR_GROUP_WINDOW - 1) :]
    start = earlier[0][0].start if earlier else sent.start
    actors = [_as_group(ctx, m.actor) for m in ctx.all_mentions if start <= m.start < before]
    groups = list(dict.fromkeys(a for a in actors if a.type in PAIR_GROUP_TYPES))
    return groups if len(groups) == 2 else []


def _as_group(ctx: DocContext, actor: Actor) -> Actor:
    """A person who leads or speaks for a faction (`faction`: Khaled Meshaal, Hamas) as that faction."""
    if actor.type == "Person" and actor.faction in ctx.gazetteer.actors:
        return ctx.gazetteer.actors[actor.faction]
    return actor


def _acts_as_body(body: Actor) -> bool:
    """Does holding an office of `body` make a person that body at the state level (`_as_state`)? An international
    organisation or an armed group, not a state or a national organisation (a ruling party, a parliament)."""
    return body.type != "Country" and not (body.type == "Organization" and body.country)


def _as_state(ctx: DocContext, actor: Actor) -> Actor:
    """A person as their state; one holding an office of an international organisation on the article's date (the
    President of the European Commission, the UN Secretary-General) as that organisation, not their nationality. A
    national organisation (one with a state: the Chinese Communist Party whose general secretary Xi Jinping is) is
    no such office: its holder is their state. An armed group is its own side, so its leader stays that group."""
    if actor.type != "Person":
        return actor
    for office in ctx.gazetteer.offices_of(actor.id):
        body = ctx.gazetteer.actors.get(office.of)
        if body is not None and _acts_as_body(body) and office.holds_on(ctx.article.date):
            return body
    if actor.country in ctx.gazetteer.actors:
        return ctx.gazetteer.actors[actor.country]
    return actor


def _parties_of_sentence(ctx: DocContext, mention: Mention, before: int) -> set[str]:
    """The states and organisations named in the mention's sentence before token `before` (people as their
    states)."""
    sent = ctx.doc[mention.start].sent
    return {actor.id for m in ctx.all_mentions if sent.start <= m.start < min(sent.end, before)
            and not _named_place(ctx, m)
            if (actor := _as_state(ctx, m.actor)).type in ("Country", "Organization")}  # fmt: skip


def _named_place(ctx: DocContext, m: Mention) -> bool:
    """Does a state's name or city name where something happened ("di Jenewa", "in Santiago, Chile"): after a
    locative preposition, or the state of such a place set off by a comma?"""
    if m.kind not in ("name", "metonym") or m.start == 0:
        return False
    marks = markers_of(ctx.lexicon)
    sent_start = ctx.doc[m.start].sent.start
    return low(ctx.doc)[m.start - 1] in marks.locative or _place_apposition(ctx.doc, m.start, sent_start, marks, m.end)


def _unquoted_speaker(ctx: DocContext, sent: Span, marks: Markers) -> Actor | None:
    """The speaker of a sentence closed by ", katanya" / ", ujarnya" / ", tambahnya" (with no quote marks, or after a
    closing one): the subject of the sentence before (a speaker named after the verb, ", kata Y", gave 0 right and 2
    wrong on the dev split)."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    verb = next((j for j in range(sent.end - 1, sent.start + 2, -1)
                 if (words[j] in marks.speech or (words[j].endswith("nya") and words[j][:-3] in marks.speech))
                 and (texts[j - 1] == "," or (texts[j - 1] in QUOTE_CHARS and texts[j - 2] == ","))), None)  # fmt: skip
    if verb is None or not words[verb].endswith("nya"):
        return None
    return _previous_subject(ctx, marks)


def _after_speech(token: Token, marks: Markers) -> bool:
    """`X said (that) it …`, `X menyatakan bahwa pihaknya …`."""
    previous = token.nbor(-1).lower_
    return previous in marks.speech or previous in COMPLEMENTIZERS


DEMAND_VERBS = union_words("events.demand_verbs")  # "demanded that she …": she is the one asked
SPEAKER_PARTICIPLES = union_words("events.speaker_participles")  # ", accusing Y of …" after a reported clause
SPEECH_PARTICIPLES = union_words("events.speech_participles")  # ", saying Y was behind …"


SPEECH_COORDINATORS = union_words("events.speech_coordinators")  # "… but said Y must": the main clause's subject


def _speech_subject(sent: Span, i: int, mentions: list[Mention], marks: Markers, coordinated: bool = False
                    ) -> Mention | None:  # fmt: skip
    """The actor that said it: the nearest actor before the speech verb, not inside a prepositional phrase; for a
    participle after a comma ("X closed Y's consulate, saying Y was behind …") the main clause's subject, the
    first such actor of the sentence; so too, when `coordinated` (an obligation's speaker), for a verb coordinated
    to the main one ("X welcomed Y's call for talks but said Z must …", `events.speech_coordinators`)."""
    doc = sent.doc
    words, texts = low(doc), tokens(doc).text
    verb = next((j for j in range(i - 1, sent.start - 1, -1) if words[j] in marks.speech
                 or (words[j] in SPEECH_PARTICIPLES and j > sent.start and texts[j - 1] == ",")), None)  # fmt: skip
    if verb is None:
        return None
    before = [m for m in mentions if sent.start <= m.start and m.end <= verb]
    joined = coordinated and verb > sent.start and words[verb - 1] in SPEECH_COORDINATORS
    if words[verb] in SPEECH_PARTICIPLES or joined:
        before = before[::-1]  # the first actor first
    for m in reversed(before):
        if m.start == sent.start or low(doc)[m.start - 1] not in marks.preps:
            return m
    return None


def model_mention(doc: Doc, m: Mention) -> ModelMention:
    start, end = m.chars(doc)
    return ModelMention(m.actor, doc.user_data["gb_text"][start:end], start, end, m.rule)


# -- triggers ------------------------------------------------------------------------------------------------


def sentence_candidates(ctx: DocContext, sent: Span, mentions: list[Mention], marks: Markers) -> list[Candidate]:
    doc = ctx.doc
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    cands = []
    inside_names = {i for m in mentions for i in range(m.start, m.end)
                    if m.kind != "role" and m.rule != PROTEST_OBJECT_RULE}  # fmt: skip
    refusals = RULES.ordered("candidate")
    for span in spans:
        entry = ctx.entries[span.label_]
        refused = next((rule for rule in refusals if rule.function(ctx, sent, span, inside_names, marks)), None)
        if refused is not None:
            if refused.id == "candidate.reduplication" and cands and cands[-1].end == span.start - 1:
                cands[-1].end = cands[-1].search_from = span.end  # the plural is one trigger, to its end
            continue
        # an `inside` entry's target is named in its gap ("called Xi a dictator"): the search starts there
        search_from = span.start + 1 if entry.inside else span.end
        cands.append(Candidate(span.start, span.end, entry, entry.relation or "", entry.mode, entry.cameo,
                               entry.goldstein, entry.id, search_from))  # fmt: skip
    _chain(doc, cands, mentions, marks, lambda word: _event_noun(ctx, word))
    ctx.opposed_acts.update((doc[c.start].idx, c.opposed_owner.actor.id) for c in cands if c.opposed_owner)
    for rule in RULES.ordered("filter"):
        rule.function(ctx, sent, cands, marks)
    return [c for c in cands if not c.dropped]


@dataclass
class Link:
    """Two successive candidates of a sentence, as the chain rules see them."""

    a: Candidate
    b: Candidate
    adjacent: bool  # at most 3 tokens between (from the end of what `a` governs), no actor, no punctuation
    owned: bool  # `b` right after an actor, at most 4 tokens on ("rejected a US offer")
    owner: Mention | None  # that actor
    between: tuple[str, ...] = ()  # the lower-case words between `a` and `b`
    first: str = ""  # the lower-case first word of `a`
    before: str = ""  # the lower-case word before `a`
    bridged: bool = False  # not adjacent, but joined through a bridge verb ("will deepen bilateral cooperation")
    possessed: bool = False  # `b` right after an actor's possessive ("opposed Peru's invasion")
    enacted: bool = False  # `a` signs a document that does `b` ("signed orders imposing tariffs on Y")
    b_first: str = ""  # the lower-case first word of `b`


KEEP, ADVANCE = "keep", "advance"


def _chain(doc: Doc, cands: list[Candidate], mentions: list[Mention], marks: Markers,
           event_noun: Callable[[str], bool] = lambda word: False) -> None:  # fmt: skip
    """Successive candidates, each pair through the `chain` rules in order (the first that applies acts);
    a rule answers whether the chain keeps its current head (`KEEP`) or moves on to `b` (`ADVANCE`)."""
    mention_ends = {m.end: m for m in mentions}
    mention_starts = {m.start for m in mentions}
    mention_tokens = {i for m in mentions for i in range(m.start, m.end)}
    chain_rules = RULES.ordered("chain")
    words, punct, is_lower = low(doc), tokens(doc).is_punct, tokens(doc).is_lower
    a: Candidate | None = None
    for b in cands:
        if a is None or a.dropped:
            a = b
            continue
        reach = a.search_from if a.entry.governs else a.end
        between = range(reach, b.start)
        # a quote mark around the governed noun is no break ("mengecam \u201cserangan sistematis\u201d Peru")
        marks_between = [i for i in between if words[i] not in QUOTE_MARKS]
        # a clause word between opens another clause ("menyerukan semua pihak menahan diri setelah Iran menyerang
        # Israel": the attack is no act the call governs)
        clause_between = any(words[i] in marks.clause or words[i] in TIME_CLAUSE_WORDS for i in marks_between)
        adjacent = (len(marks_between) <= 3 and not clause_between
                    and not any(i in mention_tokens or punct[i] for i in marks_between))
        if a.entry.governs and not event_noun(words[b.start]) and _second_verb(words, between, b.start):
            adjacent = False  # "membantah tuduhan itu dan meminta Manila …": a second verb after the governed object
        if (adjacent and a.entry.intent and b.end in mention_starts and event_noun(words[b.start])
                and any(words[i] in marks.preps and words[i] not in marks.complement for i in marks_between)
                ):  # fmt: skip
            adjacent = False  # "akan membacakan putusan dalam gugatan Afrika Selatan terhadap Israel": the noun in
            # another verb's phrase, with an owner of its own, is no act the subject intends
        if (adjacent and b.start - 1 >= a.end and words[b.start - 1] in CLAUSE_CONJUNCTIONS
                and _participle(words[b.start], marks, "")):  # fmt: skip
            # "rejected the ultimatum and accused Y of …", "blocked and rammed a Philippine vessel": a second verb of
            # its own, not governed
            adjacent = False
        owner_end = b.start
        if (b.start not in mention_ends and b.start - 1 in mention_ends and words[b.start - 1] in marks.verb_adverbs
                and a.entry.governs):  # fmt: skip
            owner_end = b.start - 1  # "menuntut Rusia segera menarik pasukannya": the addressee, then an adverb
        owned = (owner_end in mention_ends and len(marks_between) <= 4 and not clause_between
                 and not any(punct[i] for i in marks_between))
        if owned and _clause_subject(words, mention_ends[owner_end], marks):
            owned = False  # "menolak tuntutan Rusia agar Ukraina menarik pasukan": Ukraine is the clause's subject
        bridged = not adjacent and a.entry.intent and _intent_bridge(doc, between, mention_tokens, marks)
        # only intent rules and a request's unnamed addressee (`chain.governs-complement`) read them
        between_words = tuple(words[i] for i in between) if a.entry.intent or a.relation == "REQUEST" else ()
        mark = _possessive_mark(words, is_lower, b.start, between.start)
        possessed = (mark is not None and mark in mention_ends and len(between) <= 5
                     and not any(punct[i] for i in between[:-1]))
        owner = mention_ends.get(mark if possessed and mark is not None else owner_end)
        # a pledge after the signed text ("signed a joint declaration committing to end the conflict") is what the
        # text says, no act against anyone: the signing stays
        enacted = a.cameo == SIGNING_CAMEO and (any(words[i] in DOCUMENT_NOUNS for i in between) or (
            any(words[i] in STATEMENT_DOCUMENTS for i in between) and _participle_at(words, b.start, b.end, marks)
            and bool(b.relation)))
        link = Link(a, b, adjacent, owned, owner, between_words, words[a.start],
                    words[a.start - 1] if a.start > 0 else "", bridged, possessed, enacted, words[b.start])
        outcome = next((result for rule in chain_rules if (result := rule.function(link)) is not None), ADVANCE)
        if outcome == ADVANCE:
            a = b


# "ditandatangani saat Albanese berkunjung ke Jakarta": the visit is the time clause's own act, not one the
# signing governs (not in `markers.clause`: "kata Haley saat mengumumkan …" keeps the speaker as subject)
TIME_CLAUSE_WORDS = union_words("events.time_clause_words")


def _second_verb(words: list[str], between: range, at: int) -> bool:
    """Is the trigger at `at` a second verb joined by a conjunction after the governing verb's own object ("membantah
    tuduhan itu dan meminta Manila", "denied the claims and urged Tokyo …"), not a verb it governs ("menolak
    untuk bertemu dan berbicara": nothing before the conjunction) nor a noun listed with its object ("mengecam
    serangan udara dan ancaman Y")? (`chain.governs-complement` does not absorb it.)"""
    inner = [i for i in between if i < at]
    return (len(inner) >= 2 and words[inner[-1]] in SECOND_VERB_JOINTS and not _nominal(words[at])
            and any(words[i] not in ACT_INTENSIFIERS for i in inner[:-1]))


def _clause_subject(words: list[str], m: Mention, marks: Markers) -> bool:
    """The actor right after a complementizer that is no preposition ("agar", "supaya") opens a clause as its
    subject: the act after it is that clause's, not a noun the actor owns."""
    before = words[m.start - 1] if m.start > 0 else ""
    return before in marks.complement and before not in marks.preps


@RULES.register("chain.appeal-cooperation", "chain")
def _chain_appeal(link: Link) -> str | None:
    """A call for cooperation with no addressee ("menyerukan kerja sama") is one AGREE event (intended)."""
    a, b = link.a, link.b
    if not (a.entry.appeal and link.adjacent and b.relation in ("COOPERATE", "AGREE")):
        return None
    _recode(b, "AGREE", "intended")
    b.applied("chain.appeal-cooperation")
    b.start = a.start
    a.dropped = True
    return KEEP


@RULES.register("chain.governs-complement", "chain")
def _chain_governs(link: Link) -> str | None:
    """A governing verb absorbs the event after it ("refused to meet", "rejected a US offer"), unless the entry
    `keeps` that act's relation ("agreed to impose sanctions on Y" is the sanction).

    An entry with `against_acts` that takes an owned act of force ("opposed Russian aggression", "opposed Peru's
    invasion") takes that relation (ACCUSE) with the owner as target; the act stays its owner's event."""
    a, b = link.a, link.b
    if link.enacted:
        # "signed orders imposing tariffs on Y", "signed decrees to annex four regions of Y": the document's act is
        # the signer's own event, and the signing is no event with its target
        a.dropped = True
        return None
    against = a.entry.against_acts and b.relation in FORCE_ACTS and ((link.owned and not link.adjacent)
                                                                    or link.possessed)
    # a measure of another actor that the subject blocks or rejects ("vetoed the EU's new aid package for Y",
    # "blocked the EU's new sanctions on Y") is not taken: no event of its owner; an act of force stays its owner's
    withheld = link.possessed and a.relation == "REJECT" and (b.relation not in FORCE_ACTS or b.relation == "SANCTION")
    if not (a.entry.governs and (link.adjacent or link.owned or against or withheld)):
        return None
    if link.adjacent and b.relation in a.entry.keeps:
        # "EU ministers agreed to impose sanctions on Y": the decision is the measure, no agreement with its
        # target; the act governed stays (`keeps`, as an intent marker's)
        a.dropped = True
        b.start = a.start
        b.applied("chain.governs-complement")
        return ADVANCE
    if (link.first in DENIAL_VERBS and link.adjacent and link.b_first.startswith(DENIED_ACT_PREFIXES)
            and all(w in DENIED_ACT_ADVERBS for w in link.between)):  # fmt: skip
        # "Iran membantah memasok senjata kepada Rusia": the act denied (a verb, not "membantah tuduhan Y") is not
        # reported as done, and the denial rejects no one named after it (`_denied_act` for a verb the lexicon
        # does not know)
        a.dropped = b.dropped = True
        a.applied("chain.governs-complement")
        return KEEP
    lead = next((w for w in link.between if w in UNNAMED_ADDRESSEES or w not in NOUN_DETERMINERS), None)
    if a.relation == "REQUEST" and link.adjacent and lead in UNNAMED_ADDRESSEES:  # past "the": "urged the world to"
        # "mendesak negara-negara anggota untuk mendukung Palestina": asked of no actor, and what they are asked to
        # do is nobody's act yet: no event (not a request of Palestine)
        a.dropped = b.dropped = True
        a.applied("chain.governs-complement")
        return KEEP
    b.dropped = not against  # an owned act of force stays the owner's ("opposed Peru's attack on Y": Peru attacked)
    a.search_from = b.end
    a.extra_preps = (*a.extra_preps, *b.entry.preps)
    a.extra_object = a.extra_object or b.entry.object
    if (link.owned and not link.adjacent) or against or withheld:
        a.owner_target = link.owner
    if (link.owned or link.possessed) and a.relation == "REJECT" and (b.relation not in FORCE_ACTS
                                                                      or b.relation == "SANCTION"):  # fmt: skip
        b.opposed_owner = link.owner  # "blocked (the) EU('s) sanctions on Y": no other source's measure
    if against:  # "opposed Russian aggression", "opposed Peru's invasion": a criticism of the act's owner
        b.opposed_owner = link.owner
        _recode(a, str(a.entry.against_acts), a.mode)
    a.applied("chain.governs-complement")
    return KEEP


ACTIVE_VERB_PREFIXES = tuple(sorted(union_words("events.active_verb_prefixes")))  # "menghormati", "memberikan"


def _active_verb(ctx: DocContext, word: str) -> bool:
    """Is `word` an active verb by its prefix (`events.active_verb_prefixes`: Indonesian "me-" with a stem of its
    own: "menghormati", not "merah")?"""
    return bool(ACTIVE_VERB_PREFIXES) and word.startswith(ACTIVE_VERB_PREFIXES) and word.isalpha() and (
        ctx.pack.stem(word) != word)


UNNAMED_ADDRESSEES = union_words("events.unnamed_addressees")  # "mendesak negara-negara anggota untuk …"


# acts of force (and sanctions: "opposed the latest U.S. sanctions on Y") an `against_acts` verb condemns
FORCE_ACTS = ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION")
POSSESSIVE_MARKS = ("'s", "’s")
POSSESSED_MODIFIERS = 2  # lower-case words between an owner's "'s" and its act noun ("Peru's new aid package")


COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})  # no act of the owner of a war
CONFLICT_NOUNS_AFTER_OWNER = union_words("events.conflict_nouns_after_owner")  # "Russia's war in Ukraine"
CONFLICT_NOUNS_BEFORE_OWNER = union_words("events.conflict_nouns_before_owner")  # "invasi Rusia ke Ukraina"


def owns_conflict_act(doc: Doc, m: Mention, right: int) -> bool:
    """Is the mention the owner of an act of force named before `right` ("Russia's war in Ukraine", "its brutal
    aggression", "invasi Rusia", "agresi militer Israel")? The owner is then no subject of an act after it: "leaders
    condemned Russia's war in Ukraine and pledged aid to Ukraine" is the leaders' pledge, not Russia's. The noun
    that is the act's own trigger (at `right`) does not count."""
    words, is_lower = low(doc), tokens(doc).is_lower
    after = m.end + (m.end < right and words[m.end] in POSSESSIVE_MARKS)
    if (after > m.end or words[m.start] in OWNER_PRONOUNS) and not _passive_agent_at(words, m.start - 1):
        for k in range(after, min(right, after + POSSESSED_MODIFIERS + 1)):
            if words[k] in CONFLICT_NOUNS_AFTER_OWNER:
                return True
            if not is_lower[k]:
                break
    before = m.start - 1
    if before > 0 and is_lower[before] and words[before] not in CONFLICT_NOUNS_BEFORE_OWNER:
        before -= 1  # one modifier between: "agresi militer Israel"
    return before >= 0 and words[before] in CONFLICT_NOUNS_BEFORE_OWNER and not _passive_agent_at(words, before - 1)


PASSIVE_AGENTS = union_words("events.passive_agents")  # "by", "oleh": a passive's agent follows
PASSIVE_PREFIXES = tuple(sorted(union_words("events.passive_prefixes")))  # "didukung": its agent right after it
PASSIVE_VERB_LENGTH = 6  # letters at least: not the preposition "di", not "dia", "diri"


def _passive_agent_at(words: list[str], k: int) -> bool:
    """Does token `k` introduce a passive's agent ("backed by Russia's airstrikes", "didukung serangan udara Arab
    Saudi": the owner of the strikes is the one backing)?"""
    if k < 0:
        return False
    word = words[k]
    return word in PASSIVE_AGENTS or (bool(PASSIVE_PREFIXES) and word.startswith(PASSIVE_PREFIXES)
                                      and len(word) >= PASSIVE_VERB_LENGTH and word.isalpha())  # fmt: skip


def _possessive_mark(words: list[str], is_lower: list[bool], at: int, floor: int) -> int | None:
    """The token of an owner's possessive mark before the act at `at`, across at most `POSSESSED_MODIFIERS`
    lower-case words ("Peru's invasion", "the EU's new aid package"), or None."""
    k = at - 1
    while k > floor and at - 1 - k < POSSESSED_MODIFIERS and is_lower[k] and words[k] not in POSSESSIVE_MARKS:
        k -= 1
    return k if k >= 1 and words[k] in POSSESSIVE_MARKS else None


@RULES.register("chain.continued-act", "chain")
def _chain_continued(link: Link) -> str | None:
    """A future marker before "continue to" is the ongoing act, no intent ("will continue to support Peru"),
    and so is an intent marker after "remains" ("remains committed to supporting Peru").

    "would continue to" (reported speech: "pledged that it would continue to …") stays an intent."""
    future = link.first in CONTINUATION_MARKERS and any(word in CONTINUATION_WORDS for word in link.between)
    standing = link.before in CONTINUATION_BEFORE and link.first in COMMITMENT_MARKERS  # "remains committed to"
    continued = future or standing
    if not (link.adjacent and link.a.entry.intent and link.b.relation and continued):
        return None
    link.b.start = link.a.start
    link.a.dropped = True
    link.b.applied("chain.continued-act")
    return ADVANCE


@RULES.register("chain.intent", "chain")
def _chain_intent(link: Link) -> str | None:
    """An intent marker before an event verb: cooperation → AGREE (CAMEO 03), force → THREATEN (CAMEO 13)."""
    if not (link.adjacent and link.a.entry.intent):
        return None
    if _apply_intent(link.a, link.b):
        link.b.applied("chain.intent")
    return ADVANCE


def _intent_bridge(doc: Doc, between: range, mention_tokens: set[int], marks: Markers) -> bool:
    """An intent marker and an event 4-6 tokens apart, joined by a bridge verb right after the marker ("will
    deepen bilateral counter-narcotics cooperation", "pledged to continue their close cooperation"): no actor
    and no punctuation but a word's hyphen between."""
    if not 3 < len(between) <= 6 or not marks.intent_bridges:
        return False
    words, texts, punct = low(doc), tokens(doc).text, tokens(doc).is_punct
    if any(i in mention_tokens or (punct[i] and texts[i] != "-") for i in between):
        return False
    first = between.start + (words[between.start] in marks.complement)
    return words[first] in marks.intent_bridges


@RULES.register("chain.intent-bridge", "chain")
def _chain_intent_bridge(link: Link) -> str | None:
    """An intent marker reaching its event through a bridge verb: "will deepen bilateral cooperation with Y",
    "pledged to continue their close cooperation" (AGREE, CAMEO 03, as `chain.intent`)."""
    if not (link.bridged and link.a.entry.intent):
        return None
    if _apply_intent(link.a, link.b):
        link.b.applied("chain.intent-bridge")
    return ADVANCE


@RULES.register("chain.light-verb", "chain")
def _chain_light_verb(link: Link) -> str | None:
    """A light verb before its event noun gives way to it ("provided assistance", "sent peacekeepers"), with the
    intent an intent marker gave it ("will provide assistance" is AGREE); not an accusation of a hostile act ("protested
    the arrest of fishermen by X": the protest stands, `roles.act-agent-target`), nor an asserted mediation before
    talks ("menjadi penengah dalam perundingan antara A dan B": the mediator meets each party, as they meet)."""
    a, b = link.a, link.b
    if not (link.adjacent and a.entry.weight < b.entry.weight and b.relation) or (a.relation == "ACCUSE"
                                                                                and b.relation in FORCE_ACTS):
        return None
    if a.cameo == MEDIATION_CAMEO and a.mode == "asserted" and b.relation == "CONSULT":
        return None  # "menjadi penengah dalam perundingan antara A dan B": the mediator meets each party, as they meet
    a.dropped = True
    if a.mode in ("intended", "threatened"):  # "will continue providing assistance": the intent goes on to the noun
        _apply_intent_relation(a, b)
        b.applied("chain.light-verb")
    return ADVANCE


@RULES.register("candidate.inside-name", "candidate")
def _inside_name(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """A trigger word inside an actor's name is no event ("Rapid Support Forces"); the gap of an `inside` entry names
    its target ("called Xi a dictator"): only its first and last words count; nor does the owner of a multiword
    trigger's noun in its gap ("lifted U.S. sanctions on Syria", `_owner_in_gap`)."""
    if ctx.entries[span.label_].inside:
        return span.start in inside_names or span.end - 1 in inside_names
    return (any(i in inside_names for i in range(span.start, span.end))
            and not _owner_in_gap(ctx, span, inside_names, marks))


GAP_OWNER_KINDS = ("demonym", "name", "acronym")
GAP_OWNER_TYPES = union_words("events.gap_owner_types")  # "lifted EU sanctions"; not "training the Taliban insurgents"


def _owner_in_gap(ctx: DocContext, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """A multiword trigger's own words are outside names and the only name in its gap is the owner of its last word,
    right before it ("ending most U.S. sanctions on Syria", "lifted EU sanctions on Peru"): the owner modifies the
    trigger's noun, the trigger stands. Not after a preposition: "the lifting of U.S. sanctions" names the owner as
    the act's agent, no act of the clause's subject."""
    words = low(ctx.doc)
    if span.start in inside_names or span.end - 1 in inside_names:
        return False
    if any(words[i] in marks.preps for i in range(span.start + 1, span.end - 1)):
        return False
    gap = [m for m in ctx.all_mentions if span.start < m.end and m.start < span.end - 1]
    return bool(gap) and all(span.start < m.start and m.end == span.end - 1 and m.kind in GAP_OWNER_KINDS
                             and m.actor.type in GAP_OWNER_TYPES for m in gap)


@RULES.register("candidate.document-title", "candidate")
def _in_document_title(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """A trigger word in a document's name is no event ("committed to the goals of the Paris Agreement",
    "menghormati Deklarasi Beijing"; the names `mentions.document-title` found)."""
    return any(i in ctx.document_titles for i in range(span.start, span.end))


INSIDE_GAP_QUANTITIES = union_words("events.inside_gap_quantities")  # "expelled hundreds of Peruvian migrants"


@RULES.register("candidate.inside-gap", "candidate")
def _inside_gap(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """The gap of an `inside` entry is the judged actor's phrase: it opens with a name, an article or an owner
    pronoun (or, where owners follow their nouns, holds a name: "menyebut tindakan China sebagai …") and holds
    no "to" ("called on Peru to halt a provocation" is the appeal, "called Peru on Monday to
    discuss …" a phone call). An entry that ends with "to" ("ordered Peru to …") takes a gap that is one name alone."""
    if not ctx.entries[span.label_].inside:
        return False
    words, first = low(ctx.doc), span.start + 1
    # a name, or a title before one ("called Chinese President Xi Jinping a …")
    named = first in inside_names or tokens(ctx.doc).text[first][:1].isupper()
    opens = named or words[first] in NOUN_DETERMINERS or words[first] in OWNER_PRONOUNS
    # a number or a quantity, as an article: "expelled hundreds of Peruvian migrants", "expelled 300 Peruvian nationals"
    opens = opens or words[first] in INSIDE_GAP_QUANTITIES or words[first].replace(",", "").isdigit()
    # where the owner follows its noun, an act and its owner: "menyebut tindakan China sebagai pembajakan", the
    # owner a state's forces too ("menyebut kerja sama militer Moskow sebagai ancaman": a role mention)
    opens = opens or (ctx.grammar.noun_then_owner and any(first <= m.start and m.end < span.end
                                                          for m in ctx.all_mentions))
    if words[span.end - 1] in marks.complement:  # "ordered Israel to …": the gap is the addressee's name alone
        named_from = first + (words[first] in NOUN_DETERMINERS)  # not "ordered the Russian army to attack"
        return named_from >= span.end - 1 or not all(i in inside_names for i in range(named_from, span.end - 1))
    return not opens or any(words[i] in marks.complement for i in range(first, span.end))


GAPPED_AUXILIARIES = union_words("events.gapped_auxiliaries")  # "firms it said were helping Peru"


@RULES.register("candidate.gapped-report", "candidate")
def _gapped_report(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """"sanctioned ten companies it said were helping Peru": a trigger right after a speech verb and an auxiliary
    (`events.gapped_auxiliaries`) is the verb of a relative clause whose subject is the noun before the speaker
    ("companies"), not the speaker: no event of the actors named."""
    words, i = low(ctx.doc), span.start - 1
    while i > sent.start and words[i] in GAPPED_AUXILIARIES:
        i -= 1
    return i < span.start - 1 and words[i] in marks.speech and tokens(ctx.doc).is_lower[i] and i not in inside_names


@RULES.register("candidate.spoken-act", "candidate")
def _spoken_act(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """"Kurti menyebut serangan itu dilakukan oleh …": an act noun (`events.act_anaphor_nouns`) right after a speech
    verb, a demonstrative after it (`events.act_demonstratives`: Indonesian), is an act told before that the speaker
    speaks of, no act of the speaker's (the judgement entries that span the speech verb keep their own match)."""
    words, i = low(ctx.doc), span.start
    if span.end - i != 1 or i - 1 < sent.start or span.end >= sent.end or words[i] not in ACT_ANAPHOR_NOUNS:
        return False
    return words[i - 1] in marks.speech and words[span.end] in ACT_DEMONSTRATIVES


@RULES.register("candidate.modifier-use", "candidate")
def _modifier_candidate(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """A trigger used as a modifier is no event ("a possible war", "the occupied territories"); an intent marker
    used so still marks the event after it ("the upcoming visit", "the pledged aid")."""
    return not ctx.entries[span.label_].intent and _modifier_use(ctx.doc, sent, span, marks)


@RULES.register("candidate.reduplication", "candidate")
def _reduplicated(ctx: DocContext, sent: Span, span: Span, inside_names: set[int], marks: Markers) -> bool:
    """The second half of a reduplicated plural ("perundingan-perundingan", "serangan-serangan") is the same
    trigger as the first, no event of its own (an intent before the first would not reach it); the first then
    ends where the second does."""
    words = low(ctx.doc)
    i = span.start
    return i >= sent.start + 2 and words[i - 1] == "-" and words[i - 2] == words[i]


@RULES.register("filter.no-relation", "filter")
def _drop_without_relation(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A marker entry left alone after the chain (an intent word with no event after it) is no event; a charge
    entry with no accused after it ("a man accused of spying") accuses the antecedent of an object relative clause
    whose subject is named ("ECOWAS, which they accuse of serving French interests"; `roles.relative-object`)."""
    for c in cands:
        if not c.relation and c.entry.charges and object_relative(ctx.doc, sent.start, c.start, marks) is not None:
            _recode(c, CHARGE_RELATION, c.mode)
        elif not c.relation:
            c.dropped = True


DATE_NOUNS = union_words("events.date_nouns")  # "on the anniversary of the invasion of Ukraine": an event as a date


@RULES.register("filter.date-phrase", "filter")
def _drop_date_phrase_events(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An event noun with no owner that dates the sentence ("on the first anniversary of the invasion of Ukraine",
    "since the start of the war with Peru", `events.date_nouns`) is a past event named as a time: no act of the
    clause's subject. One with its owner ("the anniversary of Russia's invasion") stays."""
    words = low(ctx.doc)
    for c in cands:
        at = c.start - 1 - (c.start - 1 > sent.start and words[c.start - 1] in NOUN_DETERMINERS)
        if at - 1 >= sent.start and words[at] in OWNER_LINKS and words[at - 1] in DATE_NOUNS:
            c.dropped = True


HYPOTHETICAL_OPENERS = union_words("events.hypothetical_openers")  # "a" / "any" Chinese attack on Taiwan …
HYPOTHETICAL_MODALS = union_words("events.hypothetical_modals")  # … "could" justify a response
# "serangan terhadap Y yang dapat memicu …": the modal is a relative clause's, as after "that"
RELATIVE_OPENERS = union_words("events.relative_openers")  # "that", "which", "yang": a relative clause opens
HYPOTHETICAL_REACH = 7  # tokens from the noun to the modal: "attack on the island of Taiwan could"


def _modal_subject(doc: Doc, sent: Span, span: Span) -> bool:
    """Is the event noun at `span` an indefinite act that a modal verb follows as its predicate ("a Chinese attack on
    Taiwan could justify a response", "any strike on Iran would …"; `events.hypothetical_openers` before it past at
    most two modifiers, `events.hypothetical_modals` after it before any punctuation)? It is an act supposed, not
    reported."""
    table, words = tokens(doc), low(doc)
    i = span.start - 1
    while i >= sent.start and span.start - i <= 3 and words[i] not in HYPOTHETICAL_OPENERS:
        if not table.is_alpha[i] or table.is_punct[i]:
            return False
        i -= 1
    if i < sent.start or words[i] not in HYPOTHETICAL_OPENERS:
        return False
    for k in range(span.end, min(sent.end, span.end + HYPOTHETICAL_REACH)):
        if table.is_punct[k] or words[k] in RELATIVE_OPENERS:
            return False  # "an attack on Peru that could escalate": the modal is a relative clause's
        if words[k] in HYPOTHETICAL_MODALS:
            return True
    return False


POSSIBILITY_MODALS = union_words("events.possibility_modals")  # "could meet", "might attack"
TITLE_MODIFIERS = union_words("events.title_modifiers")  # "host" in "with host President X", "the host nation"
TITLE_MODIFIER_HEADS = union_words("events.title_modifier_heads")  # "nation", "country", "government"
TITLE_MODIFIER_BEFORE = union_words("events.title_modifier_before")  # "with", "as"


def _title_modifier(doc: Doc, sent: Span, span: Span, marks: Markers) -> bool:
    """"talks with host President X", "Host President X thanked …", "the host nation": the bare verb form used as a
    noun before a capitalised title or a state noun names the host, no act of hosting (`events.title_modifiers`)."""
    words, texts = low(doc), tokens(doc).text
    if len(span) != 1 or texts[span.start].lower() not in TITLE_MODIFIERS or span.end >= sent.end:
        return False
    after = texts[span.end]
    if not (after[:1].isupper() or words[span.end] in TITLE_MODIFIER_HEADS):
        return False
    if span.start == sent.start:
        return texts[span.start][:1].isupper()
    return words[span.start - 1] in marks.determiners or words[span.start - 1] in TITLE_MODIFIER_BEFORE


def _modifier_use(doc: Doc, sent: Span, span: Span, marks: Markers) -> bool:
    """Not an event: "a possible war", "the occupied territories", "Jordan's visiting king", "with host President X"."""
    before = [low(doc)[i] for i in range(max(sent.start, span.start - 2), span.start)]
    if any(word in marks.irrealis for word in before) or _modal_subject(doc, sent, span):
        return True
    if _title_modifier(doc, sent, span, marks):
        return True
    if before and before[-1] in POSSIBILITY_MODALS:
        return True  # "Y and Z could meet in the coming days": a possibility, no act reported
    word = low(doc)[span.start]
    return (len(span) == 1 and word.endswith(("ed", "ing")) and bool(before) and before[-1] in marks.determiners
            and span.end < sent.end and not tokens(doc).is_punct[span.end] and low(doc)[span.end] not in marks.preps)


def _apply_intent(a: Candidate, b: Candidate) -> bool:
    """An intent marker before an event verb: cooperation → AGREE (CAMEO 03), force → THREATEN (CAMEO 13); a
    relation the marker `keeps` stays ("committed to supporting Y" is the support: False, nothing applied)."""
    if b.relation in a.entry.keeps:
        a.dropped = True
        return False
    if b.entry.quad in (1, 2) or b.relation == "AGREE":
        _recode(b, "AGREE", "intended")
    elif b.relation in ("ASSAULT", "COERCE", "MOBILIZE"):
        _recode(b, "THREATEN", "threatened")
    b.start = a.start
    a.dropped = True
    return True


@RULES.register("filter.complement-clauses", "filter")
def _absorb_complement_clauses(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A governing verb absorbs the events of its complement clause ("demanded that X ease restrictions").

    `threatened to launch an offensive in its war with Iraq`, `demanded that X ease restrictions`: the
    events inside a governing verb's complement are what it is about, not events of their own. A past-tense verb
    of the same relation after "and", with an actor right after it, is the subject's second act ("called on Y to …
    and urged Z to …")."""
    doc = ctx.doc
    words, texts = low(doc), tokens(doc).text
    last = ctx.sentence_mentions[-1] if ctx.sentence_mentions else None
    sent_mentions = last[1] if last is not None and last[0].start == sent.start else []
    for i, a in enumerate(cands):
        if a.dropped or not a.entry.governs or a.search_from >= sent.end:
            continue
        window = words[a.end : min(sent.end, a.search_from + 5)]
        if not any(word in marks.complement | COMPLEMENTIZERS for word in window):
            continue
        for b in cands[i + 1 :]:
            if b.dropped or b.start < a.search_from:
                continue
            between = range(a.search_from, b.start)
            if any(texts[j] in CLAUSE_BREAKS or texts[j] == "," or words[j] in marks.target_stops for j in between):
                break
            if (words[b.start - 1] in PAIR_JOINERS and words[b.start].endswith("ed") and b.relation == a.relation
                    and any(b.end <= m.start <= b.end + 1 for m in sent_mentions)):  # fmt: skip
                break  # a second finite verb of the subject, no complement
            b.dropped = True
            a.extra_preps = (*a.extra_preps, *b.entry.preps)
            a.extra_object = a.extra_object or b.entry.object
            if "filter.complement-clauses" not in a.rules:
                a.applied("filter.complement-clauses")


@RULES.register("filter.requested-complements", "filter")
def _drop_requested_complements(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """`X urged Y to cooperate`: the complement of a governing verb is not an event of its own."""
    doc = ctx.doc
    for i, c in enumerate(cands):
        if c.dropped or c.start == 0:
            continue
        before = low(doc)[c.start - 1]
        if before in marks.complement and any((p.entry.governs or p.mode == "intended") and not p.dropped
                                              for p in cands[:i]):
            c.dropped = True


@RULES.register("filter.accusation-charges", "filter")
def _drop_accusation_charges(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """The charge of an accusation is alleged, not an event of its own ("accused Y of helping Z").

    `X accused Y of helping Z`, `X menuduh Y membantu Z`: the charge is what the accusation is about (Y is
    said to help Z, not shown to), so it is not an event of its own. The charge follows the accused, after a
    marker word where the language has one (`of`, `for`), within a few tokens of the accusation; or it comes first
    and the accused after `events.blame_links` ("blamed the bombing on Y"). A past tense right after "and" is the
    accuser's next act, not a charge ("condemned the coup and suspended Y"; a language with a charge marker). A
    suspicion with no accuser (a null entry with `charges`: "officers accused of supplying weapons to Y") makes the
    charge right after it alleged too."""
    doc = ctx.doc
    for i, a in enumerate(cands):
        if not a.entry.charges or (a.dropped and a.entry.relation is not None):
            continue
        suspicion = a.entry.relation is None  # "officers accused of supplying …": no accuser, the charge still alleged
        # the accused's name counts as one token ("accused the United Arab Emirates on Thursday of …")
        names_after = [m for m in ctx.all_mentions if a.end <= m.start and m.end <= sent.end]
        for b in cands[i + 1 :]:
            named = sum(m.end - m.start - 1 for m in names_after if m.end <= b.start)
            if b.dropped or b.start - a.end - named > 6:
                break
            between = low(doc)[a.end : b.start]
            if suspicion:  # the charge, and what its phrase goes on to name ("supplying weapons to Y")
                if not all(word.isalpha() and word.islower() for word in between):
                    break
                b.dropped = True
                continue
            if any(word in (",", ";", ".") or word in marks.clause for word in between):
                break
            if marks.charge and between and between[-1] in marks.conjunctions and _participle(low(doc)[b.start],
                                                                                            marks, ""):
                break  # "condemned the takeover and imposed sanctions on Y": the accuser's next act, no charge
            if (between and between[-1] in marks.charge) or (not marks.charge and len(between) <= 4):
                b.dropped = True
            elif _charge_modified(between, marks):
                b.dropped = True  # "blamed Y for a deadly attack on Z"
            elif _agent_after(doc, b.end, sent.end):
                continue  # "condemned the rocket attacks by Y": Y's charge, stays
            elif len(between) <= 3 and _blamed_on(doc, b.end, sent.end):
                b.dropped = True  # "blamed the bombing on Y": the bombing is Y's, alleged
            elif _condemned_object(doc, a.end, b.start):
                b.dropped = True  # "condemned the recent attacks on Y": the attacks are condemned, not X's


def _charge_modified(between: list[str], marks: Markers) -> bool:
    """A charge marker, then at most three lower-case words before the charge ("for a deadly attack")."""
    marker = max((i for i, word in enumerate(between) if word in marks.charge), default=None)
    if marker is None:
        return False
    rest = between[marker + 1 :]
    return len(rest) <= 3 and all(word.isalpha() and word.islower() for word in rest)


def _condemned_object(doc: Doc, start: int, end: int) -> bool:
    """Is the charge the accusation's own object, a determiner (`events.charge_determiners`) and at most two
    lower-case words or numbers before it ("condemned the recent attacks on Y")? A named owner ("condemned
    Peru's attack") keeps the charge, which the owner did."""
    texts = tokens(doc).text[start:end]
    if not texts or len(texts) > 3 or texts[0].lower() not in CHARGE_DETERMINERS:
        return False
    return all(t.isdigit() or (t.isalpha() and t.islower()) for t in texts[1:])


def _agent_after(doc: Doc, end: int, limit: int) -> bool:
    """Does an agent link (`events.agent_links`) follow the charge within two words ("condemned the rocket
    attacks by Y"): then the charge is Y's, alleged by the accuser, and stays."""
    return any(word in AGENT_LINKS for word in low(doc)[end : min(end + 2, limit)])


def _blamed_on(doc: Doc, end: int, limit: int) -> bool:
    """Does "on" (`events.blame_links`) follow a charge within a few words, before a comma ("blamed the attacks in
    Arica on Y")?"""
    words = low(doc)
    for i in range(end, min(end + 4, limit)):
        if words[i] in BLAME_LINKS:
            return True
        if words[i] in (",", ";", ".") or not words[i].isalpha():
            return False
    return False


@RULES.register("filter.topic-nouns", "filter")
def _drop_topic_nouns(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An event noun introduced as the topic of a governing verb is talked about, not done.

    `X pressed Y on support for Z`, `X mendesak Y soal serangan ke Z`: an event noun introduced as the topic
    of a governing verb (a request, an accusation, a rejection) is what is talked about, not an act of X."""
    doc = ctx.doc
    words = low(doc)
    for i, a in enumerate(cands):
        if a.dropped or not a.entry.governs:
            continue
        for b in cands[i + 1 :]:
            if b.dropped or b.start - a.end > 6 or b.start == 0:
                break
            noun = _nominal(words[b.start]) or ctx.pack.derived_noun(words[b.start])
            if words[b.start - 1] in marks.topic and noun:
                b.dropped = True


DISCUSSION_VERBS = union_words("events.discussion_verbs")  # "membahas", "membicarakan"
DISCUSSED_REACH = 5  # tokens from the discussion verb to the act: "membahas kesiapan Indonesia mengirim"


@RULES.register("filter.discussed-act", "filter")
def _drop_discussed_act(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An act named as what a meeting discusses is talked about, not done ("kedua pemimpin membahas kesiapan
    Indonesia mengirim pasukan perdamaian ke Gaza"): an event other than a meeting at most five words after a
    discussion verb (`events.discussion_verbs`), with no punctuation or clause word between, is dropped; the
    talks stay."""
    words, punct = low(ctx.doc), tokens(ctx.doc).is_punct
    for a in cands:
        if a.dropped or a.relation != "CONSULT" or words[a.start] not in DISCUSSION_VERBS:
            continue
        for b in cands:
            if b is a or b.dropped or b.relation == "CONSULT" or not 0 < b.start - a.end <= DISCUSSED_REACH:
                continue
            if not any(punct[i] or words[i] in marks.clause for i in range(a.end, b.start)):
                b.dropped = True
                b.applied("filter.discussed-act")


HOPE_WORDS = union_words("events.hope_words")  # "berharap", "mengharapkan"
HOPE_MODALS = union_words("events.hope_modals")  # "dapat", "bisa", "akan"


@RULES.register("filter.hoped-act", "filter")
def _drop_hoped_act(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An act another actor is hoped to do is no event ("Indonesia berharap China dan Jepang dapat menyelesaikan
    perbedaan melalui dialog"): a trigger after a hope word (`events.hope_words`), an actor named between them and
    a modal (`events.hope_modals`) after that actor; the hoper's own wish ("berharap dapat bekerja sama dengan Y")
    stays an intent."""
    words = low(ctx.doc)
    hopes = [i for i in range(sent.start, sent.end) if words[i] in HOPE_WORDS]
    if not hopes:
        return
    for c in cands:
        hope = next((h for h in reversed(hopes) if h < c.start), None)
        if c.dropped or hope is None:
            continue
        named = [m for m in ctx.all_mentions if hope < m.start and m.end <= c.start]
        if named and any(words[i] in HOPE_MODALS for i in range(named[0].end, c.start)):
            c.dropped = True
            c.applied("filter.hoped-act")


CAUTION_VERBS = union_words("events.caution_verbs")  # "warned", "cautioned"
CAUTION_LINKS = union_words("events.caution_links")  # "against"
CAUTION_DETERMINERS = union_words("events.caution_determiners")  # "any", "a", "further"


@RULES.register("filter.cautioned-act", "filter")
def _drop_cautioned_act(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An act a warning cautions against is no event ("Brazil warned Venezuela against any attack on Guyana": no one
    attacked, neither the warner nor the one warned): a trigger right after a caution link (`events.caution_links`)
    and at most two determiners (`events.caution_determiners`), with a caution verb (`events.caution_verbs`) at most
    six words before the link and no clause break between. The warning itself stays."""
    if not CAUTION_LINKS:
        return
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    for c in cands:
        if c.dropped:
            continue
        link = c.start - 1
        while link > sent.start and c.start - link <= 2 and words[link] in CAUTION_DETERMINERS:
            link -= 1
        if link <= sent.start or words[link] not in CAUTION_LINKS:
            continue
        for k in range(link - 1, max(sent.start, link - 7) - 1, -1):
            if texts[k] in CLAUSE_BREAKS or texts[k] == "," or words[k] in marks.clause:
                break
            if words[k] in CAUTION_VERBS:
                c.dropped = True
                c.applied("filter.cautioned-act")
                break


JUDGING_RELATIONS = ("ACCUSE", "REJECT")
CAUSE_LINKS = union_words("events.cause_links")  # "summoned Y's ambassador over the attack on Z"
PENALTY_RELATIONS = frozenset({"ACCUSE", "SANCTION", "REJECT", "THREATEN", "COERCE", "PROTEST"})


@RULES.register("filter.cause-nouns", "filter")
def _drop_cause_nouns(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An ownerless event noun given as the reason of a penalty or a judgement is its cause, no act of the subject.

    `X summoned Y's ambassador over the attack on Z`, `X sanctioned Y's firms over arms sales to Z`: after a cause
    link (`events.cause_links`) and at most an article (`events.charge_determiners`) and two lower-case words, the
    noun names what Y is blamed for (Y's, alleged), not X's act. A noun with its owner ("over its attack on Z",
    "over Peru's support for Z") stays, the owner's (`roles.its-owner`, `roles.genitive-owner`), except a plural
    pronoun that stands for the penalised (`events.penalised_owner_pronouns`: "sanctioned three firms over their
    support for Z"). Where the owner follows the noun (Indonesian "atas serangan terhadap Z", "atas invasi Rusia ke
    Z", "atas dukungan militer mereka kepada Z"), it is looked for after the noun: a possessive suffix, an actor or
    an agent after at most three modifiers keeps the noun."""
    words, texts = low(ctx.doc), tokens(ctx.doc).text
    for i, a in enumerate(cands):
        if a.dropped or a.relation not in PENALTY_RELATIONS:
            continue
        for b in cands[i + 1 :]:
            if b.start - a.end > 12:
                break
            if b.dropped or not (_nominal(words[b.start]) or ctx.pack.derived_noun(words[b.start])):
                continue
            link = next((k for k in range(b.start - 1, max(a.end, b.start - 4) - 1, -1) if words[k] in CAUSE_LINKS),
                        None)  # fmt: skip
            if link is None or any((w in (",", ";", ".") and not _listing_comma(ctx, sent, k)) or w in marks.clause
                                   for k, w in enumerate(words[a.end : link], start=a.end)):  # fmt: skip
                continue
            between = texts[link + 1 : b.start]
            if between and between[0].lower() not in CHARGE_DETERMINERS and not between[0].islower():
                continue  # an owner named: "over Peru's support for Z"
            if not all(t.lower() in CHARGE_DETERMINERS or t.isdigit() or (t.isalpha() and t.islower())
                       for t in between):  # fmt: skip
                continue
            owners = {t.lower() for t in between} & OWNER_PRONOUNS
            if ctx.grammar.noun_then_owner:
                owners |= _owner_after_noun(ctx, sent, b, marks)
            if not owners or owners <= PENALISED_OWNERS:
                b.dropped = True
                end = next((k for k in range(b.end, sent.end) if words[k] in (",", ";", ".")), sent.end)
                ctx.penalty_reasons.update(range(b.start, end))


def _listing_comma(ctx: DocContext, sent: Span, k: int) -> bool:
    """Is token `k` a comma between two actors of a list ("sanctions on Iran, North Korea and Belarus")?"""
    if tokens(ctx.doc).text[k] != ",":
        return False
    ends = {m.end for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    starts = {m.start for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    return k in ends and k + 1 in starts


def _owner_after_noun(ctx: DocContext, sent: Span, noun: Candidate, marks: Markers) -> set[str]:
    """In a language that puts an event noun's owner after it: what owns the noun, as a set of one word — the
    possessive suffix (-nya), an actor named right after it or after at most three lower-case modifiers ("atas
    invasi Rusia", "atas serangan udara Israel"), its agent ("oleh"), or a pronoun ("dukungan militer mereka");
    empty when nothing does."""
    words, lower, alpha = low(ctx.doc), tokens(ctx.doc).is_lower, tokens(ctx.doc).is_alpha
    suffix = ctx.grammar.possessive_suffix
    if suffix and words[noun.end - 1].endswith(suffix):
        return {suffix}
    starts = {m.start for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    stops = marks.preps | marks.coordinators
    k = noun.end
    while k < min(sent.end, noun.end + 3) and k not in starts and lower[k] and alpha[k] and words[k] not in stops \
            and words[k] not in PENALISED_OWNERS:  # fmt: skip
        k += 1
    if k >= sent.end:
        return set()
    if k in starts or words[k] in marks.passive_agent:
        return {"<actor>"}
    return {words[k]} if words[k] in PENALISED_OWNERS else set()


@RULES.register("filter.judged-nouns", "filter")
def _drop_judged_nouns(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An event noun right after a condemning or rejecting verb, with no owner of its own, is judged, not done.

    "Jepang mengecam serangan terhadap Ukraina", "mengecam keras kerja sama militer kedua negara itu": the attack
    and the cooperation are not Japan's (the verb's subject was their source). Only where an owner follows the
    noun (`grammar.noun_then_owner`): an actor right after it or after one or two modifiers ("serangan udara
    Rusia"), its agent after "oleh" (after the target too), or a possessive suffix ("invasinya") keeps the
    noun's event; a symmetric noun's parties are never the judge, so it is dropped with or without them."""
    if not ctx.grammar.noun_then_owner:
        return
    doc = ctx.doc
    words, lower, alpha = low(doc), tokens(doc).is_lower, tokens(doc).is_alpha
    starts = {m.start for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    suffix = ctx.grammar.possessive_suffix
    for i, a in enumerate(cands):
        if a.dropped or a.relation not in JUDGING_RELATIONS or _event_noun(ctx, words[a.start]) or i + 1 >= len(cands):
            continue
        b = cands[i + 1]
        gap = words[a.end : b.start]
        if b.dropped or len(gap) > 1 or any(w not in ACT_INTENSIFIERS for w in gap):
            continue
        if b.entry.symmetric and (b.end > b.start + 1 or _event_noun(ctx, words[b.start])):  # the parties
            b.dropped = True  # of "mengecam kerja sama (militer) A dan B" are after it, not the subject
            continue
        if not _event_noun(ctx, words[b.start]):
            continue
        if suffix and words[b.end - 1].endswith(suffix):
            continue
        k = b.end
        stops = marks.preps | marks.coordinators
        while k < min(sent.end, b.end + 2) and lower[k] and alpha[k] and words[k] not in stops:
            k += 1  # "serangan udara Rusia", "kerja sama militer Rusia": modifiers before the owner
        if k < sent.end and (k in starts or words[k] in marks.passive_agent):
            continue
        punct = tokens(doc).is_punct
        agent = next((j for j in range(b.end, min(sent.end, b.end + 8)) if punct[j] or words[j] in marks.passive_agent),
                     None)  # fmt: skip
        if agent is not None and not punct[agent]:
            continue  # "mengecam serangan terhadap Peru oleh Bolivia": the agent after the act's target
        b.dropped = True


# words after a body's meeting noun that name a partner of the body ("pertemuan para menteri ASEAN dengan China")
BODY_MEETING_PARTNER = frozenset({"dengan", "bersama", "dan", "serta", "antara", "-", "–"})


@RULES.register("filter.body-meeting", "filter")
def _drop_body_meetings(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A meeting noun followed by the body whose members meet is that body's meeting, not a meeting with it.

    "Hal itu disampaikan Sugiono dalam pertemuan para menteri luar negeri ASEAN", "berbicara dalam pertemuan
    OKI di Jeddah": the organisation (or a group) owns the meeting (a few lower-case words, "para" and titles,
    between), its members are no party to talks with it. Kept where a partner follows the body ("pertemuan para
    menteri ASEAN dengan Menlu China", "pertemuan ASEAN-Jepang"). Only in a language that puts the owner after
    the noun (Indonesian)."""
    if not ctx.grammar.noun_then_owner:
        return
    doc = ctx.doc
    words, lower, alpha = low(doc), tokens(doc).is_lower, tokens(doc).is_alpha
    by_start = {m.start: m for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    stops = marks.preps | marks.coordinators
    for c in cands:
        # one meeting noun, or one an intent marker took in ("akan menghadiri pertemuan para menteri ASEAN")
        noun = c.start if "chain.intent" not in c.rules else c.end - 1
        if c.dropped or c.entry.relation != "CONSULT" or c.end - noun != 1 or not _event_noun(ctx, words[noun]):
            continue
        k = c.end
        if k < sent.end and words[k] == "para":
            k += 1
        while k < min(sent.end, c.end + 6) and k not in by_start and lower[k] and alpha[k] and words[k] not in stops:
            k += 1  # "pertemuan para menteri luar negeri ASEAN"
        body = by_start.get(k)
        if body is None or body.actor.type not in ("Organization", "Group"):
            continue
        after = body.end
        if after < sent.end and (words[after] in BODY_MEETING_PARTNER or after in by_start):
            continue
        c.dropped = True


@RULES.register("filter.named-forum", "filter")
def _drop_named_forums(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A meeting noun written with a capital inside running text and followed by a capitalised word that names no
    actor is the name of a forum or conference, no talks of the actors around it: "dalam forum Dialog Shangri-La",
    "di sela Dialog Raisina".

    Russia and Ukraine of "perang Rusia-Ukraina" before it had been read as the parties. The word before must be
    lower-case (a title-case headline, "Gelar Dialog Dengan …", keeps its talks), and a preposition or an actor after
    the noun keeps them too. Only in a language that puts the owner after the noun."""
    if not ctx.grammar.noun_then_owner:
        return
    doc = ctx.doc
    words, texts, lower = low(doc), tokens(doc).text, tokens(doc).is_lower
    starts = {m.start for m in ctx.all_mentions if sent.start <= m.start < sent.end}
    for c in cands:
        if c.dropped or c.relation != "CONSULT" or c.start <= sent.start or c.end >= sent.end:
            continue
        if not texts[c.start][:1].isupper() or not lower[c.start - 1]:
            continue
        after = c.end
        if texts[after][:1].isupper() and after not in starts and words[after] not in marks.preps:
            c.dropped = True


def in_conditional(doc: Doc, sent: Span, start: int, marks: Markers) -> bool:
    """Is token `start` inside an if-clause (from the conditional word to the next comma)? A clause of a condition
    still to be met counts too: "until Hamas recognizes Israel" (a word of `events.pending_conditions`, the trigger
    not in the past: "until it withdrew" is an event)."""
    words = low(doc)
    for i in range(start - 1, sent.start - 1, -1):
        text = words[i]
        if text in (",", ";"):
            return False
        if text in marks.conditional:
            return True
        if text in PENDING_CONDITIONS and not _participle(words[start], marks, ""):
            return True
    return False


PENDING_CONDITIONS = union_words("events.pending_conditions")


def negated(doc: Doc, sent: Span, c: Candidate, mentions: list[Mention], marks: Markers) -> bool:
    """Is the candidate negated: a negation word in the few words before it (up to an actor or a punctuation mark),
    or inside it ("will not attack", an intent chain the negation sits in, whatever comes before it) unless the
    entry lists it among its own words ("sebagai tindakan tidak bersahabat" is a judgement)?"""
    mention_tokens = {i for m in mentions for i in range(m.start, m.end)}
    punct = tokens(doc).is_punct
    i, seen = c.start - 1, 0
    while i >= sent.start and seen < 4:
        aside = _aside_start(doc, sent, i)
        if aside is not None:
            i = aside - 1  # "will not, however, meet": the aside between commas is skipped
            continue
        if i in mention_tokens or punct[i]:
            break
        if low(doc)[i] in marks.negation:
            return True
        i, seen = i - 1, seen + 1
    inside = [low(doc)[i] for i in range(c.start, c.end)]
    if not any(word in marks.negation for word in inside):
        return False
    listed = {word for step in c.entry.words for word in step.split("|")}  # "tindakan tidak bersahabat": the entry's
    return any(word in marks.negation and word not in listed for word in inside)


def _aside_start(doc: Doc, sent: Span, i: int) -> int | None:
    """Where a short aside set off by commas (one or two lower-case words: ", however,") ends at token i, the
    index of its opening comma; else None."""
    texts = tokens(doc).text
    if texts[i] != ",":
        return None
    for j in (i - 2, i - 3):
        if j >= sent.start and texts[j] == "," and all(t.isalpha() and t.islower() for t in texts[j + 1 : i]):
            return j
    return None


FAILURE = union_words("events.failure")


def _failed(doc: Doc, sent: Span, c: Candidate, mentions: list[Mention]) -> bool:
    """Is the negation before the trigger a failure verb ("failed to agree"), or in a language that says so, a
    plain negation ("tidak sepakat": disagreeing)?"""
    mention_tokens = {i for m in mentions for i in range(m.start, m.end)}
    punct = tokens(doc).is_punct
    for i in range(c.start - 1, max(sent.start, c.start - 4) - 1, -1):
        if i in mention_tokens or punct[i]:
            return False
        if low(doc)[i] in FAILURE:
            return True
    return False


# -- roles ---------------------------------------------------------------------------------------------------


def sentence_triples(ctx: DocContext, sent: Span, mentions: list[Mention], marks: Markers) -> list[Triple]:
    if not may_pair(ctx, mentions):
        return []
    doc = ctx.doc
    cands = sentence_candidates(ctx, sent, mentions, marks)
    words = set(low(doc)[sent.start : sent.end])
    used_as_target: set[int] = set()
    out: dict[tuple[str, str, str], Triple] = {}
    previous: tuple[Candidate, list[Pair]] | None = None
    for c in cands:
        roles = Roles(ctx, sent, c, mentions, used_as_target, marks, list(c.rules), previous=previous)
        pairs = apply_role_rules(roles)
        if not pairs:
            continue
        previous = (c, pairs)
        trace, passive, distance = roles.trace, roles.passive, roles.distance
        outcome = Outcome(c, c.mode, negated(doc, sent, c, mentions, marks))
        for rule in RULES.ordered("rewrite"):
            if rule.function(ctx, sent, outcome, words, mentions, marks):
                trace.append(rule.id)
        c, mode, is_negated, relation_override = outcome.c, outcome.mode, outcome.negated, outcome.relation
        for source, target, pair_rules in pairs:
            if ("rewrite.failed-agreement-reject" in trace and "roles.comitative-both-ways" in pair_rules
                    and low(doc)[source.start - 1] not in PARTNERS):  # fmt: skip
                # "X tidak sepakat dengan keputusan Y": X rejects Y's decision, Y rejects nothing; a failure with
                # the partner itself ("failed to agree with Y") stays both ways
                continue
            relation = relation_override or c.relation
            key = (source.actor.id, relation, target.actor.id)
            if key in out:
                continue
            conf = c.entry.weight * (0.9 if passive else 1.0) * (0.85 if source.coref or target.coref else 1.0)
            conf *= (0.9 if distance > 6 else 1.0) * (1.0 if ctx.parsed else 0.95)
            out[key] = make_triple(ctx, sent, c, source, target, is_negated, mode, conf, relation,
                                   (*trace, *pair_rules))  # fmt: skip
    return list(out.values())


def may_pair(ctx: DocContext, mentions: list[Mention]) -> bool:
    """Whether a sentence's mentions can make a triple: every pair the roles rules settle is of two of its
    mentions, or (`roles.converse-host`) of a mention and its actor's state, and `roles.no-self-loop` drops
    an actor paired with itself or a person with their own state. So a sentence naming one actor yields none
    unless that actor's state is another actor it may act toward (about a quarter of the sentences: no candidates
    built for them)."""
    first = mentions[0].actor if mentions else None
    if first is None or any(m.actor.id != first.id for m in mentions):
        return first is not None
    state = ctx.gazetteer.actors.get(first.state) if first.state else None
    return state is not None and not self_loop(first, state)


@dataclass
class Outcome:
    """What the `rewrite` rules may change of a candidate with its roles: relation, mode, negation."""

    c: Candidate
    mode: str
    negated: bool
    relation: str | None = None  # a relation that overrides the candidate's


CLAUSE_CONDITIONALS = union_words("events.clause_conditionals")


@RULES.register("rewrite.conditional-hypothetical", "rewrite")
def _conditional_mode(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                      marks: Markers) -> bool:  # fmt: skip
    """An asserted event in a sentence with a conditional word is hypothetical; with a word that opens a
    conditional clause (`events.clause_conditionals`: if, unless, whether), only an event after it ("If Peru
    attacks Chile, …"): one before it is the main clause's ("signed a pact that pledges help if either is
    attacked", "asked Peru whether it would …": the signing and the question took place); nor a participle of a
    speaker's reaction after a comma (`events.speaker_participles`: "…, drawing a sharp rebuke from Y")."""
    if words.isdisjoint(marks.conditional) or o.c.mode != "asserted":
        return False
    lower, start = low(ctx.doc), o.c.start
    if lower[start] in SPEAKER_PARTICIPLES and start > sent.start and tokens(ctx.doc).text[start - 1] == ",":
        return False  # "X said Y could respond if Z attacked, drawing a rebuke from W": a reaction to the saying
    if words.isdisjoint(marks.conditional - CLAUSE_CONDITIONALS) and not any(
            lower[i] in marks.conditional for i in range(sent.start, start)):  # fmt: skip
        return False
    o.mode = "hypothetical"
    return True


SCHEDULE_WORDS = union_words("events.schedule_words")  # "dijadwalkan", "direncanakan"
TIME_CLAUSE_REACH = 4  # tokens from the time-clause word to the visit: "saat Perdana Menteri Albanese berkunjung"


def _asserted_consult(o: Outcome, words: set[str], cues: frozenset[str]) -> bool:
    """Is the outcome an asserted visit or meeting (CONSULT) in a sentence with one of the `cues` words?"""
    return o.c.mode == "asserted" and (o.relation or o.c.relation) == "CONSULT" and not words.isdisjoint(cues)


@RULES.register("rewrite.planned-time-clause", "rewrite")
def _planned_time_clause(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                         marks: Markers) -> bool:  # fmt: skip
    """A visit or meeting in the time clause of a scheduled act ("Penandatanganan dijadwalkan berlangsung saat
    Albanese berkunjung ke Jakarta") is planned as well: AGREE (intended), as "will visit" (docs/annotation.md)."""
    if not _asserted_consult(o, words, TIME_CLAUSE_WORDS):
        return False
    lower = low(ctx.doc)
    floor = max(sent.start, o.c.start - TIME_CLAUSE_REACH)
    clause = next((i for i in range(o.c.start - 1, floor - 1, -1) if lower[i] in TIME_CLAUSE_WORDS), None)
    if clause is None or not any(lower[i] in SCHEDULE_WORDS for i in range(sent.start, clause)):
        return False
    o.relation, o.mode = "AGREE", "intended"
    return True


# tokens from the event noun to its schedule word: "Kunjungan Presiden Prabowo ke Tokyo dijadwalkan"
SCHEDULED_REACH = 8


@RULES.register("rewrite.scheduled-noun", "rewrite")
def _scheduled_noun(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                    marks: Markers) -> bool:  # fmt: skip
    """A visit or meeting named as a noun that a schedule word follows ("Kunjungan Presiden Prabowo ke Tokyo
    dijadwalkan berlangsung bulan depan") is planned: AGREE (intended), as "will visit" (docs/annotation.md)."""
    if not _asserted_consult(o, words, SCHEDULE_WORDS):
        return False
    lower, punct = low(ctx.doc), tokens(ctx.doc).is_punct
    if not _event_noun(ctx, lower[o.c.start]):
        return False
    for i in range(o.c.end, min(sent.end, o.c.end + SCHEDULED_REACH)):
        if punct[i] or lower[i] in marks.clause:
            return False
        if lower[i] in SCHEDULE_WORDS:
            o.relation, o.mode = "AGREE", "intended"
            return True
    return False


@RULES.register("rewrite.ultimatum-threaten", "rewrite")
def _ultimatum(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
               marks: Markers) -> bool:  # fmt: skip
    """An intent with an ultimatum ("will withdraw its ambassador unless …") is THREATEN (CAMEO 13), and so is a
    sanction the subject says it will impose if a condition is met ("would cut off all aid to Y if the killings
    continued": a condition after the trigger, `events.clause_conditionals`)."""
    if o.c.mode == "intended" and not words.isdisjoint(marks.ultimatum):
        o.relation, o.mode = "THREATEN", "threatened"
        return True
    if o.c.relation != "SANCTION" or "chain.intent" not in o.c.rules or words.isdisjoint(CLAUSE_CONDITIONALS):
        return False
    if not any(word in CLAUSE_CONDITIONALS for word in low(ctx.doc)[o.c.end : sent.end]):
        return False
    o.relation, o.mode = "THREATEN", "threatened"
    return True


@RULES.register("rewrite.cost-threaten", "rewrite")
def _cost_threat(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                 marks: Markers) -> bool:  # fmt: skip
    """An intent or a promise that someone will pay for an act ("berjanji Iran akan membayar mahal", "vowed Iran
    would pay a heavy price") is THREATEN (CAMEO 13), not a promise to Iran (`markers.cost_phrases`)."""
    if not marks.cost_phrases or (o.c.mode != "intended" and not o.c.entry.intent):
        return False
    after = low(ctx.doc)[o.c.end : sent.end]
    if not any(tuple(after[i : i + len(p)]) == p for p in marks.cost_phrases for i in range(len(after))):
        return False
    o.relation, o.mode = "THREATEN", "threatened"
    return True


@RULES.register("rewrite.failed-agreement-reject", "rewrite")
def _failed_agreement(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                      marks: Markers) -> bool:  # fmt: skip
    """A failed agreement or a disagreement ("failed to agree", "tidak sepakat dengan") is REJECT (CAMEO 12)."""
    if not (o.negated and o.c.relation == "AGREE" and _failed(ctx.doc, sent, o.c, mentions)):
        return False
    o.c = replace(o.c)
    _recode(o.c, "REJECT", "asserted")
    o.negated, o.mode = False, "asserted"
    return True


WELCOME_WORDS = union_words("events.welcome_words")  # "welcomed Y to the White House": hosting, not praise
GUEST_LINKS = union_words("events.guest_links")
GUEST_COMPANIONS = union_words("events.guest_companions")  # "welcomed X and his delegation to …"
COMPANION_JOINERS = union_words("events.guest_companion_joiners")  # the "and" before them
COMPANION_REACH = 4  # words from "and" to the companions' noun: "and his accompanying delegation"


def _past_companions(words: list[str], at: int, end: int) -> int:
    """Past "and his (accompanying) delegation" after a guest (`events.guest_companions`), else `at`."""
    if at >= end or words[at] not in COMPANION_JOINERS:
        return at
    noun = next((k for k in range(at + 1, min(end, at + 1 + COMPANION_REACH)) if words[k] in GUEST_COMPANIONS), None)
    return at if noun is None else noun + 1


BE_WORDS = union_words("events.be_verbs")  # "was welcomed by Y"


@RULES.register("rewrite.welcome-guest", "rewrite")
def _welcome_guest(ctx: DocContext, sent: Span, o: Outcome, words: set[str], mentions: list[Mention],
                   marks: Markers) -> bool:  # fmt: skip
    """Welcoming a person to a place, or being welcomed by one, is hosting (CONSULT, CAMEO 043), not praise."""
    c, low_words = o.c, low(ctx.doc)
    if c.relation != "SUPPORT" or c.end - c.start != 1 or low_words[c.start] not in WELCOME_WORDS:
        return False
    people = {m.start: m for m in mentions if m.actor.type == "Person"}
    # "was welcomed by President William Ruto": the host after the passive's agent word
    passive = (c.start > sent.start and low_words[c.start - 1] in BE_WORDS and c.end + 1 < sent.end
               and low_words[c.end] in marks.passive_agent and c.end + 1 in people)
    if not passive:
        guest = people.get(c.end)  # "welcomed Chancellor Olaf Scholz of Germany to the White House"
        nationality = next((m for m in mentions if m.start == c.end and _nationality_mention(m)), None)
        if guest is None and nationality is not None:  # "welcomed Saudi Arabian Defense Minister Prince Khalid …"
            guest = _titled_person(ctx.doc, nationality, mentions)
        if guest is None:
            return False
        after = guest.end
        of_state = after + 1 < sent.end and low_words[after] == "of"
        state = next((m for m in mentions if of_state and m.start == after + 1), None)
        after = state.end if state is not None else after
        after = _past_companions(low_words, after, sent.end)  # "… and his accompanying delegation to the White House"
        if after >= sent.end or low_words[after] not in GUEST_LINKS:
            return False
    o.c = replace(c)
    _recode(o.c, "CONSULT", o.c.mode)
    return True


@RULES.register("filter.conditional-clause", "filter")
def _drop_conditional(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A trigger inside an if-clause (from the conditional word to the next comma) is no event, nor one in a clause
    of a condition still to be met ("until Hamas recognizes Israel")."""
    words = low(ctx.doc)[sent.start : sent.end]
    if marks.conditional.isdisjoint(words) and PENDING_CONDITIONS.isdisjoint(words):
        return
    for c in cands:
        if not c.dropped and in_conditional(ctx.doc, sent, c.start, marks):
            c.dropped = True


BLOCKED_TEXT_NOUNS = union_words("events.blocked_text_nouns")  # "resolution", "package": what a veto stops
TEXT_BLOCKING_ENTRIES = union_words("events.text_blocking_entries")  # "vetoed", "blocked": the text is not adopted
REJECTED_TEXT_REACH = 6  # tokens from a rejecting verb to the text noun ("vetoed a U.N. Security Council resolution")
TEXT_CONTENT_REACH = 6  # tokens from the text noun to the act it states ("resolution that would have condemned",
# "resolusi Dewan Keamanan PBB yang mengecam"), no comma between


@RULES.register("filter.rejected-text", "filter")
def _drop_rejected_text(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """The act a vetoed, rejected or blocked text states is nobody's event: in "Russia vetoed a UN Security Council
    resolution condemning its invasion of Ukraine" nobody condemned (the invasion, an act of force, stays its
    owner's). A trigger at most `TEXT_CONTENT_REACH` tokens after a text noun (`events.blocked_text_nouns`) that a veto
    or a block (`events.text_blocking_entries`; not "rejected": a text the target rejects was adopted) names at most
    `REJECTED_TEXT_REACH` tokens before it."""
    words = low(ctx.doc)
    texts = [i for i in range(sent.start, sent.end) if words[i] in BLOCKED_TEXT_NOUNS]
    if not texts:
        return
    rejecting = [c for c in cands if c.entry.id in TEXT_BLOCKING_ENTRIES and not c.dropped]
    for noun in texts:
        if not any(0 <= noun - c.end < REJECTED_TEXT_REACH for c in rejecting):
            continue
        for c in cands:
            if (0 < c.start - noun <= TEXT_CONTENT_REACH and c.relation not in FORCE_ACTS and c.relation != "REJECT"
                    and "," not in words[noun : c.start]):  # fmt: skip
                c.dropped = True


@RULES.register("filter.question", "filter")
def _drop_question(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """A sentence that ends in a question mark asks, and reports no event ("Apakah Amerika Serikat akan mencabut
    tarif terhadap produk Indonesia?", "Will Chile lift its sanctions on Peru?")."""
    if not asks(sent):
        return
    for c in cands:
        c.dropped = True


def asks(sent: Span) -> bool:
    """Does the sentence end in a question mark (before any closing quote marks)?"""
    texts = tokens(sent.doc).text
    last = sent.end - 1
    while last > sent.start and texts[last] in QUOTE_MARKS:
        last -= 1
    return texts[last] == "?"


@RULES.register("filter.intent-coordinated", "filter")
def _intent_coordinated(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An intent marker reaches a second verb joined by "and" ("will visit Peru and meet its president",
    "akan mengunjungi Peru dan bertemu dengan …"): the second event is intended as well (CAMEO 03)."""
    doc = ctx.doc
    words, punct = low(doc), tokens(doc).is_punct
    joins = marks.conjunctions
    live = [c for c in cands if not c.dropped]
    for b, c in pairwise(live):
        if "chain.intent" not in b.rules or "chain.intent" in c.rules or not c.relation:
            continue
        between = range(b.end, c.start)
        if not (1 <= len(between) <= 8 and words[c.start - 1] in joins and not any(punct[i] for i in between)):
            continue
        _apply_intent_relation(b, c)
        c.applied("filter.intent-coordinated")


@RULES.register("filter.intent-purpose", "filter")
def _intent_purpose(ctx: DocContext, sent: Span, cands: list[Candidate], marks: Markers) -> None:
    """An intent reaches the purpose of the act it marks ("akan bertolak ke AS untuk melakukan pertemuan dengan
    Y", "dijadwalkan berada di New Delhi untuk pembicaraan dengan Y"): the meeting in the purpose clause is still
    to come, AGREE (CAMEO 03); "will visit Seoul for talks with Y" too. Only in a pack that lists `purpose` words
    (English: "for"; "to" cost precision)."""
    if not marks.purpose:
        return
    words, punct = low(ctx.doc), tokens(ctx.doc).is_punct
    for b, c in pairwise(cands):
        intended = b.mode == "intended" and not b.dropped
        marker = b.dropped and b.entry.intent and not b.relation
        if not (intended or marker) or c.dropped or not c.relation or c.mode == "intended":
            continue
        between = range(b.end, c.start)
        if not (1 <= len(between) <= 10 and not any(punct[i] for i in between)
                and any(words[i] in marks.purpose for i in between[-3:])):
            continue
        if c.entry.quad in (1, 2) or c.relation == "AGREE":
            _recode(c, "AGREE", "intended")
            c.applied("filter.intent-purpose")


def _apply_intent_relation(b: Candidate, c: Candidate) -> None:
    """`c` takes the intended (or threatened) reading the intent marker gave `b`."""
    if b.mode == "intended" and (c.entry.quad in (1, 2) or c.relation == "AGREE"):
        _recode(c, "AGREE", "intended")
    elif b.mode == "threatened" and c.relation in ("ASSAULT", "COERCE", "MOBILIZE"):
        _recode(c, "THREATEN", "threatened")


def _state_mention(ctx: DocContext, m: Mention) -> Mention | None:
    """The mention `m` as its actor's state (`roles.converse-host`), if the gazetteer knows it."""
    state = m.actor.state
    actor = ctx.gazetteer.actors.get(state) if state else None
    if actor is None:
        return None
    return Mention(m.start, m.end, actor, m.kind, m.rule, m.coref)


def _comitative(doc: Doc, c: Candidate, target: Mention, marks: Markers) -> bool:
    """Is the target a partner ("with Y", "dengan Y", "between", a bare object of "met"), so that the event
    holds both ways?"""
    introducer = _introducer(doc, c.end, target.start, marks)
    return introducer in PARTNERS or (
        introducer is None and c.entry.object and not c.extra_preps)


def _between_pair(doc: Doc, sent: Span, c: Candidate, mentions: list[Mention], marks: Markers,
                  heads: int = 0) -> list[Mention] | None:  # fmt: skip
    """The two parties after "between"/"antara" (`roles.between-pair`), if any. The event noun is written in
    lower case (a capitalised one is part of a name: "the Peace Agreement Between …") unless it opens the
    sentence ("Talks between India and Pakistan ended …"). `heads`: lower-case head words a party may follow.
    """
    words = low(doc)
    at = c.end
    while at < min(len(doc), c.end + 3) and words[at] in TIME_FILLERS | BETWEEN_MODIFIERS:
        at += 1  # "an agreement Friday between A and B", "perundingan tidak langsung antara A dan B"
    at = _past_place(doc, at, mentions, marks)  # "Talks in Istanbul between A and B"
    if at >= len(doc) or words[at] not in BETWEEN or not (tokens(doc).is_lower[c.start]
                                                          or _opens_sentence(doc, sent, c.start)):
        return None
    start = at + 2 if at + 1 < len(doc) and words[at + 1] == "the" else at + 1
    # "talks between the two countries", "pembicaraan antara kedua negara": the pair read back
    pair = [m for m in mentions if m.start in (at + 1, start) and m.rule == "coref.pair"]
    if len(pair) == 2:
        return pair
    start = _past_head_words(doc, start, mentions, marks, heads)  # "antara kelompok pemberontak X dan pasukan Y"
    first = next((m for m in mentions if m.start == start), None)
    if first is None:
        return None
    for m in mentions:
        if m.start > first.end and m.start - first.end <= 2 + heads:
            gap = words[first.end : m.start]
            joiner = next((k for k, w in enumerate(gap) if w in PAIR_JOINERS), None)
            if joiner is None:
                continue
            after = first.end + joiner + 1
            # "fighting between the army and the RSF": an article before the second party of a fight (for talks,
            # ties and partnerships "between X and the Y" the English train split loses: standing ties, not acts)
            if after < m.start and words[after] == "the" and c.entry.relation == "ASSAULT":
                after += 1
            if (all(w in marks.coordinators for w in gap[: joiner + 1])
                    and _past_head_words(doc, after, mentions, marks, heads) == m.start):  # fmt: skip
                return [first, m]
    return None


PLACE_WORDS = 3  # the capitalised words of a place a locative names before "between": "in Abu Dhabi between"


def _past_place(doc: Doc, at: int, mentions: list[Mention], marks: Markers) -> int:
    """The token after a locative and a place that names no actor ("in Istanbul", "in Abu Dhabi") when "between"
    follows it; else `at` itself."""
    words, texts = low(doc), tokens(doc).text
    if at >= len(doc) or words[at] not in marks.locative:
        return at
    k = at + 1
    while k < min(len(doc), at + 1 + PLACE_WORDS) and texts[k][:1].isupper():
        if any(m.start <= k < m.end for m in mentions):
            return at
        k += 1
    return k if k > at + 1 and k < len(doc) and words[k] in BETWEEN else at


def _opens_sentence(doc: Doc, sent: Span, i: int) -> bool:
    """Is token `i` the sentence's first word: its first token, or after blanks alone (a dateline or an outlet
    blanked as page furniture: "JAKARTA (Antara) - Bentrokan antara A dan B …")?"""
    texts = tokens(doc).text
    return i == sent.start or (i > sent.start and all(not texts[k].strip() for k in range(sent.start, i)))


def _first_word(doc: Doc, sent: Span) -> int:
    """The sentence's first word: its first token not blanked (a dateline or an outlet blanked as page furniture,
    `_opens_sentence`)."""
    texts = tokens(doc).text
    return next((k for k in range(sent.start, sent.end) if texts[k].strip()), sent.start)


BETWEEN_HEAD_WORDS = 3  # lower-case head words before a party after "antara": "pasukan pemerintah Sudan"
BETWEEN_MODIFIERS = union_words("events.between_modifiers")  # "bentrokan bersenjata pecah antara A dan B"


def _past_head_words(doc: Doc, i: int, mentions: list[Mention], marks: Markers, heads: int) -> int:
    """Token `i`, or the start of an actor after at most `heads` lower-case words from it (a language with
    `grammar.noun_then_owner` names the kind of party first: "kelompok pemberontak SPLA"); no preposition,
    coordinator or clause word among them."""
    table, starts = tokens(doc), {m.start for m in mentions}
    k = i
    while k < min(len(doc), i + heads) and k not in starts and table.is_lower[k] and table.is_alpha[k] \
            and table.lower[k] not in marks.preps and table.lower[k] not in marks.coordinators \
            and table.lower[k] not in marks.clause:  # fmt: skip
        k += 1
    return k if k in starts else i


def _owner_pair(ctx: DocContext, c: Candidate, mentions: list[Mention], marks: Markers) -> list[Mention] | None:
    """Two owners right after a one-word event noun, joined by a pair joiner and no more ("Pertemuan Korsel dan
    Korut"), in a language with `grammar.noun_then_owner`; none for a longer list."""
    if not ctx.grammar.noun_then_owner:
        return None
    owner = _genitive_owner(ctx, c, mentions)
    if owner is None or owner.start != c.end:
        return None
    listed = _listed_after(ctx.doc, owner, mentions, marks)
    return [owner, listed[0]] if len(listed) == 1 else None


def _by_agent(ctx: DocContext, c: Candidate, mentions: list[Mention], marks: Markers) -> Mention | None:
    """The agent after an event noun and a passive-agent word (`roles.by-agent`), if any: "the attack by X",
    also past a participle ("sanctions imposed by X", "sanksi yang dijatuhkan oleh X"; a prefix passive after a
    relative word needs no agent word: "serangan yang dilakukan X")."""
    doc, grammar = ctx.doc, ctx.grammar
    words = low(doc)
    by = c.end + 1 if c.end < len(doc) and words[c.end] == "," else c.end  # "The sanctions, imposed by X"
    relative = by < len(doc) and words[by] in marks.relative
    by += relative
    named = by  # past a signed document's name, the passive-agent word needs no participle
    if not relative and c.cameo == SIGNING_CAMEO and by < len(doc) and words[by] in DOCUMENT_TITLES:
        by = _past_document_name(doc, by, marks)  # "penandatanganan Perjanjian … (ICA-CEPA) oleh A dan B"
    if by + 1 < len(doc) and words[by] in LEADER_LINKS and words[by + 1] not in marks.passive_agent \
            and _event_noun(ctx, words[c.end - 1]):  # "boikot pimpinan Barat", "boikot yang dipimpin AS": who leads it
        return next((m for m in mentions if m.start == by + 1), None)
    if by + 1 < len(doc) and _participle(words[by], marks, grammar.passive_prefix):
        if words[by] in marks.target_stops:  # "a truce brokered by Qatar and Egypt": mediators, not its parties
            return None
        by += 1
    elif by > c.end and by == named:  # a comma or a relative word must lead to a participle
        return None
    head_noun = _event_noun(ctx, words[c.start]) or _event_noun(ctx, words[c.end - 1])  # "rocket attacks": the last
    if not head_noun and (c.start == 0 or words[c.start - 1] not in NOUN_DETERMINERS):
        return None
    if (relative and grammar.passive_prefix and c.end + 1 < by < len(doc)
            and words[by] not in marks.passive_agent and words[by - 1] not in marks.target_stops):  # fmt: skip
        # a prefix passive takes its agent without "oleh": "serangan yang dilakukan Israel", "gugatan yang
        # diajukan Afrika Selatan"; a mediator ("perundingan yang ditengahi Z", `markers.target_stops`) is no agent
        return next((m for m in mentions if m.start == by), None)
    if by + 1 >= len(doc) or words[by] not in marks.passive_agent:
        return None
    start = by + 2 if words[by + 1] == "the" else by + 1
    return next((m for m in mentions if m.start == start), None)


def _past_document_name(doc: Doc, at: int, marks: Markers) -> int:
    """The passive-agent word after a signed document's name that starts at `at`, within 14 tokens (a hyphen or a
    bracket counts) and before any comma or clause break ("penandatanganan Perjanjian Kemitraan Ekonomi Komprehensif
    Indonesia-Kanada (ICA-CEPA) oleh Indonesia dan Kanada"); `at` itself when there is none."""
    words = low(doc)
    for i in range(at + 1, min(len(doc), at + 15)):
        if words[i] in marks.passive_agent:
            return i
        if words[i] in (",", ";", ".", ":") or words[i] in marks.relative or words[i] in marks.clause:
            break
    return at


def _event_noun(ctx: DocContext, word: str) -> bool:
    """Is the trigger word a noun naming an event ("attack", "visit", "serangan")?"""
    return _nominal(word) or word in ctx.grammar.event_nouns or ctx.pack.derived_noun(word)


def _participle(word: str, marks: Markers, passive_prefix: str) -> bool:
    """A past participle (English) or a passive verb (a language with a passive prefix: "dijatuhkan")."""
    if passive_prefix:
        return word.startswith(passive_prefix) and len(word) > len(passive_prefix) + 3 and word.isalpha()
    return word in marks.participles or (word.endswith("ed") and len(word) > 4)


def self_loop(a: Actor, b: Actor) -> bool:
    """No event from an actor to itself, nor between a person and their own state."""
    if a.id == b.id:
        return True
    if a.type == "Person" and b.type == "Country" and a.country == b.id:
        return True
    return b.type == "Person" and a.type == "Country" and b.country == a.id


# -- the `roles` rules: each takes the candidate's `Roles` and nothing else; `apply_role_rules` runs them in the
# registry's order (graphbuild.extract.rules). A rule that finds sources or targets sets them and records its id;
# the rules that follow see what it decided (`branch`, `sources`, `targets`) and step aside where it settled them.

OPEN, PASSIVE, OWNER, DECIDED = "open", "passive", "owner", "decided"
Pair = tuple[Mention, Mention, tuple[str, ...]]


@dataclass
class Roles:
    """The roles of one candidate while the `roles` rules decide them.

    `branch`: `open` (the source and target rules that read the clause apply), `passive` or `owner` (a passive's
    agent or an event noun's owner is the source; only `roles.target-after-trigger` still looks for a target),
    `decided` (both roles are settled). `pairs` are the (source, target, rule ids) pairs once `settled()`."""

    ctx: DocContext
    sent: Span
    c: Candidate
    mentions: list[Mention]
    used_as_target: set[int]  # token starts of the targets of earlier candidates in the sentence
    marks: Markers
    trace: list[str]  # the ids of the code rules that shaped the candidate, in order
    rule: str = ""  # the id of the rule running
    branch: str = OPEN
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    passive: bool = False
    between: bool = False  # the sources are the two parties of "between A and B"
    hosted_talks: bool = False  # the targets are the parties of talks the source hosts (`_hosted_talks_parties`)
    target_from: int | None = None  # where `roles.target-after-trigger` starts looking (None: it does not)
    target_candidate: Candidate | None = None  # the candidate it looks with (an owned noun takes no bare object)
    distance: int = 0  # tokens from the trigger to the first target (open branch)
    pairs: list[Pair] | None = None
    previous: tuple[Candidate, list[Pair]] | None = None  # the sentence's last earlier candidate with pairs
    _parsed: tuple[list[Mention], list[Mention]] | None = None
    _left: int | None = None

    def __post_init__(self) -> None:
        self.target_from, self.target_candidate = self.c.search_from, self.c

    @property
    def doc(self) -> Doc:
        return self.ctx.doc

    @property
    def parsed(self) -> tuple[list[Mention], list[Mention]]:
        """(sources, targets) read off the dependency parse; empty without one."""
        if self._parsed is None:
            self._parsed = parse_roles(self.ctx, self.c, self.mentions) if self.ctx.parsed else ([], [])
        return self._parsed

    @property
    def left(self) -> int:
        """The first token of the trigger's clause."""
        if self._left is None:
            self._left = clause_start(self.ctx, self.sent, self.c.start, self.marks)
        return self._left

    def open(self) -> bool:
        return self.branch == OPEN and self.pairs is None

    def chose(self, found: object) -> bool:
        """Record the running rule when it found something."""
        if found:
            self.trace.append(self.rule)
        return bool(found)

    def settled(self) -> list[Pair]:
        """End the choice of sources and targets (once): the targets of a candidate with a source are used, one
        actor named twice is one target, and the pairs are every source with every target."""
        if self.pairs is not None:
            return self.pairs
        if self.branch == OPEN and self.targets:
            self.distance = self.targets[0].start - self.c.end
        if self.sources:
            self.used_as_target.update(t.start for t in self.targets)
            self.used_as_target.update(_restated_in_brackets(self.doc, self.mentions, self.targets))
        if len(self.targets) > 1:  # "his UK counterpart, …, John Healey": one actor named twice is one target
            self.targets = list({t.actor.id: t for t in reversed(self.targets)}.values())[::-1]
        if self.between:
            first, second = self.sources
            self.pairs = [(first, second, ()), (second, first, ())]
        else:
            self.pairs = [(s, t, ()) for s in self.sources for t in self.targets]
        return self.pairs

    def owned_by(self, owner: Mention) -> None:
        """An event noun's owner is the source; a preposition after the owner may name the target."""
        self.sources, self.branch, self.target_from = [owner], OWNER, owner.end
        self.target_candidate = replace(self.c, entry=replace(self.c.entry, object=False), extra_object=False)
        self.trace.append(self.rule)


def apply_role_rules(roles: Roles) -> list[Pair]:
    """Run the `roles` rules in the registry's order; the (source, target, rule ids) pairs they leave."""
    for rule in RULES.ordered("roles"):
        roles.rule = rule.id
        rule.function(roles)
    return roles.settled()


@RULES.register("roles.between-pair", "roles")
def _role_between_pair(r: Roles) -> None:
    """A symmetric event noun, or a fight whose entry takes "antara" ("pertempuran antara A dan B"), followed by
    "between A and B" / "antara A dan B": A and B are its parties; for a symmetric noun so are two owners joined by
    "dan" right after the noun in a language that puts the owner after it ("Pertemuan Korsel dan Korut digelar")."""
    # "pertempuran antara A dan B": a fight's parties (not "mediation between A and B", "suspended the pact between")
    between_prep = r.c.entry.relation == "ASSAULT" and not BETWEEN.isdisjoint(r.c.entry.preps)
    if not (r.open() and (r.c.entry.symmetric or between_prep)):
        return
    heads = BETWEEN_HEAD_WORDS if r.ctx.grammar.noun_then_owner else 0  # English: measured, no gain
    pair = (_between_pair(r.doc, r.sent, r.c, r.mentions, r.marks, heads)
            or (_owner_pair(r.ctx, r.c, r.mentions, r.marks) if r.c.entry.symmetric else None))  # fmt: skip
    if pair is not None:
        r.sources, r.targets, r.between, r.branch = pair, pair, True, DECIDED
        r.trace.append(r.rule)


@RULES.register("roles.obligation", "roles")
def _role_obligation(r: Roles) -> None:
    """`X said (that) Y must …`: X demands of Y. Needs the speaker; a bare "Y must" is no event. A judgement of the
    clause before in a relative clause after a comma ("Y has violated our airspace, which is unacceptable", X said)
    judges the sources of that clause's event."""
    if r.open() and r.c.entry.obligation:
        r.sources, r.targets = obligation_roles(r.sent, r.c, r.mentions, r.marks)
        if not r.sources and r.c.relation == "ACCUSE" and (owners := _judged_clause_owners(r)):
            speaker = _speaker_after_clause(r.sent, r.c, r.mentions, r.marks)
            if speaker is not None and all(speaker.actor != o.actor for o in owners):
                r.sources, r.targets = [speaker], owners
        r.branch = DECIDED
        r.trace.append(r.rule)


def _judged_clause_owners(r: Roles) -> list[Mention]:
    """The sources of the sentence's last earlier event when the judgement opens a relative clause set after a
    comma right after that event's clause (", which is unacceptable")."""
    words, texts, at = low(r.doc), tokens(r.doc).text, r.c.start - 1
    if r.previous is None or at - 1 <= r.sent.start or words[at] != "which" or texts[at - 1] != ",":
        return []
    event, pairs = r.previous
    if event.end > at - 1:
        return []
    return list({source.actor.id: source for source, _target, _rules in pairs}.values())


ENVOY_NOUNS = union_words("events.envoy_nouns")  # "Duta Besar Chile untuk Peru": the last word of an envoy's title
ENVOY_POSTINGS = union_words("events.envoy_postings")  # "… untuk Peru": where the envoy is posted


@RULES.register("roles.recalled-envoy", "roles")
def _role_recalled_envoy(r: Roles) -> None:
    """A recall in the passive whose subject is an envoy named by their state and their posting ("Duta Besar Chile
    untuk Peru ditarik pulang"; `events.envoy_nouns`, `events.envoy_postings`): the envoy's state recalls from the
    posting's, though no agent is named (a recall is the sending state's act, CAMEO 161)."""
    if not (r.open() and r.c.cameo == "161" and r.ctx.grammar.passive_prefix):
        return
    words = low(r.doc)
    if not _participle(words[r.c.start], r.marks, r.ctx.grammar.passive_prefix):
        return
    posting = next((m for m in r.mentions if m.end == r.c.start and m.start - 1 > r.left), None)
    if posting is None or words[posting.start - 1] not in ENVOY_POSTINGS:
        return
    state = next((m for m in r.mentions if m.end == posting.start - 1 and m.start >= r.left), None)
    if state is None or state.actor == posting.actor or not any(
            words[i] in ENVOY_NOUNS for i in range(max(r.left, state.start - 1), state.end)):  # fmt: skip
        return  # the title before the state's name, or inside the mention ("Duta Besar Chile" names Chile)
    r.sources, r.targets, r.branch = [state], [posting], DECIDED
    r.chose(r.sources)


@RULES.register("roles.passive", "roles")
def _role_passive(r: Roles) -> None:
    """A passive trigger ("was attacked by X", "diserang (oleh) X"): the agent is the source, the subject the target;
    after a relative pronoun that follows a noun naming no actor ("milisi yang didukung Iran") no actor before it (nor
    after its agent) is the target, unless that noun is an act set after a comma for the clause before it ("…, langkah
    yang dikecam Jepang"): then the act's source is; nor is a speaker right before the passive ("attacks Washington said
    were backed by Iran"), nor anyone before a hosting set after a comma and a noun naming no actor ("a summit in the
    Tajik capital, hosted by X"), nor a place named after a locative preposition right before a reduced passive ("after
    weeks of talks in Doha mediated by Qatar"): when an actor's phrase stands right before that locative, the phrase's
    actor is the target ("Israel's offensive in Rafah condemned by Egypt"); talks someone mediated or hosted in a
    reduced passive ("after talks in Doha mediated by Qatar and Turkey") have the talks' parties as targets; the parties
    of an occasion hosted so ("signed an accord at a ceremony hosted by X", `events.hosted_occasion_nouns`) visited no
    host (`roles.converse-host` gives no reverse, as for talks hosted between two parties); a signing with no agent
    whose subject lists two or more actors after a document noun ("Pernyataan bersama X dan Y yang diteken …") has them
    as its parties. A passive right after a concessive or time word (`events.passive_clause_openers`: "… meski dikenai
    tarif oleh AS", "… despite being sanctioned by Y") acts on the subject of the clause before it, not on an actor its
    object names ("membeli minyak Rusia"); a full passive's agent may follow an article ("was attacked by the United
    States")."""
    if not r.open():
        return
    passive, agent, reduced = passive_agent(r.ctx, r.sent, r.c, r.mentions, r.marks)
    if not passive:
        return
    subject = nearest_subject(r.doc, r.mentions, r.left, r.c.start, r.used_as_target, r.marks)
    words = low(r.doc)
    if reduced and (noun := next((m for m in r.mentions if m.end == r.c.start and m is not agent), None)):
        subject = [noun]  # "jailed 200 Venezuelans deported by the United States": the noun the participle follows
        if (located := _located_phrase_owner(r, noun, agent)) is not None:
            subject = [located]  # "Israel's offensive in Rafah condemned by Egypt": the act's, not the place's
    if (not subject and r.c.start - 2 > r.sent.start and words[r.c.start - 1] in BE_WORDS
            and words[r.c.start - 2] in PAIR_JOINERS):  # fmt: skip
        # "Modi arrived in Moscow …, and was welcomed by Putin": a coordinated predicate's subject is the sentence's
        subject = nearest_subject(r.doc, r.mentions, r.sent.start, r.c.start - 2, r.used_as_target, r.marks)
    if not subject:  # "a camp for Congolese refugees was attacked by …": the subject phrase's actor
        inside = [m for m in r.mentions if r.left <= m.start and m.end <= r.c.start and m is not agent]
        subject = inside[-1:] or None
    if subject and not reduced and (owner := _before_active_relative(r, subject[0])):
        subject = owner  # "Serangan Israel … yang menargetkan para pemimpin Hamas dikecam oleh Y": the attacker's
    backed_noun = _relative_of_no_actor(r.doc, r.c.start, r.left, r.mentions, r.marks)
    if backed_noun:
        subject = None  # "milisi yang didukung Iran": the militia is backed, not an actor named before it
    if (opener := _passive_clause_opener(r)) is not None:
        subject = _opening_subject(r, opener)  # "India akan terus membeli minyak Rusia meski dikenai tarif oleh AS"
    if not subject:  # "X mengenakan tarif terhadap Y, langkah yang dikecam Z": Z condemns X
        subject = _apposed_move_owners(r)
    if (reduced and r.c.entry.converse and r.c.start - 1 > r.sent.start and words[r.c.start - 1] == ","
            and not any(m.end == r.c.start - 1 and words[m.start - 1] not in r.marks.locative
                        for m in r.mentions)):  # fmt: skip
        subject = None  # "met at a summit in the Tajik capital / in Lima, hosted by X": X hosted the summit
    if reduced and subject and subject[-1].end == r.c.start and all(_named_place(r.ctx, m) for m in subject):
        subject = None  # "after weeks of talks in Doha mediated by Qatar": the place is where, the talks are mediated
    if reduced and agent is not None and r.c.relation == "CONSULT" and (parties := _mediated_parties(r, agent)):
        subject = parties  # "agreed to a truce after talks in Doha mediated by Qatar and Turkey": the talks' parties
    speaker_end = subject[-1].end if subject else 0
    if subject and speaker_end < r.c.start <= speaker_end + 3 and words[speaker_end] in r.marks.speech:
        subject = None  # "attacks which Washington said were backed by Iran": the speaker is not the one backed
    if agent is None and subject and _signed_document_owners(r, subject):
        # "Pernyataan bersama Indonesia dan China yang diteken saat …": the document's owners signed it together
        r.sources, r.targets, r.passive, r.branch, r.target_from = subject, [], True, PASSIVE, None
        r.trace.append(r.rule)
        return
    r.sources = _expand(r.doc, [agent], r.mentions, r.marks) if agent else []
    listed = _listed_after(r.doc, agent, r.mentions, r.marks) if agent else []
    r.sources += listed  # "ditolak oleh Beijing dan Taiwan": both agents, neither the other's target
    r.targets, r.passive, r.branch = subject or [], True, PASSIVE
    if reduced and r.c.entry.converse and r.c.start > r.sent.start and words[r.c.start - 1] in HOSTED_OCCASIONS:
        r.hosted_talks = True  # "signed an accord at a ceremony hosted by X": X hosted the parties' occasion, no visit
    # no target in the clause: one after the agent, except after a reduced passive, whose target is the noun it
    # follows ("Rebels backed by Rwanda attacked Congolese troops": the troops are the attack's)
    last = listed[-1] if listed else agent
    # nor after the agent of a relative passive of a one-way act on a noun naming no actor: the noun is its target
    # ("Milisi yang didukung pemerintah Iran menyerang pasukan AS": the militia is backed, the troops are the militia's
    # target; "Nota kesepahaman yang ditandatangani Chile dengan Peru" keeps its partner)
    one_way_noun = backed_noun and not r.c.entry.symmetric
    r.target_from = last.end if last and not reduced and not one_way_noun else None
    r.trace.append(r.rule)


HOSTED_OCCASIONS = union_words("events.hosted_occasion_nouns")  # "a ceremony / talks hosted by X": the parties' own
PASSIVE_CLAUSE_OPENERS = union_words("events.passive_clause_openers")  # "meski dikenai tarif", "despite being hit"
OPENING_SUBJECT_REACH = 2  # tokens from a clause's start to its subject's first word ("Pemerintah India …")


def _passive_clause_opener(r: Roles) -> int | None:
    """The position of a concessive or time word right before a passive trigger (past a "being"), which opens a
    clause with no subject of its own: "… meski dikenai tarif oleh AS", "… despite being hit with sanctions by Y"."""
    words, at = low(r.doc), r.c.start - 1
    if at > r.sent.start and words[at] in BE_WORDS:
        at -= 1
    return at if at > r.sent.start and words[at] in PASSIVE_CLAUSE_OPENERS else None


def _opening_subject(r: Roles, opener: int) -> list[Mention] | None:
    """The subject of the clause a subjectless passive's opener follows (`roles.passive`): the last actor before the
    opener named at the clause's or the sentence's start or right after a speech verb ("India menegaskan akan terus
    membeli minyak Rusia meski dikenai tarif oleh AS": India, not the oil's Russia; "Chile said Peru would keep
    buying gas despite being …": Peru); none when no actor opens a clause (the nearest actor is an object)."""
    words = low(r.doc)

    def opens(m: Mention) -> bool:
        return (r.left <= m.start <= r.left + OPENING_SUBJECT_REACH < opener
                or r.sent.start <= m.start <= r.sent.start + OPENING_SUBJECT_REACH
                or (m.start > r.sent.start and words[m.start - 1] in r.marks.speech))

    subject = next((m for m in reversed(r.mentions) if m.end <= opener and m.start >= r.sent.start and opens(m)), None)
    return _expand(r.doc, [subject], r.mentions, r.marks) if subject is not None else None


SIGNED_DOCUMENT_HEADS = union_words("events.signed_document_heads")  # "Pernyataan bersama X dan Y yang diteken"
JOINT_WORDS = union_words("events.joint_words")  # "pernyataan bersama": the joint document's own adjective


def _signed_document_owners(r: Roles, subject: list[Mention]) -> bool:
    """Is the passive a signing with no agent (`roles.passive`, CAMEO 057) whose subject is two or more actors listed
    right after a document noun (`events.signed_document_heads`, past a joint word, `events.joint_words`): "Pernyataan
    bersama Indonesia dan China yang diteken saat kunjungan …", "Perjanjian Peru dan Chile ditandatangani di Lima"?
    Then the listed actors are the signing's parties, each with the others."""
    if r.c.entry.cameo != SIGNING_CAMEO or not r.c.entry.symmetric or len({m.actor.id for m in subject}) < 2:
        return False
    words = low(r.doc)
    at = subject[0].start - 1
    if at > r.sent.start and words[at] in JOINT_WORDS:
        at -= 1
    return at >= r.sent.start and words[at] in SIGNED_DOCUMENT_HEADS


def _before_active_relative(r: Roles, m: Mention) -> list[Mention] | None:
    """The subject before a relative clause whose active verb (`events.active_verb_prefixes`) has `m` in its object
    ("Serangan udara Israel terhadap sebuah gedung di Doha yang menargetkan para pemimpin Hamas dikecam oleh Y",
    `roles.passive`): the passive acts on the phrase the clause is about, so on the nearest subject before the
    relative word when there is one (no punctuation between the relative word and `m`)."""
    words, punct = low(r.doc), tokens(r.doc).is_punct
    at = next((k for k in range(m.start - 1, r.left, -1) if words[k] in r.marks.relative), None)
    if at is None or at + 1 >= m.start or not _active_verb(r.ctx, words[at + 1]):
        return None
    if any(punct[k] for k in range(at, m.start)):
        return None
    return nearest_subject(r.doc, r.mentions, r.left, at, r.used_as_target, r.marks)


def _located_phrase_owner(r: Roles, noun: Mention, agent: Mention | None) -> Mention | None:
    """The actor of a phrase placed by a locative before a reduced passive ("Israel's offensive in Rafah condemned by
    Egypt", "Chilean troops in Peru attacked by …"): the nearest actor before the locative word in the same phrase (no
    punctuation between), when the noun the participle follows is that place."""
    words, punct = low(r.doc), tokens(r.doc).is_punct
    at = noun.start - 1
    if at <= r.left or words[at] not in r.marks.locative:
        return None
    before = [m for m in r.mentions if r.left <= m.start and m.end <= at and m is not agent]
    if not before or any(punct[k] for k in range(before[-1].end, at)) or at - before[-1].end > 3:
        return None
    return before[-1]


MEDIATED_NOUNS = union_words("events.mediated_nouns")  # "talks mediated by X": talks someone mediates or hosts
MEDIATED_REACH = 4  # tokens from the talks noun to the mediator's participle: "talks in the Qatari capital mediated"


def _mediated_parties(r: Roles, agent: Mention) -> list[Mention] | None:
    """The parties of talks a reduced passive says someone mediated or hosted ("after talks in Doha mediated by
    Qatar and Turkey"): the actors of the sentence's last earlier event when it is talks (`events.mediated_nouns`)
    ending at most `MEDIATED_REACH` tokens before the participle, with no punctuation between; none of the agents."""
    if r.previous is None:
        return None
    meeting, pairs = r.previous
    words, punct = low(r.doc), tokens(r.doc).is_punct
    if meeting.relation != "CONSULT" or words[meeting.end - 1] not in MEDIATED_NOUNS:
        return None
    if not 0 <= r.c.start - meeting.end <= MEDIATED_REACH or any(punct[i] for i in range(meeting.end, r.c.start)):
        return None
    agents = {agent.actor.id} | {m.actor.id for m in _listed_after(r.doc, agent, r.mentions, r.marks)}
    parties: dict[str, Mention] = {}
    for source, target, _rules in pairs:
        for m in (source, target):
            if m.actor.id not in agents:
                parties.setdefault(m.actor.id, m)
    return list(parties.values()) or None


def _apposed_move_owners(r: Roles) -> list[Mention] | None:
    """The actors of the clause before a move set off by a comma and acted on in a relative clause ("Norwegia dan
    Spanyol mengakui Palestina, langkah yang dikecam keras oleh Israel": Israel condemns Norway and Spain; "Uni
    Eropa mengenakan bea masuk terhadap Y, langkah yang dikritik Z"; a noun of `events.decision_nouns` or
    `events.act_anaphor_nouns` before the relative pronoun): the sources of the sentence's last earlier event, if
    it ends before the comma (`roles.passive`)."""
    words, at = low(r.doc), r.c.start - 1
    if r.previous is None or at - 2 < r.sent.start or words[at] not in r.marks.relative:
        return None
    noun = words[at - 1]
    if (noun not in DECISION_NOUNS and noun not in ACT_ANAPHOR_NOUNS) or tokens(r.doc).text[at - 2] != ",":
        return None
    before, pairs = r.previous
    if before.end > at - 2:
        return None
    return list({source.actor.id: source for source, _target, _rules in pairs}.values()) or None


def _relative_of_no_actor(doc: Doc, start: int, left: int, mentions: list[Mention], marks: Markers) -> bool:
    """Does a relative pronoun right before the passive trigger at `start` follow a noun that names no actor
    ("pasukan Peru dan milisi yang didukung Chile", "pemberontak yang didukung Iran")? The relative clause is
    about that noun, so no actor before it is the one acted on ("pemerintah Peru yang didukung Chile" and
    "Polisario, yang didukung Aljazair" keep theirs)."""
    at = start - 2
    if at >= left and tokens(doc).text[at] == ",":
        at -= 1  # "kelompok Polisario, yang didukung Aljazair"
    texts = tokens(doc).text
    if at >= left and texts[at] == ")":  # "warga negara Indonesia (WNI) yang ditangkap polisi Kamboja": the
        opening = next((k for k in range(at - 1, max(left, at - 4) - 1, -1) if texts[k] == "("), None)
        at = opening - 1 if opening is not None else at  # noun's short form in brackets; the noun before it
    if at < left or low(doc)[start - 1] not in marks.relative:
        return False
    return not any(m.start <= at < m.end for m in mentions)


@RULES.register("roles.genitive-owner", "roles")
def _role_genitive_owner(r: Roles) -> None:
    """An event noun followed directly by an actor in a language that puts the owner after the noun
    ("serangan Israel", "kunjungan Presiden Peru", "bantuan Jepang"): that actor is the noun's owner, who acts, with
    the actors listed after it when one of the entry's prepositions closes the list ("serangan Amerika Serikat dan
    Inggris terhadap Houthi"); with an agent after "oleh" it is the one acted on ("penculikan warga Jepang oleh
    Korea Utara"), also past a few lower-case words or after a trigger of several words when that agent follows
    ("penembakan sebuah drone Mali oleh Aljazair", "pengusiran tiga diplomat Rusia oleh Moldova")."""
    if r.open() and r.ctx.grammar.noun_then_owner and (
            owner := _genitive_owner(r.ctx, r.c, r.mentions) or _acted_on_before_agent(r)):  # fmt: skip
        words, by = low(r.doc), owner.end
        if by + 2 < r.sent.end and words[by] in r.marks.relative and _participle(words[by + 1], r.marks,
                                                                                  r.ctx.grammar.passive_prefix):
            by += 2  # "penculikan warga Jepang yang dilakukan oleh Pyongyang"
        agent = next((m for m in r.mentions if m.start == by + 1), None) \
            if by < r.sent.end and words[by] in r.marks.passive_agent else None  # fmt: skip
        if agent is not None:
            r.sources, r.targets, r.branch = _expand(r.doc, [agent], r.mentions, r.marks), [owner], DECIDED
            r.trace.append(r.rule)
            return
        r.owned_by(owner)
        listed = _listed_after(r.doc, owner, r.mentions, r.marks)
        if listed and _preposition_follows(r, listed[-1]):
            # "serangan Amerika Serikat dan Inggris terhadap Houthi": each owner acts; the target after the list
            r.sources, r.target_from = [owner, *listed], listed[-1].end


ACTED_ON_MODIFIERS = 2  # lower-case words between an event noun and the one acted on: "sebuah drone", "tiga warga"


def _acted_on_before_agent(r: Roles) -> Mention | None:
    """The actor acted on after an event noun that an agent after "oleh" follows, past at most `ACTED_ON_MODIFIERS`
    lower-case words or numbers (none a link) or right after (or ending) a trigger of several words: "penembakan
    sebuah drone Mali oleh militer Aljazair", "pengusiran tiga diplomat Rusia oleh Moldova", "penahanan 18 tentara
    Kamboja oleh …" (`roles.genitive-owner`); else None."""
    words, table, ctx = low(r.doc), tokens(r.doc), r.ctx
    if r.c.entry.converse or not (_event_noun(ctx, words[r.c.start]) or ctx.pack.derived_noun(words[r.c.start])):
        return None
    links = r.marks.preps | r.marks.coordinators | r.marks.complement | r.marks.clause | r.marks.passive_agent
    at, starts = r.c.end, {m.start for m in r.mentions}
    while at < r.sent.end and at - r.c.end < ACTED_ON_MODIFIERS and at not in starts and (
            (table.is_lower[at] and table.is_alpha[at]) or table.like_num[at]) and words[at] not in links:  # fmt: skip
        # a number counts as a modifier ("penahanan 18 tentara Kamboja oleh pasukan Thailand"); an actor's first
        # word ("tentara Kamboja") ends the modifiers
        at += 1
    # the actor may take in the trigger's last word ("pengusiran tiga [diplomat Rusia]")
    m = next((m for m in r.mentions if m.start == at or r.c.start < m.start < r.c.end <= m.end), None)
    if m is None or m.end >= r.sent.end or words[m.end] not in r.marks.passive_agent:
        return None
    return m


def _preposition_follows(r: Roles, m: Mention) -> bool:
    """Does one of the entry's prepositions follow `m` (the list of a noun's owners closes before its target:
    "serangan A dan B terhadap Y"; not "kunjungan A dan B" with no target)?"""
    words = low(r.doc)
    return m.end < r.sent.end and words[m.end] in r.c.entry.preps


UNDER_MEASURE_WORDS = union_words("events.under_measure_words")  # "has been under U.S. sanctions", "di bawah sanksi"
UNDER_MEASURE_RELATIONS = frozenset({"SANCTION", "COERCE"})
UNDER_MEASURE_REACH = 4  # tokens between "under" and the measure's noun: "under an American trade embargo"


@RULES.register("roles.under-measure", "roles")
def _role_under_measure(r: Roles) -> None:
    """A measure the subject lives under (`events.under_measure_words`: "Iran has been under U.S. sanctions since
    1979", "Cuba remains under an American embargo", "… under a blockade imposed by Israel", "Iran berada di bawah
    sanksi AS"): the clause's subject is the measure's target and its owner (before the noun, or after it where owners
    follow their nouns) or its agent after "by" its source; read the other way, the subject was taken for the one
    imposing it."""
    if not r.open() or r.c.relation not in UNDER_MEASURE_RELATIONS:
        return
    words, table = low(r.doc), tokens(r.doc)
    under = next((k for k in range(r.c.start - 1, max(r.sent.start, r.c.start - 1 - UNDER_MEASURE_REACH), -1)
                  if words[k] in UNDER_MEASURE_WORDS), None)  # fmt: skip
    if under is None or under <= r.sent.start:
        return
    if any(table.is_punct[k] and words[k] != "." for k in range(under + 1, r.c.start)):
        return
    if r.ctx.grammar.owner_then_noun:
        between = [m for m in r.mentions if under < m.start and m.end <= r.c.start]
        owner = between[-1] if between else _by_agent(r.ctx, r.c, r.mentions, r.marks)
    else:
        owner = next((m for m in r.mentions if m.start == r.c.end), None) or _relative_agent_after(r)
    subject = nearest_subject(r.doc, r.mentions, r.left, under, r.used_as_target, r.marks)
    if owner is None or not subject:
        return
    r.sources, r.targets, r.branch = [owner], subject, DECIDED
    r.trace.append(r.rule)


def _relative_agent_after(r: Roles) -> Mention | None:
    """The agent of a relative passive right after a measure's noun and up to two lower-case modifiers
    (`roles.under-measure`): "embargo perdagangan yang diberlakukan Amerika Serikat", "sanksi yang dijatuhkan oleh
    AS"; else its agent as `_by_agent` reads it."""
    words, table = low(r.doc), tokens(r.doc)
    for k in range(r.c.end, min(r.sent.end - 2, r.c.end + 3)):
        if words[k] in r.marks.relative:
            if not _participle(words[k + 1], r.marks, r.ctx.grammar.passive_prefix):
                return None
            agent = k + 3 if words[k + 2] in r.marks.passive_agent else k + 2
            return next((m for m in r.mentions if m.start == agent), None)
        if not (table.is_lower[k] and table.is_alpha[k]):
            break
    return _by_agent(r.ctx, r.c, r.mentions, r.marks)


@RULES.register("roles.by-agent", "roles")
def _role_by_agent(r: Roles) -> None:
    """"the attack by Israel on Gaza", "serangan oleh Israel": the agent of an event noun, with the actors listed
    after it ("ditandatangani oleh Chile dan Peru": each of them)."""
    if r.open() and (agent := _by_agent(r.ctx, r.c, r.mentions, r.marks)):
        r.owned_by(agent)
        listed = _listed_after(r.doc, agent, r.mentions, r.marks)
        if listed:  # "ditandatangani oleh Chile dan Peru", "the strikes by Israel and the United States": each acts
            r.sources, r.target_from = [*_expand(r.doc, [agent], r.mentions, r.marks), *listed], listed[-1].end


@RULES.register("roles.by-agent-after-target", "roles")
def _role_by_agent_after_target(r: Roles) -> None:
    """"the first visit to Somalia by a senior US official", "the attack on Peru by Chile": an event noun's target
    phrase, then its agent after the passive-agent word (a few determiners or modifiers before the agent); when the
    object names no actor ("the arrest of fishermen by Australian authorities") the agent acts on no one named."""
    if not r.open() or r.sources:
        return
    found = _agent_after_target(r.ctx, r.c, r.mentions, r.marks)
    if found is not None:
        r.sources, r.targets, r.branch = [found[0]], [found[1]], DECIDED
        r.trace.append(r.rule)
    elif (_event_noun(r.ctx, low(r.doc)[r.c.start]) or (r.c.start > r.sent.start and low(r.doc)[r.c.start - 1]
                                                       in NOUN_DETERMINERS)) and (agent := _agent_after_phrase(
            r, r.c.end)) is not None:  # fmt: skip
        # "the arrest of fishermen by Australian authorities": the agent's act on people no actor names; not the
        # act of the sentence's subject, who protests it
        r.sources, r.targets, r.branch = [agent], [], DECIDED
        r.trace.append(r.rule)


def _agent_right_after(r: Roles, start: int, at: int) -> Mention | None:
    """The agent after "by" of the act a verb's object names, from `start` (the object) and `at` (where the act's
    trigger ends, or `start`): "condemned the joint military drills by the United States" (the drills' trigger
    stopped the verb's search for a target), "denounced the large-scale military exercises by X" ("by" stopped
    it). Past at most `AGENT_PHRASE_REACH` lower-case words or hyphens and a determiner; none past a participle
    ("a message delivered by his deputy": the participle's agent, not the act's)."""
    words, table = low(r.doc), tokens(r.doc)
    end = min(r.sent.end, at + AGENT_PHRASE_REACH)
    stops = r.marks.preps | r.marks.coordinators | r.marks.passive_agent
    while at < end and (table.text[at] == "-" or (table.is_lower[at] and table.is_alpha[at]
                                                   and words[at] not in stops)):  # fmt: skip
        at += 1
    if at + 1 >= r.sent.end or words[at] not in r.marks.passive_agent or any(
            _participle(words[k], r.marks, r.ctx.grammar.passive_prefix) for k in range(start, at)):  # fmt: skip
        return None
    at += 2 if words[at + 1] in r.marks.determiners else 1
    return next((m for m in r.mentions if m.start == at), None)


ACT_OBJECT_LINKS = union_words("events.act_object_links")  # "the arrest of fishermen by X": the object's link
AGENT_PHRASE_REACH = 5  # tokens of an act's object phrase before its agent: "of two Filipino fishermen by …"


def _agent_after_phrase(r: Roles, at: int) -> Mention | None:
    """The agent of an event noun ending at `at` whose object names no actor ("the arrest of fishermen by
    Australian authorities", "pelecehan terhadap nelayan oleh …"): after an object link (`events.act_object_links`),
    at most `AGENT_PHRASE_REACH` lower-case words or numbers (no participle, no punctuation, no actor), then the
    passive-agent word and (after a determiner) the agent."""
    words, table = low(r.doc), tokens(r.doc)
    if at >= r.sent.end or words[at] not in ACT_OBJECT_LINKS:
        return None  # "requests by Ukraine", "attacks with enabling by Iran": no object phrase
    at += 1
    starts = {m.start: m for m in r.mentions}
    k = at
    while k < min(r.sent.end, at + AGENT_PHRASE_REACH) and words[k] not in r.marks.passive_agent:
        if k in starts or table.is_punct[k] or not (table.is_lower[k] or table.like_num[k]) or _participle(
                words[k], r.marks, r.ctx.grammar.passive_prefix) or words[k] in r.marks.target_stops:  # fmt: skip
            return None  # "a deal brokered by X": a participle's agent, not the act's
        k += 1
    if k == at or k + 1 >= r.sent.end or words[k] not in r.marks.passive_agent:
        return None
    k += 2 if words[k + 1] in r.marks.determiners else 1
    return starts.get(k)


def _agent_after_target(ctx: DocContext, c: Candidate, mentions: list[Mention], marks: Markers
                        ) -> tuple[Mention, Mention] | None:  # fmt: skip
    """(agent, target) of "<event noun> <prep> <target> by <agent>", if the sentence reads so."""
    doc = ctx.doc
    words, punct = low(doc), tokens(doc).is_punct
    if not _event_noun(ctx, words[c.start]) or c.end + 1 >= len(doc) or words[c.end] not in (*c.entry.preps,
                                                                                              *c.extra_preps):
        return None
    starts = {m.start: m for m in mentions}
    target = starts.get(c.end + 1) or (starts.get(c.end + 2) if words[c.end + 1] == "the" else None)
    if target is None or target.end + 1 >= len(doc) or words[target.end] not in marks.passive_agent:
        return None
    for k in range(target.end + 1, min(target.end + 5, len(doc))):
        if k in starts:
            agent = starts[k]
            return (agent, target) if agent.actor.id != target.actor.id else None
        if punct[k] or words[k] in marks.preps:
            return None
    return None


@RULES.register("roles.adjacent-owner", "roles")
def _role_adjacent_owner(r: Roles) -> None:
    """A nominal trigger's owner written right before it: "a UN appeal", "Russia's invasion", "US mediation"."""
    if not (r.open() and r.ctx.grammar.owner_then_noun):
        return
    owner = _adjacent_owner(r.doc, r.c, r.mentions, r.left)
    if owner and _participle_after_place(r, owner):
        return  # "fighters in Afghanistan helping the Taliban": a participle after a place, not Afghanistan's help
    if owner and r.c.relation in COOPERATION and owns_conflict_act(r.doc, owner, r.c.start):
        return  # "condemned Russia's brutal invasion and sent aid to Ukraine": the war is Russia's, not the aid
    if owner and not r.parsed[0]:
        r.sources = _expand(r.doc, [owner], r.mentions, r.marks)
        r.trace.append(r.rule)


THING_OWNER_PRONOUNS = union_words("events.thing_owner_pronouns")  # "its": a state's, a body's or a group's
OWNER_MODIFIER_TOKENS = 4  # lower-case words or hyphens between "its" and the event noun ("its full-scale invasion")


@RULES.register("roles.its-owner", "roles")
def _role_its_owner(r: Roles) -> None:
    """"sent troops to help Russia in its war against Ukraine", "urged Israel to scale back its offensive": an event
    noun after "its" (`events.thing_owner_pronouns`, a few lower-case modifiers between) belongs to the last state,
    body or group named before the pronoun in the sentence, not to the clause's subject; not one named inside a
    relative clause or an apposition set off by commas ("accused the EU, whose ministers meet in Brussels next
    week, of blackmail over its threat …" is the EU's threat)."""
    if r.open() and not r.sources and (owner := _its_owner(r.ctx, r.sent, r.c, r.mentions)):
        r.sources = [owner]
        r.trace.append(r.rule)


def _its_owner(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention]) -> Mention | None:
    words, table = low(ctx.doc), tokens(ctx.doc)
    if not THING_OWNER_PRONOUNS:  # after "its" a trigger is a noun ("its war", "its support")
        return None
    k = c.start - 1
    # a past-tense verb's walk stops at another event ("thanked Peru for its support and urged Bolivia …": the
    # support is Peru's, the urging is not; "its agents had abducted" and "its abuses and aggression" stay owned)
    events = ctx.doc.user_data.get(EVENT_STARTS, frozenset()) if _past_tense(words[c.start]) else frozenset()
    while k > sent.start and c.start - k <= OWNER_MODIFIER_TOKENS and words[k] not in THING_OWNER_PRONOUNS and (
            table.is_lower[k] or table.text[k] == "-") and words[k] not in markers_of(ctx.lexicon).clause \
            and k not in events:  # fmt: skip
        k -= 1  # not across a clause word: "its stance before talks with Y" is no owned talks
    if k <= sent.start or words[k] not in THING_OWNER_PRONOUNS:
        return None
    # not the author of a text named before the pronoun: "vetoed a UN Security Council resolution condemning its
    # invasion of Ukraine" is the vetoer's invasion
    # nor an actor inside a relative clause or an apposition set off by commas: "accused the EU, whose ministers
    # meet in Brussels next week, of blackmail over its threat" is the EU's threat
    inside = _parenthetical(ctx.doc, mentions, sent.start, k, markers_of(ctx.lexicon))
    before = [m for m in mentions if sent.start <= m.start and m.end <= k and m.actor.type != "Person"
              and not _document_author(ctx.doc, m) and m.start not in inside]  # fmt: skip
    return before[-1] if before else None


@RULES.register("roles.parse-subject", "roles")
def _role_parse_subject(r: Roles) -> None:
    """With a parse: the source is the trigger's subject (climbing xcomp and conj chains), unless a noun's owner is
    written right before it."""
    if r.open() and not r.sources:
        r.sources = r.parsed[0]
        r.chose(r.sources)


@RULES.register("roles.purpose-subject", "roles")
def _role_purpose_subject(r: Roles) -> None:
    """A verb right after a purpose word ("Pasukan Chile memasuki Bolivia untuk membantu Peru") acts for the subject
    of the clause, not for the object of the verb before it: the nearest subject before the clause's first verb
    (languages with `grammar.noun_then_owner`, whose pack lists `purpose` words). After the owners of a decision
    noun ("menyambut keputusan Norwegia dan Spanyol untuk mengakui Palestina", `events.decision_nouns`) the owners
    act."""
    if not (r.open() and not r.sources and r.marks.purpose and r.ctx.grammar.noun_then_owner) or r.c.start == 0:
        return
    words, table = low(r.doc), tokens(r.doc)
    if words[r.c.start - 1] not in r.marks.purpose or _event_noun(r.ctx, words[r.c.start]):
        return
    window = [m for m in r.mentions if r.left <= m.start and m.end <= r.c.start]
    owner = next((m for m in reversed(window) if m.end == r.c.start - 1), None)
    head = _head_of_coordination(r.doc, r.mentions, owner, r.marks) if owner else None
    if head is not None and head.start > r.left and words[head.start - 1] in DECISION_NOUNS:
        # "menyambut keputusan Norwegia dan Spanyol untuk mengakui Palestina": the decision's owners act
        r.sources = [m for m in window if head.start <= m.start and m.end <= owner.end]  # the listed owners
        r.chose(r.sources)
        return
    if len(window) < 2:
        return  # one actor before: roles.nearest-subject finds it
    verb = next((k for k in range(window[0].end, r.c.start) if table.is_lower[k] and table.is_alpha[k]
                 and words[k] not in r.marks.coordinators and words[k] not in r.marks.preps), None)  # fmt: skip
    if verb is None or not any(verb < m.start for m in window):
        return
    stops = {*r.marks.relative, *r.marks.clause, *r.marks.purpose, *r.marks.complement, *r.marks.speech}
    if any(words[k] in stops for k in range(verb, r.c.start - 1)):
        return  # "gerilyawan X yang menyeberangi … untuk menyerang Y", a purpose inside a purpose: not the clause's
    r.sources = nearest_subject(r.doc, r.mentions, r.left, verb, r.used_as_target, r.marks) or []
    r.chose(r.sources)


@RULES.register("roles.decision-owner", "roles")
def _role_decision_owner(r: Roles) -> None:
    """A verb right after an owner's decision noun and a complement word ("welcomed Portugal's decision to
    recognise a Palestinian state", "Qatar's efforts to mediate between …", "the move by Chile to expel …";
    `events.decision_nouns`): the decision's owners act, not the subject that judges the decision; with the owner
    after the noun, a verb right after the owners ("menyesalkan keputusan AS menolak visa delegasi Palestina"; with
    "untuk" between, `roles.purpose-subject`)."""
    if not (r.open() and not r.sources) or r.c.start - r.left < 3:
        return
    words, table = low(r.doc), tokens(r.doc)
    if r.ctx.grammar.noun_then_owner:  # "menyesalkan keputusan AS menolak visa …": the verb right after the owner
        owner = next((m for m in r.mentions if m.end == r.c.start and m.start > r.left), None)
        head = _head_of_coordination(r.doc, r.mentions, owner, r.marks) if owner else None
        if head is not None and head.start > r.left and words[head.start - 1] in DECISION_NOUNS:
            r.sources = [m for m in r.mentions if head.start <= m.start and m.end <= owner.end]
            r.chose(r.sources)
        return
    if words[r.c.start - 1] not in r.marks.complement:
        return
    ends = {m.end: m for m in r.mentions if r.left <= m.start}
    owner = None
    noun = r.c.start - 2
    if words[noun] in DECISION_NOUNS:  # "Portugal's decision to", "Portugal's historic decision to"
        mark = noun - 1 if words[noun - 1] in POSSESSIVE_MARKS else noun - 2
        if mark > r.left and words[mark] in POSSESSIVE_MARKS and (mark == noun - 1 or table.is_lower[noun - 1]):
            owner = ends.get(mark)
    elif (by := ends.get(r.c.start - 1)) is not None and by.start - 1 > r.left:  # "the move by Chile to expel"
        at = by.start - 1 - (words[by.start - 1] in r.marks.determiners)
        if at - 1 > r.left and words[at] in r.marks.passive_agent and words[at - 1] in DECISION_NOUNS:
            owner = by
    if owner is not None:
        r.sources = _expand(r.doc, [owner], r.mentions, r.marks)
        r.chose(r.sources)


@RULES.register("roles.participle-of-speaker", "roles")
def _role_participle_of_speaker(r: Roles) -> None:
    """A verbal act opening a participial phrase after a reported clause ("X said (that) Y launched …, accusing Z
    of …", "Y did …, X said, urging Z to …"; `events.speaker_participles`): the speaker acts, not the subject of
    the reported clause."""
    if not (r.open() and not r.sources):
        return
    words, texts, c = low(r.doc), tokens(r.doc).text, r.c
    if words[c.start] not in SPEAKER_PARTICIPLES or c.start - 1 <= r.sent.start or texts[c.start - 1] != ",":
        return
    if c.start in r.ctx.quote_start:
        return
    verb = next((j for j in range(c.start - 2, r.sent.start - 1, -1) if words[j] in r.marks.speech), None)
    if verb is None:
        return
    speaker = _speech_subject(r.sent, verb + 1, r.mentions, r.marks)
    if speaker is not None:
        r.sources = _expand(r.doc, [speaker], r.mentions, r.marks)
        r.chose(r.sources)


REASON_LINKS = union_words("events.reason_links")  # "thanked Y for sending …"
JUDGED_FOR = ("SUPPORT", "ACCUSE", "SANCTION")  # the verbs whose object's act "for V-ing" names
JUDGED_REACH = 6  # tokens from the judging trigger to the judged actor


@RULES.register("roles.judged-for-act", "roles")
def _role_judged_for_act(r: Roles) -> None:
    """"Chile thanked Peru and Bolivia for approving its membership", "praised Peru for supporting Bolivia's bid": a
    participle right after "for" (`events.reason_links`) that follows the object of a judging verb (SUPPORT,
    ACCUSE, SANCTION) is that object's act: the actors named before "for" are its source, not the judge; so is the
    actor whose people or firms the object names ("sanctioned three Iranian firms for supplying drones to Z"). The
    reason of a penalty (SANCTION, ACCUSE) is then no place for the scorer to find a pair of the penaliser's."""
    if not (r.open() and not r.sources):
        return
    words, c = low(r.doc), r.c
    link = next((k for k in (c.start - 1, c.start - 2) if k > r.sent.start and words[k] in REASON_LINKS), None)
    if link is None or not _participle_at(words, link + 1, link + 2, r.marks):
        return  # "-ing" with its object: "for sending aid" (and the noun's trigger), not "for the shelling of …"
    judged = next((m for m in r.mentions if m.end == link), None) or _judged_before_heads(r, link)
    if judged is None:
        return
    spans = r.ctx.trigger_groups[r.ctx.sentence_index[r.sent.start]]
    judging = {r.ctx.entries[span.label_].relation for span in spans
               if judged.start - JUDGED_REACH <= span.end <= judged.start} & set(JUDGED_FOR)  # fmt: skip
    if not judging:
        return
    r.sources = _expand(r.doc, [judged], r.mentions, r.marks)
    r.chose(r.sources)
    if judging & PENALTY_RELATIONS:  # the reason of a penalty: no pair of the penaliser's there for the scorer
        end = next((k for k in range(link, r.sent.end) if words[k] in (",", ";", ".")), r.sent.end)
        r.ctx.penalty_reasons.update(range(link, end))


JUDGED_HEADS = 2  # lower-case words between the judged actor and "for": "sanctioned three Iranian firms for …"


def _judged_before_heads(r: Roles, link: int) -> Mention | None:
    """The actor whose people or firms a judging verb's object names before "for" ("sanctioned three Iranian firms
    for supplying drones to Z", "praised Peruvian officials for …"): an actor followed by at most `JUDGED_HEADS`
    lower-case words (no preposition, no coordinator) right up to the link."""
    words, table = low(r.doc), tokens(r.doc)
    lower, alpha = table.is_lower, table.is_alpha
    stops = r.marks.preps | r.marks.coordinators
    for m in r.mentions:
        if m.end < link and link - m.end <= JUDGED_HEADS and all(
                lower[k] and alpha[k] and words[k] not in stops for k in range(m.end, link)):  # fmt: skip
            return m
    return None


DOCUMENT_RELATIVES = union_words("events.document_relatives")  # "that", "which" after a bill or a package


@RULES.register("roles.document-relative", "roles")
def _role_document_relative(r: Roles) -> None:
    """"Biden signed a bill that provides military aid for Ukraine": the act in a relative clause on a document the
    main clause's subject signed, passed or approved (`events.document_nouns`, `events.document_relatives`) is that
    subject's, the nearest subject before the document noun; a relative word that opens no clause ("menandatangani
    dekret yang mencabut sanksi terhadap Y") counts right before the trigger."""
    if not (r.open() and not r.sources):
        return
    words = low(r.doc)

    def after_document(at: int) -> bool:
        return at - 2 >= r.sent.start and words[at - 1] in DOCUMENT_RELATIVES and words[at - 2] in DOCUMENT_NOUNS

    # the clause opens at the relative word ("that"), or (where it opens no clause: "yang") right before the trigger
    left = next((at for at in (r.left, r.c.start) if after_document(at)), None)
    if left is None:
        return
    if any(left <= m.start < r.c.start for m in r.mentions):
        return  # the clause names its own subject
    noun = left - 2
    r.sources = nearest_subject(r.doc, r.mentions, clause_start(r.ctx, r.sent, noun, r.marks), noun,
                                r.used_as_target, r.marks) or []
    r.chose(r.sources)


PACT_RELATIVE_VERBS = union_words("events.pact_relative_verbs")  # "the deal X and Y struck": the verb making it
PACT_RELATIVE_REACH = 12  # tokens from the agreement noun to that verb
PACT_RELATIVE_TITLE = 3  # words of a title between the relative word and the first party


@RULES.register("roles.pact-relative", "roles")
def _role_pact_relative(r: Roles) -> None:
    """"the trade deal (that) X and Y struck in Scotland": an agreement noun followed by a relative clause whose
    subject is two or more actors and whose verb makes the deal (`events.pact_relative_verbs`: struck, reached,
    sealed) has those actors as its parties, no target after it."""
    if not (r.open() and not r.sources and r.c.entry.symmetric and r.c.relation == "AGREE"):
        return
    words, punct = low(r.doc), tokens(r.doc).is_punct
    k = r.c.end + (r.c.end < r.sent.end and words[r.c.end] in DOCUMENT_RELATIVES)
    end = min(r.sent.end, r.c.end + PACT_RELATIVE_REACH)
    verb = next((v for v in range(k, end) if words[v] in PACT_RELATIVE_VERBS), None)
    last = next((m for m in r.mentions if verb is not None and m.end == verb and m.start >= k), None)
    if last is None:
        return
    parties = _expand(r.doc, [last], r.mentions, r.marks)
    if len(parties) < 2 or parties[0].start - k > PACT_RELATIVE_TITLE or any(punct[i] for i in range(k,
                                                                                               parties[0].start)):
        return
    r.sources, r.target_from = parties, None
    r.chose(r.sources)


TALKS_PREPOSITIONS = union_words("events.talks_prepositions")  # "after talks with Y": a time, not a new clause


@RULES.register("roles.talks-after-clause", "roles")
def _role_talks_after_clause(r: Roles) -> None:
    """"Ukraine accepted the proposal after talks with U.S. officials": a symmetric event noun right after a word
    that opens a clause but here governs the noun (`events.talks_prepositions`, a determiner or an adjective
    between) is the main clause subject's: the nearest subject before that word."""
    if not (r.open() and not r.sources and r.c.entry.symmetric):
        return
    words, table = low(r.doc), tokens(r.doc)
    k = r.c.start - 1
    while k > r.sent.start and r.c.start - k <= 3 and table.is_lower[k] and words[k] not in TALKS_PREPOSITIONS:
        k -= 1
    if k <= r.sent.start or words[k] not in TALKS_PREPOSITIONS or any(k < m.start < r.c.start for m in r.mentions):
        return
    left = clause_start(r.ctx, r.sent, k, r.marks)
    r.sources = nearest_subject(r.doc, r.mentions, left, k, r.used_as_target, r.marks) or []
    r.chose(r.sources)


OBJECT_RELATIVES = union_words("events.object_relatives")  # "ECOWAS, which they accuse of …": the antecedent is
RELATIVE_SUBJECT_PRONOUNS = union_words("events.relative_subject_pronouns")  # the verb's object; "they" its subject
RELATIVE_OBJECT_FILLERS = 3  # lower-case words (auxiliaries, adverbs) between the clause's subject and the verb
RELATIVE_SUBJECT_NAME = 4  # capitalised words of a name as that subject ("which the European Union accused")
CHARGE_RELATION = "ACCUSE"  # a charge entry's relation when its accuser is named in such a clause


def object_relative(doc: Doc, floor: int, start: int, marks: Markers) -> tuple[int, int] | None:
    """(the object relative word, the first token of the subject) of a relative clause whose verb is at `start`:
    "which they accuse", "whom he had accused", "which Peru has long accused", "which the European Union
    sanctioned" (`events.object_relatives`, a pronoun of `events.relative_subject_pronouns` or a capitalised name
    as the subject, at most three lower-case words between it and the verb, none a speech verb: "Iran, which they
    say supports …" is the relative word's own act); None for any other shape."""
    if not OBJECT_RELATIVES:
        return None
    words, table = low(doc), tokens(doc)
    k = start - 1
    while k > floor and start - 1 - k < RELATIVE_OBJECT_FILLERS and table.is_lower[k] and table.is_alpha[k] \
            and words[k] not in RELATIVE_SUBJECT_PRONOUNS and words[k] not in OBJECT_RELATIVES:
        if words[k] in marks.speech:
            return None
        k -= 1  # back over "has long", "had repeatedly"
    if k <= floor:
        return None
    first = k
    if words[k] not in RELATIVE_SUBJECT_PRONOUNS:
        first = k + 1
        while first - 1 > floor and k + 1 - first < RELATIVE_SUBJECT_NAME and not table.is_lower[first - 1] \
                and table.is_alpha[first - 1]:
            first -= 1
        if first > k:
            return None
        first -= first - 1 > floor and words[first - 1] in ARTICLES  # "which the European Union …"
    at = first - 1
    return (at, first) if at > floor and words[at] in OBJECT_RELATIVES else None


@RULES.register("roles.relative-object", "roles")
def _role_relative_object(r: Roles) -> None:
    """"…, ECOWAS, which they accuse of serving French interests", "expelled the U.S. ambassador, whom he accused of
    backing the opposition", "Chile, which Peru has long accused of …": a verb that takes an object, in a relative
    clause opened by an object relative word right after an actor (a comma may come between; `object_relative`),
    has that antecedent as its target, not an actor after it (the charge's), unless an actor follows the verb right
    away ("Hamas, which Israel accuses Iran of arming": Iran is the one charged). Its subject is the actor named
    there, or for a pronoun the main clause's subject before the antecedent."""
    if not (r.open() and not r.sources and r.c.entry.object):
        return
    found = object_relative(r.doc, r.sent.start, r.c.start, r.marks)
    if found is None:
        return
    at, first = found
    if any(m.start == r.c.end for m in r.mentions):
        return  # "Hamas, which Israel accuses Iran of arming": the verb's own object is named right after it
    table = tokens(r.doc)
    before = at - 1 - (table.text[at - 1] == ",")
    antecedent = next((m for m in r.mentions if m.end == before + 1), None)
    if antecedent is None:
        return
    named = [m for m in r.mentions if first <= m.start and m.end <= r.c.start]
    if named:
        sources = _expand(r.doc, [named[0]], r.mentions, r.marks)
    else:
        left = clause_start(r.ctx, r.sent, antecedent.start, r.marks)
        sources = nearest_subject(r.doc, r.mentions, left, antecedent.start, r.used_as_target, r.marks) or []
    if not sources or any(s.actor.id == antecedent.actor.id for s in sources):
        return
    r.sources, r.targets, r.branch = sources, [antecedent], DECIDED
    r.chose(r.sources)


DURATION_WORDS = union_words("events.duration_words")  # "setelah empat hari saling serang"
COUNT_WORDS = union_words("resolve.count_words")
RECIPROCAL_WORDS = union_words("events.reciprocal_words")  # "saling serang": the verb after the marker


TIME_CLAUSE_PRONOUNS = union_words("events.time_clause_pronouns")  # "setelah ia berbicara …": the main subject


@RULES.register("roles.time-clause-subject", "roles")
def _role_time_clause_subject(r: Roles) -> None:
    """A verb trigger right after a comma and a time word that opens no clause with a subject of its own
    (`events.subjectless_clause_words`: "Menlu Chile meminta Peru membantu evakuasi warga Bolivia, saat bertemu Menlu
    Peru X"): the subjects of the sentence's last earlier event, if it ends before the comma and is asserted, are its
    subjects; the actor named last before the comma (the people of the request's complement) is none. A duration may
    stand between the time word and the verb ("…, setelah empat hari saling serang"; `events.duration_words`; the
    reciprocal marker of `events.reciprocal_words` before it is no event noun). In a language whose owner follows the
    noun (Indonesian), a time word with no comma before it and a personal pronoun after it
    (`events.time_clause_pronouns`: "… diumumkan X setelah ia berbicara dengan Y") opens a clause whose subject is
    the main clause's person. An English "-ing" verb with a bare object needs no comma before the time word ("Chile
    closed Peru's consulate after blaming Peru for …")."""
    if not r.open() or r.sources:
        return
    words, texts, at = low(r.doc), tokens(r.doc).text, r.c.start - 1
    if at - 2 > r.sent.start and words[at] in DURATION_WORDS and (
            words[at - 1] in COUNT_WORDS or texts[at - 1].isdigit()):  # fmt: skip
        at -= 2  # "…, setelah empat hari saling serang": a duration between the time word and the verb
    person = False
    if r.ctx.grammar.noun_then_owner and at - 1 > r.sent.start and words[at] in TIME_CLAUSE_PRONOUNS \
            and words[at - 1] in SUBJECTLESS_CLAUSE_WORDS and texts[at - 2] != ",":  # fmt: skip
        at, person = at - 1, True  # "… setelah ia berbicara dengan Y": the person who is the main clause's subject
    if at - 1 <= r.sent.start or words[at] not in SUBJECTLESS_CLAUSE_WORDS:
        return
    head = r.c.start + 1 if words[r.c.start] in RECIPROCAL_WORDS and r.c.end > r.c.start + 1 else r.c.start
    if _event_noun(r.ctx, words[head]) and not _participle_at(words, head, r.c.end, r.marks):
        return  # "…, setelah serangan Y": a time phrase with an event noun of its own owner ("saling serang" is a verb;
        # so is "accusing" with a bare object: "…, after accusing Y of …")
    if person:
        # no comma, a pronoun: "X mengumumkan kesepakatan itu setelah ia bertemu Y": the main clause's person (without
        # the pronoun, "X … setelah bertemu Y" was tried: id train +1 fp, fitted probes +7 fp)
        subjects = nearest_subject(r.doc, r.mentions, clause_start(r.ctx, r.sent, at, r.marks), at,
                                   r.used_as_target, r.marks) or []
        r.sources = [m for m in subjects if m.actor.type == "Person"]
        r.chose(r.sources)
        return
    # an English "-ing" verb with a bare object needs no comma: "closed Y's consulate after blaming Y for …"
    gerund = not r.ctx.grammar.noun_then_owner and head == at + 1 and _participle_at(words, head, r.c.end, r.marks)
    if (texts[at - 1] != "," and not gerund) or r.previous is None:
        return
    before, pairs = r.previous
    if before.end > at - 1 or before.mode != "asserted":
        return  # after a planned act ("mengharapkan bertemu Y, sebelum bertemu Z") the time clause is planned too
    # the subjects, not the partners a meeting or a joint act also gives as sources ("X bertemu Y": Y → X too)
    targets = {target.actor.id for _source, target, _rules in pairs}
    subjects = {source.actor.id: source for source, _target, _rules in pairs if source.actor.id not in targets}
    everyone = list({source.actor.id: source for source, _target, _rules in pairs}.values())
    # a reciprocal act after a pair's joint act ("A dan B sepakat …, setelah saling serang"): the pair, both ways
    r.sources = list(subjects.values()) or (everyone if r.c.entry.symmetric else [pairs[0][0]])
    r.chose(r.sources)


ARRIVAL_VERBS = union_words("events.arrival_verbs")  # "Kecaman terhadap Y datang dari A dan B"
ARRIVAL_LINKS = union_words("events.arrival_links")  # "… datang dari A"
ARRIVAL_REACH = 14  # tokens from the noun trigger to the arrival verb: "Kecaman terhadap serangan Israel ke … Iran"


@RULES.register("roles.came-from", "roles")
def _role_came_from(r: Roles) -> None:
    """An event noun opening its clause whose verb says where it came from ("Kecaman terhadap Peru datang dari Chile,
    Ekuador dan Bolivia"; `events.arrival_verbs`, `events.arrival_links`): the actors listed after the link are its
    sources, and no actor after the verb is its target."""
    if not r.open() or r.sources or not _event_noun(r.ctx, low(r.doc)[r.c.start]):
        return
    words, texts = low(r.doc), tokens(r.doc).text
    if any(words[i] not in NOUN_DETERMINERS and texts[i].strip() for i in range(r.left, r.c.start)):
        return  # the noun is not the clause's subject ("Chile menyampaikan kecaman …"); a blanked dateline is none
    end = min(r.sent.end - 1, r.c.end + ARRIVAL_REACH)
    for i in range(r.c.end, end):
        if texts[i] in CLAUSE_BREAKS or texts[i] == "," or words[i] in r.marks.clause:
            return
        if words[i] in ARRIVAL_VERBS and words[i + 1] in ARRIVAL_LINKS:
            first = next((m for m in r.mentions if m.start == i + 2), None)
            if first is not None:
                r.sources = _expand_right(r.doc, first, r.mentions, r.marks)
                r.targets = [t for t in find_targets(r.ctx, r.sent, r.c, r.mentions, r.c.search_from, r.marks)
                             if t.end <= i]  # fmt: skip
                r.branch = DECIDED
                r.chose(r.sources)
            return


@RULES.register("roles.nearest-subject", "roles")
def _role_nearest_subject(r: Roles) -> None:
    """The nearest actor before the trigger that is a subject (not in a PP, not an earlier object); for an act of
    cooperation, not the owner of an act of force named before it (`owns_conflict_act`: "condemned Russia's war in
    Ukraine and pledged aid to Ukraine" is no pledge of Russia's; "a U.S. airstrike killed …" stays the US's). Not
    the subject of a verb of dying before an attack noun with no owner ("Dua warga Chile tewas dalam serangan terhadap
    desa di Peru": the victims, not the attacker; `roles.victim-before` reads an owner after the noun). Not across a
    relative clause on a noun naming no actor ("sanksi kepada perusahaan yang telah membantu Y": the firm helps), and
    no state's tourists as a visitor ("wisatawan asal Chile yang berkunjung ke Peru")."""
    if r.open() and not r.sources:
        if r.c.relation == "ASSAULT" and not r.ctx.grammar.owner_then_noun and (
                _victim_verb(r, r.c.start - 1) is not None):  # fmt: skip
            return  # "Dua warga Chile tewas dalam serangan terhadap desa di Peru": the subject died, no attacker
        mentions = r.mentions
        if r.c.relation in COOPERATION:
            mentions = [m for m in mentions if not owns_conflict_act(r.doc, m, r.c.start)]
        if _active_relative_of_no_actor(r.doc, mentions, r.left, r.c.start, r.marks):
            return  # "sanksi kepada perusahaan yang telah membantu Y": the firm helps, not the clause's subject
        r.sources = nearest_subject(r.doc, mentions, r.left, r.c.start, r.used_as_target, r.marks) or []
        r.sources = _speakers_government(r.ctx, r.c.start, r.sources, r.mentions, r.marks)
        if r.c.relation == "CONSULT":  # "wisatawan asal Chile yang berkunjung ke Peru": tourists, no state visit
            r.sources = [m for m in r.sources if not _private_travellers(r.doc, m)]
        words = low(r.doc)
        if r.c.relation in COMPANY_RELATIONS:  # "Chinese airlines offered refunds": firms, no act of their state
            r.sources = [m for m in r.sources if m.kind == "role" or not _company_nationality(words, [], m)]
        # "agreed to use frozen Russian assets to fund a loan for Y": the assets' state pays for nothing
        r.sources = [m for m in r.sources if m.kind != "demonym" or not _resource_owner(words, m.end)]
        r.chose(r.sources)


RESOURCE_MODIFIERS = union_words("events.resource_modifiers")  # "Russian central bank assets", "state funds"
RESOURCE_MODIFIER_REACH = 2


def _resource_owner(words: list[str], end: int) -> bool:
    """Does a state's property (`events.resource_nouns`) follow the nationality ending at `end`, past up to two words of
    its holder (`events.resource_modifiers`: "Russian central bank assets")?"""
    k = end
    while k < len(words) and k - end < RESOURCE_MODIFIER_REACH and words[k] in RESOURCE_MODIFIERS:
        k += 1
    return k < len(words) and words[k] in RESOURCE_NOUNS


RESOURCE_NOUNS = union_words("events.resource_nouns")  # "Russian assets": a state's property, no actor
PRIVATE_TRAVELLERS = union_words("events.private_travellers")  # "wisatawan", "tourists": people of a state, privately
TRAVELLER_LINKS = union_words("events.traveller_links")  # "wisatawan asal Chile", "tourists from Chile"


def _private_travellers(doc: Doc, m: Mention) -> bool:
    """Does `m` name where private travellers come from ("wisatawan Chile", "wisatawan asal Ekuador", "tourists from
    Chile"; `events.private_travellers`, `events.traveller_links`)? Their visits are no visit of their state."""
    words, k = low(doc), m.start - 1
    if k >= 0 and words[k] in TRAVELLER_LINKS:
        k -= 1
    return k >= 0 and words[k] in PRIVATE_TRAVELLERS


RELATIVE_CLAUSE_ADVERBS = union_words("events.relative_clause_adverbs")  # "yang telah membantu", "yang diduga …"
RELATIVE_TEXT_NOUNS = union_words("events.relative_text_nouns")  # "surat yang meminta Y": its author acts through it
PREDICATE_LINKS = union_words("events.predicate_links")  # "X termasuk negara yang …": the noun describes X


def _active_relative_of_no_actor(doc: Doc, mentions: list[Mention], left: int, right: int, marks: Markers) -> bool:
    """Does the active trigger at `right` open a relative clause (a relative word, then only the adverbs of
    `events.relative_clause_adverbs`) on a noun that names no actor ("AS menjatuhkan sanksi kepada perusahaan
    pelayaran yang telah membantu program nuklir Korea Utara": the firm helps, not the one sanctioning)? Then no actor
    named before it is the trigger's subject. Not after a copula or a link of `events.predicate_links` ("Chile adalah
    negara yang membantu Peru", "Chile dan Peru termasuk di antara negara yang menentang Y"), nor where an actor ends
    right before the relative word (`nearest_subject` takes it: "pemerintah Chile yang …"), nor on a text its author
    acts through (`events.relative_text_nouns`: "surat yang meminta Y", also with one modifier: "pernyataan bersama
    yang mengecam Y") or an act or decision named for its actor ("tindakan yang mendapat dukungan Y")."""
    words = low(doc)
    k = right - 1
    while k > left and words[k] in RELATIVE_CLAUSE_ADVERBS:
        k -= 1
    noun = k - 1
    if noun < left or words[k] not in marks.relative or not tokens(doc).is_alpha[noun]:
        return False
    if any(m.start <= noun <= m.end for m in mentions) or tokens(doc).text[noun][:1].isupper():
        # an actor, or an actor and one modifier ("Wen, pemimpin China pertama yang berkunjung ke Jepang"), before it;
        # a capitalised word is a name's ("Joseph F Dunford, Jr yang mengundang …")
        return False
    if words[noun] in RELATIVE_TEXT_NOUNS or words[noun] in ACT_ANAPHOR_NOUNS or words[noun] in DECISION_NOUNS:
        return False  # "surat yang meminta Y", "tindakan yang mendapat dukungan Y": the author's, the actor's
    if noun - 1 >= left and words[noun - 1] in RELATIVE_TEXT_NOUNS and tokens(doc).is_lower[noun]:
        return False  # a text and its modifier: "pernyataan bersama yang mengecam Y", "surat terbuka yang …"
    named = max((m.end for m in mentions if left <= m.start and m.end <= noun), default=left)
    return not any(words[i] in COPULAS or words[i] in PREDICATE_LINKS for i in range(named, noun))


BARE_GOVERNMENTS = union_words("events.bare_governments")  # "mengatakan pemerintah berterima kasih kepada Y"


def _speakers_government(ctx: DocContext, trigger: int, sources: list[Mention], mentions: list[Mention],
                         marks: Markers) -> list[Mention]:  # fmt: skip
    """A person who reports what "the government" does ("Anis Matta mengatakan pemerintah berterima kasih kepada
    Thailand"; `events.bare_governments` right after a speech verb, no actor named between): the clause's subject
    is the speaker's state, not the speaker."""
    if len(sources) != 1 or sources[0].actor.type != "Person":
        return sources
    words, speaker = low(ctx.doc), sources[0]
    if any(speaker.end <= m.start < trigger for m in mentions):
        return sources
    said = next((i for i in range(speaker.end, trigger - 1) if words[i] in marks.speech
                 and words[i + 1] in BARE_GOVERNMENTS), None)  # fmt: skip
    state = _state_mention(ctx, speaker) if said is not None else None
    return [state] if state is not None else sources


@RULES.register("roles.suffix-possessor", "roles")
def _role_suffix_possessor(r: Roles) -> None:
    """An event noun with the possessive suffix ("invasinya"): its possessor, the last actor named before it that
    is not the clause's subject, is the source (languages with `grammar.possessive_suffix`)."""
    if r.open() and (owner := nya_possessor(r.ctx, r.c, r.mentions, r.sources)):
        r.sources = [owner]
        r.trace.append(r.rule)


@RULES.register("roles.introductory-owner", "roles")
def _role_introductory_owner(r: Roles) -> None:
    """"During his visit to Jakarta, Mattis met …", "Dalam kunjungannya ke Jakarta, Mattis …": an event noun
    with a possessive in a sentence-opening phrase belongs to the subject of the main clause after the comma; so
    does a trigger right after a clause opener ("During talks with Y, X …") or opening the sentence as a
    participle ("Accusing Y of …, X said")."""
    if r.open() and not r.sources:
        r.sources = _introductory_owner(r.ctx, r.sent, r.c, r.mentions, r.marks)
        r.chose(r.sources)


@RULES.register("roles.possessor-object", "roles")
def _role_possessor_object(r: Roles) -> None:
    """An object noun with the possessive suffix ("mendukung invasinya ke Ukraina"): its possessor, the last actor
    before, is the target, not the place after it (languages with `grammar.possessive_suffix`)."""
    if r.open() and (owner := possessor_object(r.ctx, r.sent, r.c, r.mentions, r.sources)):
        r.targets = [owner]
        r.trace.append(r.rule)


VICTIM_VERBS = union_words("events.victim_verbs")
VICTIM_LINKS = union_words("events.victim_links")
TIME_FILLERS = union_words("events.time_fillers")  # "killed on Monday in", "an agreement Friday between"
VICTIM_MODIFIERS = 2  # lower-case words between the article and an English owner: "a major Israeli army raid"


@RULES.register("roles.victim-before", "roles")
def _role_victim_before(r: Roles) -> None:
    """An attack noun with its owner, after a verb of dying or injury and "in" ("Dua tentara Peru tewas dalam
    serangan udara Chile", "Two Peruvian soldiers were killed on Monday in a Chilean air strike": Chile attacked
    Peru; or its agent after it, "died during raids by Chilean police"): the subject of that verb is the victim, the
    target."""
    if r.targets or r.pairs is not None or not r.sources or r.c.relation != "ASSAULT":
        return
    if r.ctx.grammar.owner_then_noun and r.branch == OWNER and "roles.by-agent" in r.trace:
        # the agent after the noun: "Two Azerbaijani brothers died during raids by Russian police"
        verb = _victim_verb(r, _before_determiner(r, r.c.start - 1))
    elif r.ctx.grammar.owner_then_noun:  # the owner written before the noun ("roles.adjacent-owner")
        if r.branch != OPEN or "roles.adjacent-owner" not in r.trace or r.sources[0].kind == "metonym":
            return  # a capital before the noun is where ("a western Baghdad ambush"), not who
        verb = _victim_verb(r, _before_determiner(r, r.sources[0].start - 1))
    else:  # the owner after it ("roles.genitive-owner"): the link right before the noun
        verb = _victim_verb(r, r.c.start - 1, fillers=False) if r.branch == OWNER else None
    if verb is None:
        return
    victims = nearest_subject(r.doc, r.mentions, r.left, verb, r.used_as_target, r.marks)
    if victims:
        r.targets, r.branch = victims, DECIDED
        r.trace.append(r.rule)


def _before_determiner(r: Roles, i: int) -> int:
    """The token before an owner's article and modifiers ("in [a major] Israeli army raid"): `i` is the token
    before the owner; the link itself when no article comes between; -1 when the words there are not an article and at
    most two lower-case modifiers."""
    words, table, modifiers = low(r.doc), tokens(r.doc), 0
    while i >= r.left:
        if words[i] in NOUN_DETERMINERS:
            return i - 1
        if words[i] in VICTIM_LINKS:  # no article: "killed in US strikes"
            return i
        if not (table.is_lower[i] and table.is_alpha[i]) or modifiers == VICTIM_MODIFIERS:
            return -1
        modifiers, i = modifiers + 1, i - 1
    return -1


def _victim_verb(r: Roles, link: int, fillers: bool = True) -> int | None:
    """The verb of dying or injury before the link word at `link` ("killed in", "tewas dalam"), over a few time
    words in English ("killed on Monday in"): its token, or None."""
    words, i = low(r.doc), link - 1
    if link <= r.left or words[link] not in VICTIM_LINKS:
        return None
    while fillers and i > r.left and link - i <= 3 and words[i] in TIME_FILLERS:
        i -= 1
    return i if i >= r.left and words[i] in VICTIM_VERBS else None


@RULES.register("roles.target-after-trigger", "roles")
def _role_target_after_trigger(r: Roles) -> None:
    """The first actor after the trigger introduced by one of the entry's prepositions, or a bare object (also past
    a predicative "as ADJ": "slammed as defamatory a US report")."""
    if r.branch == DECIDED or r.pairs is not None or r.targets or r.target_from is None:
        return
    if r.c.entry.converse and (guests := _hosted_talks_parties(r)):
        r.targets, r.hosted_talks = guests, True  # "Saudi Arabia hosted talks between U.S. and Russian officials"
        r.chose(r.targets)
        return
    r.targets = find_targets(r.ctx, r.sent, r.target_candidate or r.c, r.mentions, r.target_from, r.marks)
    if r.c.entry.converse and r.targets and r.targets[0].end < r.sent.end and (
            low(r.doc)[r.targets[0].end] in ATTRIBUTIVE_HEADS):  # fmt: skip
        r.targets = []  # "will host next year's APEC meetings": the body's meeting is hosted, no meeting with it
    r.chose(r.targets)


ITS_TARGET_RELATIONS = union_words("events.its_target_relations")  # "the U.S. strikes on its nuclear sites"


@RULES.register("roles.its-target", "roles")
def _role_its_target(r: Roles) -> None:
    """"Iran condemned the U.S. strikes on its nuclear facilities", "Chile said Peru's strikes on its border posts
    killed ten soldiers": an attack (`events.its_target_relations`) with a source and no target, right after it one of
    its prepositions and "its" (`events.thing_owner_pronouns`), hits the sentence's subject: the first actor of the
    sentence, its first word (after a dateline: `_opens_sentence`), no person and not the attack's own source. So
    does an `inside` entry whose gap opens with "its" ("Chile said Peruvian jets violated its airspace")."""
    if r.pairs is not None or r.targets or not r.sources or r.c.relation not in ITS_TARGET_RELATIONS:
        return
    words, at = low(r.doc), r.c.end
    owned_gap = r.c.entry.inside and words[r.c.start + 1] in THING_OWNER_PRONOUNS
    if not owned_gap and (at + 1 >= r.sent.end or words[at] not in r.c.entry.preps
                          or words[at + 1] not in THING_OWNER_PRONOUNS):  # fmt: skip
        return
    first = min((m for m in r.mentions if r.sent.start <= m.start < r.c.start), key=lambda m: m.start, default=None)
    if (first is None or not _opens_sentence(r.doc, r.sent, first.start) or first.actor.type == "Person"
            or any(first.actor.id == s.actor.id for s in r.sources)):
        return
    r.targets = [first]
    r.trace.append(r.rule)


HOSTED_TALKS_REACH = 3  # lower-case words between the hosting verb and the talks noun: "hosted direct peace talks"


def _hosted_talks_parties(r: Roles) -> list[Mention] | None:
    """The parties of talks the subject hosts ("Saudi Arabia hosted talks between U.S. and Russian officials",
    "menjadi tuan rumah pembicaraan antara A dan B"): a hosting entry (`converse`) whose object, past at most
    `HOSTED_TALKS_REACH` lower-case words, is talks (`events.mediated_nouns`) between two parties. The host meets
    its guests (docs/annotation.md: hosting is CONSULT from the host to the guest)."""
    table, words = tokens(r.doc), low(r.doc)
    end = min(r.sent.end, r.c.end + HOSTED_TALKS_REACH + 1)
    noun = next((i for i in range(r.c.end, end) if words[i] in MEDIATED_NOUNS), None)
    if noun is None or not all(table.is_lower[i] and table.is_alpha[i] for i in range(r.c.end, noun)):
        return None
    talks = replace(r.c, start=noun, end=noun + 1)
    return _between_pair(r.doc, r.sent, talks, r.mentions, r.marks)


ACT_NOUN_MODIFIERS = union_words("events.act_noun_modifiers")  # "the reported killings of civilians by X"


@RULES.register("roles.act-agent-target", "roles")
def _role_act_agent_target(r: Roles) -> None:
    """A verb whose object is an act with its agent after "by" / "oleh" ("mengecam pencaplokan wilayah Peru oleh
    Bolivia", "condemned the annexation of Peruvian territory by Bolivia"): the agent is the verb's target, the one
    acted on inside the act's phrase is the act's; so when the act's object names no actor ("condemned the detention
    of two journalists by X", `events.act_object_links`), or when the act is a trigger of its own right before "by"
    ("condemned the joint military drills by X")."""
    if not r.open() or _event_noun(r.ctx, low(r.doc)[r.c.start]):
        return
    spans = r.ctx.trigger_groups[r.ctx.sentence_index[r.sent.start]]
    words = low(r.doc)
    noun = r.c.end + (r.c.end < r.sent.end and words[r.c.end] in r.marks.determiners)  # the verb's object, past "the"
    while noun + 1 < r.sent.end and words[noun] in ACT_NOUN_MODIFIERS:
        noun += 1  # "condemned (the) reported killings of civilians by X": a word about the act before its noun
    if not r.targets:  # "protested the arrest of fishermen by Australian authorities": the act's agent
        act = next((s for s in spans if s.start == noun and getattr(r.ctx.entries.get(s.label_), "relation", None)),
                   None)  # fmt: skip
        agent = None
        if noun < r.sent.end and (act is not None or _event_noun(r.ctx, words[noun])):
            agent = _agent_after_phrase(r, act.end if act is not None else noun + 1)
        agent = agent or _agent_right_after(r, noun, act.end if act is not None else noun)
        if agent is not None:
            r.targets = _expand_right(r.doc, agent, r.mentions, r.marks)
            r.trace.append(r.rule)
        return
    first, last = r.targets[0], r.targets[-1]
    if not any(r.c.end <= s.start < first.start and (_event_noun(r.ctx, words[s.start]) or s.start == noun)
               and getattr(r.ctx.entries.get(s.label_), "relation", None) for s in spans) and not (
            noun < first.start and _event_noun(r.ctx, words[noun])):  # "the detention of two Canadians by X"
        return
    table, at = tokens(r.doc), last.end
    while at < min(r.sent.end, last.end + 2) and table.is_lower[at] and table.is_alpha[at] and words[at] not in (
            r.marks.preps | r.marks.coordinators):  # "the annexation of Peruvian territory by …"
        at += 1
    agent = None
    if at < r.sent.end and words[at] in r.marks.passive_agent:
        at += 2 if at + 1 < r.sent.end and words[at + 1] in r.marks.determiners else 1
        agent = next((m for m in r.mentions if m.start == at), None)
    if agent is None:  # "mengecam serangan oleh Bolivia terhadap Peru": the agent before the act's target
        agent = next((m for m in r.mentions if r.c.end < m.start < first.start and m.start - 1 > r.c.end
                      and words[m.start - 1] in r.marks.passive_agent), None)  # fmt: skip
    if agent is not None and all(agent.actor.id != t.actor.id for t in r.targets):
        r.targets = _expand_right(r.doc, agent, r.mentions, r.marks)
        r.trace.append(r.rule)


def _two_party_meeting(r: Roles) -> tuple[Candidate, Mention, Mention] | None:
    """The sentence's last earlier event when it is an asserted meeting of two parties: (the meeting, its host, its
    partner)."""
    if r.previous is None:
        return None
    meeting, pairs = r.previous
    parties = {m.actor.id for s, t, _r in pairs for m in (s, t)}
    if meeting.relation != "CONSULT" or meeting.mode != "asserted" or len(parties) != 2:
        return None
    return meeting, pairs[0][0], pairs[0][1]


@RULES.register("roles.purpose-of-meeting", "roles")
def _role_purpose_of_meeting(r: Roles) -> None:
    """The purpose of a meeting or call is directed at its partner: "X spoke with Y to congratulate him on his
    election", "X called Y to offer condolences" (a verbal act right after "to", with no target of its own, takes
    the meeting's one partner; its source is the meeting's when it found none). Acts of cooperation or force in
    the purpose ("met Y to advance cooperation", "to discuss ways to end the fighting") are left alone."""
    if not (r.open() and not r.targets) or (found := _two_party_meeting(r)) is None:
        return
    meeting, host, partner = found
    if r.c.relation not in PURPOSE_RELATIONS or r.c.start - 1 < meeting.end:
        return
    if low(r.doc)[r.c.start - 1] not in r.marks.complement:
        return
    r.sources = r.sources or [host]
    if any(s.actor.id == partner.actor.id for s in r.sources):
        return
    r.targets = [partner]
    r.trace.append(r.rule)


MEETING_AGREEMENT_JOINERS = union_words("events.meeting_agreement_joiners")  # "bertemu Y … dan sepakat …"
MEETING_OUTCOME_VERBS = union_words("events.meeting_outcome_verbs")  # "Pertemuan X dan Y menghasilkan kesepakatan"


@RULES.register("roles.agreed-at-meeting", "roles")
def _role_agreed_at_meeting(r: Roles) -> None:
    """An agreement with no target of its own right after a joiner that follows a meeting of the same subject
    (`events.meeting_agreement_joiners`: "Menhan Chile bertemu Menhan Peru di Lima, Kamis, dan sepakat memperluas
    latihan bersama"), or after a verb of outcome whose subject is the meeting's noun (`events.meeting_outcome_verbs`:
    "Pertemuan X dan Y di Lima, Sabtu, menghasilkan kesepakatan kerja sama"): agreed with the meeting's one partner,
    in that direction only. The sentence's last earlier
    event must be the asserted meeting, with two parties."""
    if not (r.open() and not r.targets and r.c.relation == "AGREE") or (found := _two_party_meeting(r)) is None:
        return
    meeting, host, partner = found
    words = low(r.doc)
    # "Pertemuan X dan Y di Z, Sabtu, menghasilkan kesepakatan kerja sama": the meeting named by a noun yields it
    outcome = words[r.c.start - 1] in MEETING_OUTCOME_VERBS and _event_noun(r.ctx, words[meeting.start])
    if r.c.start - 1 <= meeting.end or not (words[r.c.start - 1] in MEETING_AGREEMENT_JOINERS or outcome):
        return
    if r.sources and any(s.actor.id != host.actor.id for s in r.sources):
        return
    r.sources, r.targets = r.sources or [host], [partner]
    r.trace.append(r.rule)


@RULES.register("roles.parse-object", "roles")
def _role_parse_object(r: Roles) -> None:
    """With a parse: the target is the trigger's object or the object of one of its prepositions (after the rules
    that read the words failed)."""
    if r.open() and not r.targets:
        r.targets = r.parsed[1]
        r.chose(r.targets)


@RULES.register("roles.owner-target", "roles")
def _role_owner_target(r: Roles) -> None:
    """The owner of a noun a governing verb absorbed is its target ("rejected a US offer"), with the actors
    listed before it ("mengimbau Israel dan Hamas menahan diri": both are asked)."""
    if r.open() and r.c.owner_target is not None:
        r.targets = _listed_before(r.doc, r.c.owner_target, r.mentions, r.marks, r.c.end)
        r.trace.append(r.rule)


def _listed_before(doc: Doc, m: Mention, mentions: list[Mention], marks: Markers, after: int) -> list[Mention]:
    """`m` and the actors listed right before it, from token `after` on: "Israel dan Hamas", "X, Y and Z"; a pair or
    group read back ("mendesak kedua pihak menahan diri") is all the actors it reads."""
    words = low(doc)
    out = [m] + [o for o in mentions if o is not m and o.coref and (o.start, o.end) == (m.start, m.end)
                 and o.rule == m.rule and o.rule in ("coref.pair", "coref.group")]  # fmt: skip
    for other in reversed(mentions):
        between = range(other.end, out[0].start)
        if other.start >= after and 0 < len(between) <= 2 and all(words[i] in marks.coordinators for i in between):
            out.insert(0, other)
    return out


@RULES.register("roles.second-addressee", "roles")
def _role_second_addressee(r: Roles) -> None:
    """A request with two addressees, each with its own complement ("urged Y to show restraint and Z to stop its
    attacks"): the actor right after "and" and right before the complement word, later in the clause, is asked
    too."""
    if not r.open() or not r.targets or r.c.relation != "REQUEST" or not r.c.entry.governs:
        return
    words, texts = low(r.doc), tokens(r.doc).text
    last = r.targets[-1]
    for m in r.mentions:
        if m.start <= last.end or m.end >= r.sent.end:
            continue
        if any(texts[i] in CLAUSE_BREAKS or texts[i] == "," for i in range(last.end, m.start)):
            break
        if words[m.start - 1] in PAIR_JOINERS and words[m.end] in r.marks.complement and m.start - last.end > 2:
            r.targets = [*r.targets, m]
            r.trace.append(r.rule)
            break


@RULES.register("roles.welcomed-between", "roles")
def _role_welcomed_between(r: Roles) -> None:
    """Praise of an event between two parties ("welcomed the agreement between A and B", "hailed the resumption of
    dialogue between A and B"), or its condemnation or rejection ("mengecam kerja sama militer antara A dan B"):
    with no target of its own, the parties after "between" are its targets."""
    if not r.open() or r.targets or r.c.relation not in JUDGED_RELATIONS or r.c.entry.cameo == SIGNING_CAMEO:
        return  # a signing between A and B ("hadir dalam penandatanganan perjanjian antara A dan B") is no
        # judgement of it: the one who witnesses it signs nothing
    words, punct = low(r.doc), tokens(r.doc).is_punct
    starts = {m.start: m for m in r.mentions}
    for k in range(r.c.end, min(r.sent.end - 1, r.c.end + 8)):
        if punct[k] or words[k] in r.marks.clause:
            return
        if words[k] in BETWEEN:
            first = starts.get(k + 1) or (starts.get(k + 2) if words[k + 1] == "the" else None)
            pair = [first, *_listed_after(r.doc, first, r.mentions, r.marks)] if first else []
            if len(pair) >= 2:
                r.targets = pair
                r.trace.append(r.rule)
            return


MOVE_NOUNS = union_words("events.move_nouns")  # ", a move Israel denounced": the act of the main clause
MOVE_PREPS = union_words("events.move_preps")  # ", in a move Israel denounced": the move after a preposition
APPOSED_CHARGE_NOUNS = union_words("events.apposed_charge_nouns")  # ", a charge Lima denied": the accusation before
PERFECT_AUX = union_words("events.perfect_aux")  # "a move Israel has denounced"
JUDGED_ADVERBS = union_words("events.judged_adverbs")  # "a charge Abu Dhabi has repeatedly denied"
JUDGED_RELATIONS = ("ACCUSE", "SUPPORT", "REJECT")


@RULES.register("roles.judged-move", "roles")
def _role_judged_move(r: Roles) -> None:
    """A judgement in an apposition after a comma ("…, a move Israel has denounced as …", "…, a step that Moscow
    criticised", "…, a decision the United States welcomed", "…, in an attack Qatar condemned as …" after a
    preposition of `events.move_preps`): with no target of its own, the move judged is the
    main clause's act, so its subject is the target; a charge so judged (", a charge Abu Dhabi denies",
    `events.apposed_charge_nouns`), or denied after a relative word alone (", which Kigali denies"), is the
    accusation before the comma, its accuser the target."""
    if not r.open() or r.targets or len(r.sources) != 1 or r.c.relation not in JUDGED_RELATIONS:
        return
    words, texts, source = low(r.doc), tokens(r.doc).text, r.sources[0]
    k = source.end
    while k < r.c.start and (words[k] in PERFECT_AUX or words[k] in JUDGED_ADVERBS):
        k += 1  # "a charge Abu Dhabi has repeatedly denied"
    i = source.start - 1  # the move noun, past the judge's article and a relative word
    if i > r.sent.start and words[i] == "the":
        i -= 1
    if i > r.sent.start and words[i] in r.marks.relative | COMPLEMENTIZERS:
        if r.c.relation == "REJECT" and k == r.c.start and texts[i - 1] == "," and words[i] in r.marks.relative:
            _judged_charge(r, source, i - 1)  # ", which Kigali denies": the accusation before the comma
            return
        i -= 1
    comma = i - 3 if i - 2 > r.sent.start and words[i - 2] in MOVE_PREPS else i - 2  # ", in a move Y condemned"
    if k != r.c.start or comma < r.sent.start or texts[comma] != ",":
        return
    if (words[i] not in MOVE_NOUNS and words[i] not in APPOSED_CHARGE_NOUNS) or words[i - 1] not in NOUN_DETERMINERS:
        return
    if words[i] in APPOSED_CHARGE_NOUNS:  # ", a charge Abu Dhabi denies": the accuser of the clause before
        _judged_charge(r, source, comma)
        return
    subject = nearest_subject(r.doc, r.mentions, r.sent.start, comma, r.used_as_target, r.marks)
    if subject and source.actor not in {m.actor for m in subject}:
        r.targets = subject
        r.trace.append(r.rule)


def _judged_charge(r: Roles, source: Mention, comma: int) -> None:
    """The accusers of the accusation that ends before `comma` become the targets of the judgement after it (", a
    charge Abu Dhabi denies", and for a denial a relative word alone: ", which Kigali denies")."""
    if r.previous is None or r.previous[0].relation != "ACCUSE" or r.previous[0].end > comma:
        return
    accusers = [s for s, _t, _rules in r.previous[1] if s.actor != source.actor]
    if accusers:
        r.targets = list({m.actor.id: m for m in accusers}.values())
        r.trace.append(r.rule)


@RULES.register("roles.protest-previous-subject", "roles")
def _role_protest_previous_subject(r: Roles) -> None:
    """A protest with no object named after it ("… entered waters near the Senkakus. Tokyo lodged a protest.")
    protests the act of the sentence before: its subject, the mention `_protest_objects` set over the protest, is the
    target."""
    if not r.open() or r.targets or not r.sources:
        return
    found = [m for m in r.mentions if m.rule == PROTEST_OBJECT_RULE and r.c.start <= m.start < r.c.end]
    if found:
        r.targets = found
        r.trace.append(r.rule)


THANK_WORDS = union_words("events.thank_words")  # "thanked Y for …", "berterima kasih kepada Y atas …"
THANKED_FOR = union_words("events.thanked_for")  # "for", "atas": the thanked act follows
THANKED_ACT_REACH = 8  # tokens from "for" to the thanked act's trigger ("for approving a $385 million arms sale")
VAGUE_HELP_WORDS = union_words("events.vague_help_words")  # "thanked Peru for its help": no aid told
THANKED_RELATIVE_REACH = 2  # "yang (telah) mengirimkan …": a relative clause's act is its verb, right after it
THANKED_ACTS = ("AID",)  # support or cooperation thanked for: the train split codes none ("for his cooperation")


@RULES.register("roles.thanked-for-act", "roles")
def _role_thanked_for_act(r: Roles) -> None:
    """"Lai thanked the United States for approving a $385 million arms sale", "Zelensky thanked Germany for sending
    air defence systems": an act of aid with no actor of its own after "thanked Y for" is Y's, done for
    the thanker's side (the thanker, a person as their state: `_as_state`); in a language that puts the owner after
    the noun, of each actor of a list thanked ("berterima kasih kepada India, Jepang dan Pakistan atas bantuan
    darurat"; English keeps the last one only: the probe3-en-b writer reads no aid in "thanked the United States,
    Germany and Romania for new Patriot air defence systems")."""
    words = low(r.doc)
    if not r.open() or r.targets or r.c.relation not in THANKED_ACTS or words[r.c.start] in VAGUE_HELP_WORDS:
        return
    if r.c.end < r.sent.end and words[r.c.end] in ACT_DEMONSTRATIVES:
        return  # "atas bantuan itu": the aid told before, its own event there
    k = next((k for k in range(r.c.start - 1, max(r.sent.start, r.c.start - THANKED_ACT_REACH) - 1, -1)
              if words[k] in THANKED_FOR), None)  # fmt: skip
    if k is None or any(k < m.start < r.c.start for m in r.mentions) or any(m.start >= r.c.end for m in r.mentions):
        return
    if words[k] in r.marks.relative and r.c.start - k > THANKED_RELATIVE_REACH:
        return  # "kepada Mesir yang telah membantu kelancaran pengiriman": the relative clause's verb is no aid told
    thanked = next((m for m in reversed(r.mentions) if m.end <= k and k - m.end <= 3), None)  # "thanked Y (today) for"
    if thanked is None:
        return
    listed = _thanked_list(words, r.mentions, thanked, r.marks) if r.ctx.grammar.noun_then_owner else [thanked]
    # the thank right before the thanked, or before its preposition ("berterima kasih kepada Jepang atas …")
    first = listed[0]
    thank = next((t for t in (first.start - 1, first.start - 2) if t >= r.sent.start and words[t] in THANK_WORDS),
                 -1)  # fmt: skip
    if thank < 0:
        return
    thanker = next((m for m in reversed(r.mentions) if m.end <= thank and thank - m.end <= 2), None)
    if thanker is None:
        return
    side = _as_state(r.ctx, thanker.actor)
    listed = [m for m in listed if not (self_loop(m.actor, side) or _same_state(m.actor, side))]
    if not listed:
        return
    r.sources = listed
    r.targets = [Mention(thanker.start, thanker.end, side, thanker.kind, "coref.thanker-side", True)]
    r.trace.append(r.rule)


def _thanked_list(words: list[str], mentions: list[Mention], last: Mention, marks: Markers) -> list[Mention]:
    """The actors listed up to the last one thanked ("thanked Japan, Korea and Peru for", "berterima kasih kepada
    India, Jepang dan Pakistan atas"): each joined to the next by a comma or a coordinator only."""
    listed = [last]
    for m in reversed(mentions):
        if m.end > listed[0].start:
            continue
        between = words[m.end : listed[0].start]
        if not between or len(between) > 2 or not all(w == "," or w in marks.coordinators for w in between):
            break
        listed.insert(0, m)
    return listed


@RULES.register("roles.pair-pronoun-alone", "roles")
def _role_pair_pronoun_alone(r: Roles) -> None:
    """"They" read as the two parties of the sentence before ("X met Y. They agreed …") stands for the two of them
    together: another actor after the trigger is not their target ("They agreed to consult NATO allies")."""
    if r.pairs is None and r.targets and r.sources and all(m.rule == "coref.pair-pronoun" for m in r.sources):
        r.targets = []
        r.trace.append(r.rule)


@RULES.register("roles.pair-of-the-subjects", "roles")
def _role_pair_of_the_subjects(r: Roles) -> None:
    """"Kedua negara" / "the two countries" after the trigger standing for the subjects' own pair ("A dan B
    menyepakati peningkatan kerja sama kedua negara") is no target: the two subjects are the event's parties; so
    are two or more named states that are all the subjects' own ("Kedua pemimpin menandatangani deklarasi
    kemitraan antara Indonesia dan Rusia": the two leaders with each other, not each with the other's state)."""
    if r.pairs is None and len(r.sources) >= 2 and r.targets:
        own = {s.actor.id for s in r.sources} | {s.actor.state for s in r.sources if s.actor.state}
        pair_read = all(t.rule == "coref.pair" for t in r.targets)
        named = len({t.actor.id for t in r.targets}) >= 2 and all(t.actor.type == "Country" for t in r.targets)
        if (pair_read or named) and all(t.actor.id in own for t in r.targets):
            r.used_as_target.update(t.start for t in r.targets)  # read, so no subject of a later trigger either
            r.targets = []
            r.trace.append(r.rule)


@RULES.register("roles.symmetric-without-target", "roles")
def _role_symmetric_without_target(r: Roles) -> None:
    """`The United States and Jordan have agreed` → both directions, for symmetric types only (a planned joint act
    of the two, "X dan Y berupaya memperkokoh kerja sama", is AGREE both ways; a planned meeting only after a
    plan word the pack lists in `pair_plans`: "X dan Y akan mengadakan perundingan"; after one in `pair_plans_forward`
    from the first named to the second only: "X and Y will hold talks"); three named right before an agreement or a
    signing ("Mali, Niger dan Chad sepakat …") give every pair; not when the sentence's event before took them as its
    sources and others as its targets ("mediating between A and B to secure a ceasefire"). A target that is one of
    the two is no other party ("Indonesia dan Korea Selatan sepakat menambah kuota pekerja migran Indonesia")."""
    pairs, c = r.settled(), r.c
    word = low(r.doc)[c.start]
    planned = c.relation == "AGREE" and c.mode == "intended" and (
        c.entry.relation != "CONSULT" or word in r.marks.pair_plans or word in r.marks.pair_plans_forward)
    kept = (c.relation == c.entry.relation or planned) and not _sources_act_on_others(r)
    own = {m.actor.id for m in r.sources}
    only_own = all(t.actor.id in own for t in r.targets) and _pair_named_before(r)  # the object names one of them
    if (not r.targets or only_own) and c.entry.symmetric and kept and (len(r.sources) == 2 or _three_named_before(r)):
        for i, first in enumerate(r.sources):
            for second in r.sources[i + 1:]:
                pairs.append((first, second, (r.rule,)))
                if not (c.entry.relation == "CONSULT" and word in r.marks.pair_plans_forward):
                    pairs.append((second, first, (r.rule,)))


def _pair_named_before(r: Roles) -> bool:
    """Two actors named as "A dan B" right before the trigger ("Indonesia dan Korea Selatan sepakat …"), neither
    read back from a pronoun or a description."""
    if len(r.sources) != 2:
        return False
    first, second = sorted(r.sources, key=lambda m: m.start)
    words = low(r.doc)
    return (not any((m.rule or "").startswith("coref") for m in (first, second)) and first.end + 1 == second.start
            and words[first.end] in PAIR_JOINERS and 0 <= r.c.start - second.end <= 2)


def _sources_act_on_others(r: Roles) -> bool:
    """Did the sentence's event before already take these sources as its sources, with only other actors as its
    targets ("Qatar and Egypt are mediating between Israel and Hamas in an effort to secure a ceasefire")? The joint
    act named after it is no act between them (`roles.symmetric-without-target`); "met and agreed" is."""
    if r.previous is None or not r.previous[1]:
        return False
    pairs = r.previous[1]
    sources = {m.actor.id for m in r.sources}
    return sources <= {s.actor.id for s, _t, _r in pairs} and not sources & {t.actor.id for _s, t, _r in pairs}


def _three_named_before(r: Roles) -> bool:
    """Three actors named in a list right before an agreement or a signing ("Filipina, Jepang dan Amerika Serikat
    sepakat …", "Mali, Burkina Faso and Niger signed …"): each pair holds it. Not a longer list (six-party talks
    agree toward a seventh actor), not "the three leaders" read back, not a planned talk or joint work."""
    named = sorted(r.sources, key=lambda m: m.start)
    return (len(named) == 3 and r.c.relation in ("AGREE", "SUPPORT")
            and not any((m.rule or "").startswith("coref") for m in named) and 0 <= r.c.start - named[-1].end <= 2)


@RULES.register("roles.comitative-both-ways", "roles")
def _role_comitative(r: Roles) -> None:
    """A symmetric event with a partner ("met with Y", "bertemu dengan Y", a bare object of "met") holds both ways;
    not from a state back to a person ("Gates talked with Jordan"): that reverse is the state-level version of the
    partner's act, optional at most, and wrong whenever the state stands for an official (docs/annotation.md); in a
    pack with `grammar.people_meet_both_ways` (Indonesian) only between two people ("Prabowo bertemu Xi Jinping"):
    the Indonesian train split lists no reverse of a meeting with a state or a body; nor the reverse of an agreement
    taken from the meeting before it (`roles.agreed-at-meeting`: "Bush berbicara dengan Al-Maliki …, dan sepakat
    bahwa …" is Bush's agreement; the annotators leave the partner's copy out)."""
    pairs, c = r.settled(), r.c
    if (not r.between and r.sources and len(r.targets) == 1 and c.entry.symmetric and c.relation == c.entry.relation
            and c.mode == "asserted" and _comitative(r.doc, c, r.targets[0], r.marks)
            and "roles.agreed-at-meeting" not in r.trace):  # fmt: skip
        pairs += [(t, s, (r.rule,)) for s, t, _r in pairs
                  if not (t.actor.type == "Country" and s.actor.type == "Person")
                  and not (r.ctx.grammar.people_meet_both_ways and (
                      t.actor.type != "Person" or s.actor.type != "Person"))]


@RULES.register("roles.converse-host", "roles")
def _role_converse_host(r: Roles) -> None:
    """A hosting event also holds from the guest to the host's state ("X received a visit of Y"); not from the
    parties of talks the host held between them (optional in gold, and the probe sets' writers left it out)."""
    pairs = r.settled()
    if r.c.entry.converse and not r.hosted_talks:  # "X received a visit of Y" → Y visited X's state as well
        pairs += [(t, state, (r.rule,)) for s, t, _r in pairs if (state := _state_mention(r.ctx, s)) is not None]


@RULES.register("roles.received-from", "roles")
def _role_received_from(r: Roles) -> None:
    """An event the subject receives ("X menerima bantuan dari Y", "X mendapat dukungan kuat Y") is Y's toward X; when
    the subject is an act named by its noun ("Israeli strikes on Iran's nuclear sites draw condemnation from Y"), the
    act's author is the one Y acts on, not the act's target named last before the verb. An actor named by a meeting
    noun (`markers.directions`: "menghadiri KTT BRICS … atas undangan Y") is where, not who receives it."""
    if r.c.entry.received:
        acted, words = _subject_act(r), low(r.doc)
        r.pairs = [(t, acted.get(s.actor.id, s), (*rules, r.rule)) for s, t, rules in r.settled()
                   if not (s.start > r.sent.start and words[s.start - 1] in r.marks.directions)]  # fmt: skip


def _subject_act(r: Roles) -> dict[str, Mention]:
    """Target actor id → source of the act the clause's subject names, when the sentence's last earlier event has a
    noun trigger opening the clause's subject (at most one word before it) and no clause break before this trigger."""
    if r.previous is None:
        return {}
    act, pairs = r.previous
    words, texts = low(r.doc), tokens(r.doc).text
    if act.start - r.sent.start > 1 or not _event_noun(r.ctx, words[act.end - 1]):
        return {}
    if any(texts[i] in CLAUSE_BREAKS or texts[i] == "," for i in range(act.end, r.c.start)):
        return {}
    return {target.actor.id: source for source, target, _rules in pairs}


WARNING_MODALS = union_words("events.warning_modals")  # "warned that it would strike Y": the clause's own act


@RULES.register("roles.warned-clause-object", "roles")
def _role_warned_clause_object(r: Roles) -> None:
    """A warning whose clause opens with the warner's own side and a modal ("Chile warned that it would strike Peru",
    "Netanyahu warned that Israel would hit Hezbollah"; `events.warning_modals`) warns the actor that clause acts on:
    the next actor after the modal within the clause, not the warner itself."""
    if r.c.relation != "THREATEN" or not r.c.entry.governs:
        return
    words, texts = low(r.doc), tokens(r.doc).text
    pairs = []
    for source, target, rules in r.settled():
        at = target.end
        if (self_loop(source.actor, target.actor) and target.start > r.sent.start
                and words[target.start - 1] in COMPLEMENTIZERS and at < r.sent.end and words[at] in WARNING_MODALS):
            later = [m for m in r.mentions if at < m.start <= at + 8 and not self_loop(source.actor, m.actor)
                     and not any(texts[i] in CLAUSE_BREAKS or texts[i] == "," for i in range(at, m.start))]
            if later:
                pairs.append((source, later[0], (*rules, r.rule)))
                continue
        pairs.append((source, target, rules))
    r.pairs = pairs


JOINED_VERB_CONJUNCTIONS = union_words("events.joined_verb_conjunctions")  # "… and demanded", "…, but warned"


@RULES.register("roles.speaker-of-joined-verb", "roles")
def _role_speaker_of_joined_verb(r: Roles) -> None:
    """"Chile said the Peruvian vessel had entered its waters and blamed Lima for the collision": a verb after
    "and" whose every pair would be an actor acting on itself took the reported clause's subject as its own; it is
    the speaker's, the subject of the speech verb before (the second verb of "said … and blamed" shares its
    subject); so is a past tense right after "and" or "but" that found no subject at all, its clause opened after
    the reported clause ("told Y that Z's comments were erroneous and demanded that she retract them", "said
    the plan could form a basis, but warned Kyiv that …", `events.joined_verb_conjunctions`)."""
    pairs = r.settled()
    words = low(r.doc)
    subjectless = (not pairs and not r.sources and r.targets and not r.between and r.c.start - 1 > r.sent.start
                   and words[r.c.start - 1] in JOINED_VERB_CONJUNCTIONS and words[r.c.start].endswith("ed"))
    if subjectless:  # "… and demanded that she …", "said …, but warned Kyiv that …": the speaker's
        pairs = [(r.targets[0], t, ()) for t in r.targets]
    elif not pairs or r.between or not all(self_loop(s.actor, t.actor) for s, t, _rules in pairs):
        return
    table, c = tokens(r.doc), r.c
    joint = c.start - 1
    if joint > r.sent.start and table.is_lower[joint] and table.is_alpha[joint] and words[joint] not in \
            r.marks.coordinators and not subjectless:  # "and strongly condemned"
        joint -= 1
    if joint <= r.sent.start or (words[joint] not in r.marks.coordinators and not subjectless):
        return
    verb = next((j for j in range(joint - 1, r.sent.start - 1, -1) if words[j] in r.marks.speech), None)
    speaker = _speech_subject(r.sent, verb + 1, r.mentions, r.marks) if verb is not None else None
    if speaker is None or any(self_loop(speaker.actor, t.actor) for _s, t, _rules in pairs):
        return
    r.trace.append(r.rule)
    r.pairs = [(speaker, t, rules) for _s, t, rules in pairs]


CARRIED_TARGET_RELATIONS = union_words("events.carried_target_relations")  # "accused Y … and vowed to retaliate"
CARRIED_FROM_RELATIONS = union_words("events.carried_from_relations")  # the earlier event's: a hostile act


@RULES.register("roles.joined-threat-target", "roles")
def _role_joined_threat_target(r: Roles) -> None:
    """"Moscow accused Skopje of hysteria and vowed to retaliate", "Iran condemned the strike by Israel and threatened
    a response": a threat with no target of its own (`events.carried_target_relations`), its verb right after "and"
    (`events.joined_verb_conjunctions`) and no actor named after it in the sentence, shares the subject of the
    sentence's last earlier event, a hostile one (`events.carried_from_relations`), and is aimed at that event's
    target; after a reported hostile act ("Chile said Peru's strikes had killed 12 people and vowed to retaliate")
    it is the speaker's, aimed at the reported clause's subject."""
    if r.targets or not r.sources or r.c.relation not in CARRIED_TARGET_RELATIONS:
        return
    words, joint = low(r.doc), r.c.start - 1
    if joint <= r.sent.start or words[joint] not in JOINED_VERB_CONJUNCTIONS:
        return
    if any(r.c.start <= m.start < r.sent.end for m in r.mentions):
        return  # "… and vowed to keep fighting Hamas": an actor after the threat is its own, found or not
    if _reported_attacker_threatened(r, joint):
        return
    if r.previous is None or r.previous[0].relation not in CARRIED_FROM_RELATIONS:
        return
    sources = {m.actor.id for m in r.sources}
    targets = [t for s, t, _rules in r.previous[1] if s.actor.id in sources]
    if targets and all(t.start < joint for t in targets):
        r.targets = list({t.actor.id: t for t in targets}.values())
        r.trace.append(r.rule)


def _reported_attacker_threatened(r: Roles, joint: int) -> bool:
    """"Pakistan said India's strikes had killed 26 people and vowed to retaliate": the threat's subject found is the
    reported clause's (right after the speech verb, or its possessive), the clause holds a hostile act
    (`events.carried_from_relations`) before the "and": the threat is the speaker's, aimed at that clause's
    subject (`roles.joined-threat-target`)."""
    words = low(r.doc)
    first = min(r.sources, key=lambda m: m.start)
    if first.start - 1 <= r.sent.start or words[first.start - 1] not in r.marks.speech:
        return False
    spans = r.ctx.trigger_groups[r.ctx.sentence_index[r.sent.start]]
    if not any(first.end <= span.start and span.end <= joint
               and r.ctx.entries[span.label_].relation in CARRIED_FROM_RELATIONS for span in spans):
        return False
    speaker = _speech_subject(r.sent, first.start, r.mentions, r.marks)
    if speaker is None or self_loop(speaker.actor, first.actor):
        return False
    r.sources, r.targets = [speaker], [first]
    r.trace.append(r.rule)
    return True


ROW_WORDS = union_words("events.row_words")  # "Petro has clashed with Trump": two people's row, no fighting


@RULES.register("roles.people-row", "roles")
def _role_people_row(r: Roles) -> None:
    """A clash between two people ("Petro, who has clashed with Trump over …", `events.row_words`) is a political
    row, no fighting: no pair of two persons; a clash of forces or of a state and a group stays an attack."""
    if low(r.doc)[r.c.start] in ROW_WORDS and r.c.relation == "ASSAULT":
        r.pairs = [(s, t, (*rules, r.rule)) for s, t, rules in r.settled()
                   if not (s.actor.type == "Person" and t.actor.type == "Person")]  # fmt: skip


@RULES.register("roles.no-self-loop", "roles")
def _role_no_self_loop(r: Roles) -> None:
    """No event from an actor to itself, nor between a person and their own state."""
    r.pairs = [p for p in r.settled() if not self_loop(p[0].actor, p[1].actor)]


def _genitive_owner(ctx: DocContext, c: Candidate, mentions: list[Mention]) -> Mention | None:
    """The actor right after a one-word event noun (`roles.genitive-owner`), if any."""
    if c.end - c.start != 1 or c.entry.converse:
        return None
    word = low(ctx.doc)[c.start]
    if not (word in ctx.grammar.event_nouns or ctx.pack.derived_noun(word)):
        return None
    words = low(ctx.doc)
    table = tokens(ctx.doc)
    marks = markers_of(ctx.lexicon)
    # no modifier: a preposition, a coordinator, or a word opening a clause or complement ("permintaan agar Iran
    # menghentikan …": Iran is asked, no owner)
    links = marks.preps | marks.coordinators | marks.complement | marks.clause
    for m in mentions:  # right after the noun or after one modifier ("serangan udara Israel")
        if m.start == c.end or (m.start == c.end + 1 and table.is_alpha[c.end] and words[c.end] not in links
                                and (table.is_lower[c.end] or _headline_word(ctx.doc, ctx.doc[c.start].sent, c.end))):
            return m  # a headline in title case capitalises the modifier ("Kunjungan Kenegaraan Presiden X ke Y")
    return None


INTRODUCERS = union_words("events.introducers")
ATTRIBUTION_OPENERS = union_words("events.attribution_openers")


def _introductory_owner(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention],
                        marks: Markers) -> list[Mention]:  # fmt: skip
    """The subject after the comma of an opening phrase with an owned event noun (`roles.introductory-owner`), or
    with a trigger that opens the phrase right after a word the pack lists in `events.clause_openers` ("Ketika
    bertemu Y, X …", "Dalam pertemuan dengan Y, X …": the omitted subject is the main clause's). The sentence opens
    after a blanked dateline ("TOKYO, ANTARA - Usai bertemu Y, X …", `_first_word`)."""
    doc = ctx.doc
    words = low(doc)
    participle = _opening_participle(ctx, sent)
    first = _first_word(doc, sent)
    if not (words[first] in INTRODUCERS or participle) or c.start - first > 6:
        return []
    suffix = ctx.grammar.possessive_suffix
    owned = words[c.start].endswith(suffix) if suffix else words[c.start - 1] in ctx.pack.words("events.owner_pronouns")
    passive = ctx.grammar.passive_prefix
    table = tokens(doc)
    opened = (words[first] in ctx.pack.words("events.clause_openers") and c.start - first in (0, 1, 2)
              and all(table.is_lower[i] and table.is_alpha[i] for i in range(first + 1, c.start))
              and not (passive and words[c.start].startswith(passive)))  # "Setelah melakukan pembicaraan …"
    opened = opened or (participle and c.start == first)  # "Accusing Y of …, X said"
    if not (owned or opened):
        return []
    texts = tokens(doc).text
    inside = {i for m in mentions for i in range(m.start, m.end)}  # "Ketika bertemu Menlu Peru, Luis Garcia, X …"
    reach = 16 if participle else 10  # a participle's phrase runs on to its object's modifiers
    comma = next((i for i in range(c.end, min(sent.end, c.end + reach)) if texts[i] == "," and i not in inside), None)
    if comma is None:
        return []
    for m in mentions:
        if m.start > comma:
            if m.start - comma > 8 or words[m.start - 1] in marks.preps:
                return []
            if participle and not all(words[i] in NOUN_DETERMINERS or not table.is_lower[i]
                                      for i in range(comma + 1, m.start)):
                return []  # "Attacking Y, the rebels said Z …": the subject is no actor, Z is no subject
            return [m] if m.actor.type in ("Person", "Country") else []
    return []


def _opening_participle(ctx: DocContext, sent: Span) -> bool:
    """Does the sentence open with a participle the pack's `events.opening_participle_endings` mark ("Accusing Y
    of …, X said", "Making her first visit to Y, X …")? Its omitted subject is the main clause's."""
    endings = ctx.pack.words("events.opening_participle_endings")
    first = _first_word(ctx.doc, sent)
    word, table = low(ctx.doc)[first], tokens(ctx.doc)
    return bool(endings) and table.is_alpha[first] and any(
        word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _adjacent_owner(doc: Doc, c: Candidate, mentions: list[Mention], left: int) -> Mention | None:
    """The owner written right before a nominal trigger (`roles.adjacent-owner`), if any."""
    table = tokens(doc)
    if c.start == 0 or not low(doc)[c.start].isalpha() or not table.is_lower[c.start]:
        return None
    lower = low(doc)  # with a plural's bare apostrophe as "'s" ("the Houthis' attacks")
    end = c.start - 1 if lower[c.start - 1] in POSSESSIVE_MARKS else c.start
    for i in range(c.start - 2, max(left, c.start - 9), -1):  # "Russia's dangerous escalation and … attack"
        if lower[i] not in POSSESSIVE_MARKS:
            continue
        if lower[c.start].endswith("ed"):
            break  # "sanctions against Mugabe's government and appealed to Y": a verb, no owned noun
        if all(_modifier_word(table, j) for j in range(i + 1, c.start)) and "to" not in lower[i + 1 : c.start]:
            if any(word in OWNER_BREAK_PREPOSITIONS for word in lower[i + 1 : c.start]):
                break  # "Greenland's security during a visit to …": the owner's noun ends at the preposition
            end = i
            break
    for m in mentions:
        if m.end == end and m.start >= left and (end < c.start or not low(doc)[c.start].endswith("ed")):
            if (end == c.start and m.kind in ("name", "acronym", "metonym") and low(doc)[c.start].endswith("s")
                    and (m.start == 0 or low(doc)[m.start - 1] not in OWNER_DETERMINERS)):  # fmt: skip
                return None  # "Chile attacks Peru": a verb after a name (not "the U.S. sanctions on Y")
            return m if end < c.start or _nominal(low(doc)[c.start]) else None
    return None


OWNER_BREAK_PREPOSITIONS = union_words("events.owner_break_prepositions")  # "X's security during a visit"
NOMINAL_ENDINGS = tuple(sorted(union_words("events.nominal_endings")))
NOMINALS = union_words("events.nominals")


def _modifier_word(table: TokenTable, i: int) -> bool:
    return table.is_lower[i] or table.like_num[i] or table.text[i] in NON_NAMES


def _nominal(word: str) -> bool:
    """An event noun by its ending or the list, in the plural too ("attacks", "threats")."""
    return word.endswith(NOMINAL_ENDINGS) or word in NOMINALS or (word.endswith("s") and word[:-1] in NOMINALS)


def obligation_roles(sent: Span, c: Candidate, mentions: list[Mention],
                     marks: Markers) -> tuple[list[Mention], list[Mention]]:  # fmt: skip
    """(sources, targets) of an obligation (`roles.obligation`); a list of actors before a threatened cost is every
    target ("mengatakan AS dan Inggris akan membayar mahal")."""
    doc = sent.doc
    before = [m for m in mentions if m.end <= c.start and c.start - m.end <= 2]
    if not before:
        return [], []
    # a cost laid on a list ("said the US and Britain would pay dearly") is a threat to each listed, a wrong said of
    # a list a charge against each ("Menurut Kremlin, Inggris dan Prancis berusaha menggagalkan …")
    targets = _expand(doc, [before[-1]], mentions, marks) if c.relation in LISTED_OBLIGED else [before[-1]]
    target = targets[0]
    speaker = _speech_subject(sent, target.start, mentions, marks, coordinated=True) \
        or _speaker_after_clause(sent, c, mentions, marks) or _attribution_speaker(sent, target, mentions)  # fmt: skip
    if (speaker is None or any(speaker.actor == t.actor for t in targets)
            or low(doc)[target.start - 1] in marks.preps
            or low(doc)[_list_start(doc, target, mentions) - 1] in OBLIGED_TIE_NOUNS):  # fmt: skip
        return [], []  # "Hubungan Chile dan Peru harus …": they own the tie to change, no one is asked
    return [speaker], targets


def _attribution_speaker(sent: Span, target: Mention, mentions: list[Mention]) -> Mention | None:
    """The source of an attribution that opens the sentence ("Menurut Kremlin, Inggris berusaha menggagalkan …",
    "According to Kyiv, Moscow lied …": `events.attribution_openers`, the actor right after it and a comma after
    that actor) when the obliged actor follows the comma: the one who says it, as a speech verb's subject."""
    doc = sent.doc
    words, first = low(doc), _first_word(doc, sent)
    at = first + 1 + (first + 1 < sent.end and words[first + 1] == "to")
    if words[first] not in ATTRIBUTION_OPENERS:
        return None
    source = next((m for m in mentions if m.start == at), None)
    if source is None or source.end >= sent.end or words[source.end] != "," or target.start <= source.end:
        return None
    return source


OBLIGED_TIE_NOUNS = union_words("events.obliged_tie_nouns")  # "hubungan kedua negara harus …": no demand of the pair
LISTED_OBLIGED = ("THREATEN", "ACCUSE")  # obligations whose listed subjects are each a target


def _list_start(doc: Doc, m: Mention, mentions: list[Mention]) -> int:
    """Where the list of actors that ends with `m` starts ("Chile dan Peru", "Chile, Peru dan Bolivia")."""
    words, start = low(doc), m.start
    for other in reversed(mentions):
        joined = words[start - 1] == "," or words[start - 1] in PAIR_JOINERS
        if other.end < start and other.end == start - 1 and joined:
            start = other.start
    return start


def _speaker_after_clause(sent: Span, c: Candidate, mentions: list[Mention], marks: Markers) -> Mention | None:
    """The speaker of an attribution after the clause: "Peru was behind the attack, Chile said." (the actor
    right after the clause's comma, with a speech verb near it)."""
    texts = tokens(sent.doc).text
    comma = next((i for i in range(c.end, sent.end) if texts[i] == ","), None)
    return _speaker_after(sent.doc, comma, mentions, marks) if comma is not None else None


def clause_start(ctx: DocContext, sent: Span, start: int, marks: Markers) -> int:
    doc = ctx.doc
    quote = ctx.quote_start.get(start)
    bound = max(sent.start, quote) if quote is not None else sent.start
    texts, words = tokens(doc).text, low(doc)
    for i in range(start - 1, bound - 1, -1):
        if words[i] in SUBJECTLESS_CLAUSE_WORDS and i == start - 1 and not _event_noun(ctx, words[start]) and any(
                m.end == i and m.start > bound and (words[m.start - 1] in marks.speech or words[m.start - 1] in
                                                    STATEMENT_VERBS) for m in ctx.all_mentions):  # fmt: skip
            continue  # "disampaikan Anwar setelah bertemu Y", "kata Murr setelah …": a statement made after a meeting;
            # the time clause has no subject of its own and goes on from the speaker named right before it
        if texts[i] in CLAUSE_BREAKS or (words[i] in marks.clause and not _inside_mention(ctx, i)):
            return i + 1
        if words[i] in REPORTING_VERBS and _demonstrative_subject(ctx, i + 1, start):
            return i + 1  # "Kanda mengatakan pinjaman itu akan membantu Indonesia": the reported clause's subject is
            # the thing named right after the verb, no actor; the speaker does not reach past it
    return bound


def _demonstrative_subject(ctx: DocContext, i: int, start: int) -> bool:
    """Does a reported clause open at token `i` with a noun that is no actor and a demonstrative ("pinjaman itu",
    "kebijakan baru tersebut") before the trigger at `start`?"""
    words = low(ctx.doc)
    for k in (i + 1, i + 2):
        if k < start and words[k] in REPORTED_DEMONSTRATIVES:
            return not any(m.start < k and m.end > i for m in ctx.all_mentions)
    return False


SUBJECTLESS_CLAUSE_WORDS = union_words("events.subjectless_clause_words")
STATEMENT_VERBS = union_words("events.statement_verbs")  # "disampaikan X", "dikatakan X"
REPORTING_VERBS = union_words("events.reporting_verbs")  # "mengatakan pinjaman itu …" (clause_start)
REPORTED_DEMONSTRATIVES = union_words("events.reported_demonstratives")


def _inside_mention(ctx: DocContext, i: int) -> bool:
    """Whether token `i` is inside an actor's mention, neither its first nor its last token: "Presiden sementara
    Somalia" (interim) holds the clause word "sementara" as a title's modifier, no clause of its own."""
    return any(m.start < i < m.end - 1 for m in ctx.all_mentions)


LIST_JOINER_PHRASES = [tuple(p.split()) for p in sorted(union_words("events.list_joiner_phrases"))]  # "as well as"
JOINER_REACH = max((len(p) - 1 for p in LIST_JOINER_PHRASES), default=0)


def _joiner_at(words: list[str], at: list[int]) -> tuple[int, int] | None:
    """(position in `at`, length) of the first phrase that joins list items like a comma (`events.list_joiner_phrases`:
    "Russia and China, as well as Cuba", "the army as well as the RSF") among the tokens `at`, if any."""
    for k in range(len(at)):
        for phrase in LIST_JOINER_PHRASES:
            n = len(phrase)
            if k + n <= len(at) and tuple(words[i] for i in at[k : k + n]) == phrase:
                return k, n
    return None


COMPOUND_MODIFIER_HEADS = union_words("events.compound_modifier_heads")  # "Kurdish-led", "Iran-backed"
COMPOUND_REACH = 3 if COMPOUND_MODIFIER_HEADS else 0


def _drop_compound_modifier(between: list[str]) -> list[str]:
    """The words between two actors without a hyphenated modifier just before the second ("A and the Kurdish-led B",
    "A and the Iran-backed B": `events.compound_modifier_heads`): it describes B and separates nothing."""
    if len(between) >= 3 and between[-1] in COMPOUND_MODIFIER_HEADS and between[-2] == "-":
        return between[:-3]
    return between


def _fold_joiners(between: list[str]) -> list[str]:
    """The words between two actors with a joining phrase read as a comma ("A, as well as B" → "A, , B")."""
    found = _joiner_at(between, list(range(len(between))))
    if found is None:
        return between
    k, n = found
    return [*between[:k], ",", *between[k + n :]]


def _coordinated_left(doc: Doc, mentions: list[Mention], m: Mention, marks: Markers) -> Mention | None:
    """The actor coordinated to the left of `m` (`A and B`, `A, B`, `A dan B`), if any; the comma closing a
    sentence's opening phrase joins none, nor does the comma before "whose country" (`coref.whose-state`)."""
    if m.rule == "coref.whose-state":
        return None
    if m.rule == "coref.act-anaphor" and low(doc)[m.start - 1] in (",", *CONTRAST_CONJUNCTIONS):
        return None  # "… pemberontak M23, tuduhan yang dibantah Z": the charge after the clause, no list item
    for other in mentions:
        if other.end <= m.start and m.start - other.end <= 3 + JOINER_REACH + COMPOUND_REACH:
            # "A, as well as B": "A, B"; "A and the Kurdish-led B": "A and the B"
            between = _fold_joiners(_drop_compound_modifier(low(doc)[other.end : m.start]))
            if len(between) > 3:
                continue
            if len(between) >= 2 and between[0] == ")" and between[-1] != "," and _bracketed_repeat(doc, mentions,
                                                                                                   other):
                # a bracketed short form: "Tentara Nasional Indonesia (TNI) dan militer AS" (after a comma, an
                # apposition: "Amerika Serikat (AS), Hillary Clinton")
                between = between[1:]
            if len(between) >= 2 and between[-1] in COORDINATION_ADJECTIVES and between[-2] in PAIR_JOINERS:
                between = between[:-1]  # "Malaysia and neighbouring Indonesia", "India and arch-rival Pakistan"
            elif len(between) > 2:
                continue
            if between == [","] and m.end < len(doc) and low(doc)[m.end] in marks.speech:
                continue  # "… sent back to France, Prime Minister Keir Starmer said": a speaker, no list item
            if (len(between) >= 1 and all(word in marks.coordinators for word in between)
                    and not any(_opening_comma(doc, i) for i in range(other.end, m.start))):  # fmt: skip
                return other
    return None


def _bracketed_repeat(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """Is `m` a short form in brackets right after the same actor's name ("Badan Keamanan Laut (Bakamla)"), not
    another actor in brackets ("Presiden Mahmoud Abbas (Fatah)")?"""
    if m.start == 0 or low(doc)[m.start - 1] != "(":
        return False
    return any(x.end == m.start - 1 and x.actor.id == m.actor.id for x in mentions)


def _opening_comma(doc: Doc, i: int) -> bool:
    """Is token `i` the comma that closes an opening phrase ("Setelah kunjungan ke Kamerun, Hu melanjutkan …",
    "After talks in Tokyo, Biden flew …"): the sentence's first comma, in a sentence that opens with an
    introducer word (`events.introducers`)? The actor after it is the clause's subject, not one more item of a
    list with the place before it. So is the comma closing an attribution ("Menurut Lavrov, Rusia dan Indonesia
    sepakat …", "According to Lavrov, Russia …"; `events.attribution_openers`): the source is no subject of the
    clause after it. The sentence opens after a blanked dateline ("NEW YORK, KOMPAS.com - Di sela …",
    `_opens_sentence`)."""
    texts = tokens(doc).text
    if texts[i] != ",":
        return False
    sent = doc[i].sent
    start = _first_word(doc, sent)
    first = low(doc)[start]
    return (first in INTRODUCERS or first in ATTRIBUTION_OPENERS) and "," not in texts[start:i]


def _listed_after(doc: Doc, m: Mention, mentions: list[Mention], marks: Markers) -> list[Mention]:
    """The actors listed after `m` with it ("oleh Beijing dan Taiwan", "by Chile, Peru and Bolivia"): a run of
    actors joined by coordinators, kept only when a pair joiner ("dan", "and") closes it."""
    words = low(doc)
    run: list[Mention] = []
    joined = False
    last = m
    for other in sorted(mentions, key=lambda x: x.start):
        if other.start < last.end:
            continue
        between = words[last.end : other.start]
        if not (1 <= len(between) <= 2 and all(word in marks.coordinators for word in between)):
            break
        if joined and not any(word in PAIR_JOINERS for word in between):
            break  # "by Qatar and Turkey, the Qatari foreign ministry said": the list closed at "and"
        run.append(other)
        joined = any(word in PAIR_JOINERS for word in between)
        last = other
    return run if joined else []


def _expand(doc: Doc, chosen: list[Mention], mentions: list[Mention], marks: Markers) -> list[Mention]:
    out = list(chosen)
    if len(chosen) == 1:
        m = chosen[0]
        if m.rule == "coref.speaker-pronoun" and low(doc)[m.start] == "they":
            # "A, B and C said they condemned …": "they" is every speaker listed, not the last one
            m = next((s for s in reversed(mentions) if s.end <= m.start and s.actor == m.actor), m)
        while (m := _coordinated_left(doc, mentions, m, marks)) is not None:
            out.insert(0, m)
    return out


def _head_of_coordination(doc: Doc, mentions: list[Mention], m: Mention, marks: Markers) -> Mention:
    while (left := _coordinated_left(doc, mentions, m, marks)) is not None:
        m = left
    return m


def _restated_in_brackets(doc: Doc, mentions: list[Mention], targets: list[Mention]) -> list[int]:
    """The starts of the actors restated in brackets right after a target ("markas Pasukan Sementara PBB di Lebanon
    (UNIFIL)": the acronym is the same target, so no subject of a later verb either)."""
    texts, ids = tokens(doc).text, {(t.end, t.actor.id) for t in targets}
    return [m.start for m in mentions if m.start >= 1 and texts[m.start - 1] == "("
            and (m.start - 1, m.actor.id) in ids]  # fmt: skip


def nearest_subject(doc: Doc, mentions: list[Mention], left: int, right: int, used_as_target: set[int],
                    marks: Markers) -> list[Mention] | None:  # fmt: skip
    """The nearest subject before `right` in the clause from `left` (`roles.nearest-subject`), if any."""
    inside = _parenthetical(doc, mentions, left, right, marks)
    window = [m for m in mentions if left <= m.start and m.end <= right and m.start not in inside]
    words = low(doc)
    if window and (speaker := _reported_clause_speaker(doc, mentions, window[-1], right, marks)) is not None:
        return _expand(doc, [speaker], mentions, marks)
    for m in reversed(window):
        if m.end < right and words[m.end] in marks.relative and _word_before_directions(words, m.start, left,
                                                                                     marks) in marks.locative:
            return None  # "perusahaan di UEA yang memasok senjata kepada Y": the place is no antecedent, the firms are
        if m.end < right and words[m.end] in marks.relative and not (
                any(x.start > m.end and words[x.start - 1] in marks.speech for x in window)):  # fmt: skip
            # not past a speech verb with an actor after it ("Seorang diplomat Chile yang menolak disebut namanya
            # mengatakan Peru menolak …": Peru rejects, the relative clause's antecedent is the speaker)
            return _expand(doc, [m], mentions, marks)
        if _relative_after_comma(doc, mentions, m, right, marks):
            return [m]
    for allowed in (frozenset(), SUBJECT_LINKS):  # second pass: "a group of Moroccan diplomats", "leaders of X"
        for m in reversed(window):
            # a pair anaphor is both parties already, no item of a list ("di Jakarta, dan keduanya sepakat")
            after_object = _subject_after_object(doc, mentions, m, right, used_as_target, marks)
            head = m if m.rule == "coref.pair" or after_object else _head_of_coordination(doc, mentions, m, marks)
            # the antecedent of a relative clause set off by commas is the main clause's subject, even when the
            # clause's passive acted on it ("Iran, yang didukung Rusia, menolak …": backed, and the one rejecting)
            antecedent = m.end in inside or (m.end + 1 in inside and tokens(doc).text[m.end] == ",")
            # not after ", and" ("criticised Spain, which had secured an exemption, and threatened …": the object
            # the clause is about is no subject of the verb joined to the main clause)
            joined = (antecedent and right - 2 > left and words[right - 1] in JOINED_VERB_CONJUNCTIONS
                      and tokens(doc).text[right - 2] == ",")
            if (head.start in used_as_target or m.start in used_as_target) and (not antecedent or joined):
                continue
            if _object_of_first_verb(doc, head, right, left):
                continue
            before = _word_before_directions(words, head.start, left, marks)
            participle = head.end == right and _participle_at(words, right, right + 1, marks)  # "at the ICJ accusing Y"
            if before in marks.determiners and (head.end < right or participle) and head.start - 1 > left:
                # "at the Elysee Palace": the preposition before the article; not a passive's agent ("by the X,
                # which …") nor the owner of the event noun right after it ("under the Western-led embargo")
                located = words[head.start - 2]
                before = located if located not in marks.passive_agent else before
            # "Naval forces from Bahrain and Qatar began an exercise": troops from a state are its own
            forces_from = (before in FORCE_ORIGIN_LINKS and head.start - 2 >= left
                           and words[head.start - 2] in FORCE_ORIGIN_NOUNS)
            # "The junta in Bamako expelled …": the government seated in a capital (a metonym) acts for its state
            seated = (before in SEAT_LINKS and head.kind == "metonym" and head.start - 2 >= left
                      and words[head.start - 2] in SEAT_NOUNS)
            if (before in marks.preps and before not in allowed and not _absolute_subject(words, before, m, right)
                    and not _listed_subject(doc, head, m, left, right) and not forces_from
                    and not seated):  # fmt: skip
                continue
            if before in DEPARTURE_VERBS and head.kind == "metonym":  # "Hu left Beijing for a visit to …": a place
                continue
            if _owner_of_place(words, head.start, left, marks):  # "… di lepas pantai Venezuela dan mendesak Y": where
                if head is m:
                    continue
                return [m]  # "informan PBB di wilayah Palestina, Michael Lynk, menuding …": the place is no list item
            if _place_apposition(doc, head.start, left, marks, head.end):
                continue
            if _attributive_after_prep(doc, head, left, marks):
                continue
            if m.kind == "plural":
                return [p for p in mentions if p.start == m.start and p.kind == "plural"]
            return [m] if after_object else _expand(doc, [m], mentions, marks)
    return None


def _reported_clause_speaker(doc: Doc, mentions: list[Mention], m: Mention, right: int,
                             marks: Markers) -> Mention | None:  # fmt: skip
    """The speaker, when the nearest actor `m` is inside the clause a speech verb reports ("announced that …", "said
    Kosovo was …") and the trigger at `right` follows ", and" ("Trump announced that Israel and Iran had agreed to a
    ceasefire, and thanked Qatar's emir"): the verb after the comma goes on from the speaker, the main clause's
    subject, the last actor named before the speech verb (`roles.nearest-subject`)."""
    words = low(doc)
    if right < 2 or words[right - 1] not in CLAUSE_CONJUNCTIONS or words[right - 2] != ",":
        return None
    starts = {x.start for x in mentions}
    for k in range(m.start - 1, mentions[0].start, -1):  # the mentions of the trigger's sentence
        if words[k] in COMPLEMENTIZERS and words[k - 1] in marks.speech:
            return next((x for x in reversed(mentions) if x.end < k), None)
        if words[k] in marks.speech and k + 1 in starts:  # no "that": "said Kosovo was trying …, and asked"
            return next((x for x in reversed(mentions) if x.end <= k), None)
    return None


OBJECT_VERB_ENDINGS = tuple(union_words("events.object_verb_endings"))  # "addressed", "visited": a past tense


def _object_of_first_verb(doc: Doc, m: Mention, right: int, left: int) -> bool:
    """Is `m` the object of a past-tense verb that is no trigger, before "and" and the verb at `right` ("Zelensky
    addressed the U.N. General Assembly on Wednesday and accused Russia …")? The two verbs share the subject before
    the first (`roles.nearest-subject`); a trigger's object is skipped as a used target already."""
    words, table = low(doc), tokens(doc)
    k = right - 1
    while k > m.end and words[k] in CLAUSE_ADVERBS:
        k -= 1
    if k < m.end or words[k] not in CLAUSE_CONJUNCTIONS or "," in words[m.end : k]:
        return False
    b = m.start - 1 - (m.start - 1 > left and words[m.start - 1] in NOUN_DETERMINERS)
    # or of an infinitive ("accused Rwanda of sending troops to back the rebels and cut ties with Kigali")
    # a finite verb after "and" ("and deepening ties with Y" goes on the infinitive's own list)
    infinitive = (b - 1 > left and words[b - 1] == "to" and words[b] not in NOUN_DETERMINERS
                  and not words[right].endswith("ing"))
    return b > left and bool(table.is_lower[b]) and (words[b].endswith(OBJECT_VERB_ENDINGS) or infinitive)


def _subject_after_object(doc: Doc, mentions: list[Mention], m: Mention, right: int, used_as_target: set[int],
                          marks: Markers) -> bool:  # fmt: skip
    """Is `m`, right before the verb at `right` (past an "also"), coordinated only with an actor an earlier verb took
    as its target ("Chile condemned Peru, and Bolivia accused Turkey"), or by ", and" with a place named after a
    locative preposition ("after talks in Saudi Arabia, and Washington agreed to …")? Then it opens a clause of its
    own: it is no item of that object's or that place's list, and the subject (`roles.nearest-subject`)."""
    words = low(doc)
    if any(words[i] not in CLAUSE_ADVERBS for i in range(m.end, right)):
        return False
    left = _coordinated_left(doc, mentions, m, marks)
    if left is None:
        return False
    if left.start in used_as_target:
        return True
    closed = m.start >= 2 and words[m.start - 1] in CLAUSE_CONJUNCTIONS and words[m.start - 2] == ","
    return closed and left.start > 0 and words[left.start - 1] in marks.locative


ABSOLUTE_PREPS = union_words("events.absolute_preps")  # "…, with Katz accusing him of …": Katz accuses


def _listed_subject(doc: Doc, head: Mention, m: Mention, left: int, right: int) -> bool:
    """Is the list from `head` to `m`, after "including" / "such as", the subject of the verb right after it ("European
    leaders including X and Y congratulated Z", "Several leaders, including X, congratulated Z")? Only a comma or a
    clause adverb may stand between the list and the verb."""
    words, table = low(doc), tokens(doc)
    return _listed(words, left, head.start) and all(
        table.is_punct[i] or words[i] in CLAUSE_ADVERBS for i in range(m.end, right))


def _absolute_subject(words: list[str], before: str, m: Mention, right: int) -> bool:
    """Is `m`, after "with", the subject of the participle right after it ("…, with Katz accusing him of …")?"""
    return before in ABSOLUTE_PREPS and m.end == right and right < len(words) and words[right].endswith("ing")


def _absolute_clause(texts: list[str], words: list[str], between: list[int], m: Mention) -> bool:
    """Is the actor the subject of an absolute clause after the trigger's phrase (`roles.target-after-trigger`):
    "held indirect talks in Oman, with Omani Foreign Minister X shuttling between the delegations"? A comma and "with"
    (`events.absolute_preps`) right before the actor and an "-ing" word right after it: X is no partner of the act."""
    return (len(between) >= 2 and words[between[-1]] in ABSOLUTE_PREPS and texts[between[-2]] == ","
            and m.end < len(words) and words[m.end].endswith("ing"))


def _participle_after_place(r: Roles, owner: Mention) -> bool:
    """Is the "-ing" trigger right after a state named after a preposition a participle with a bare object ("in
    southern Afghanistan helping the Taliban"), not the state's act ("after Israeli shelling of Gaza" is)?"""
    words, c = low(r.doc), r.c
    return (owner.end == c.start and _participle_at(words, c.start, c.end, r.marks)
            and _word_before_article(words, owner.start, r.left, r.marks) in r.marks.preps)  # fmt: skip


def _participle_at(words: list[str], start: int, end: int, marks: Markers) -> bool:
    """Is the "-ing" trigger from `start` to `end` a participle with a bare object ("accusing Israel of …"), not an
    event noun with its preposition ("the shelling of Gaza")?"""
    return words[start].endswith("ing") and end < len(words) and words[end] not in marks.preps


def _word_before_article(words: list[str], start: int, left: int, marks: Markers) -> str:
    """The word before the mention at `start`, over direction words and an article ("at the ICJ": "at")."""
    i = start - 1
    while i > left and words[i] in marks.directions:
        i -= 1
    if i > left and words[i] in marks.determiners:
        i -= 1
    return words[i] if i >= left else ""


ATTRIBUTIVE_HEADS = union_words("events.attributive_heads")  # "summit" of "from the first G20 summit"


def _attributive_after_prep(doc: Doc, m: Mention, left: int, marks: Markers) -> bool:
    """Is `m` a modifier of a meeting noun after a preposition, an article and a lower-case adjective or two ("stayed
    away from the first G20 summit held in Africa, accusing Y": the summit's body names where, it is no subject)?
    (`roles.nearest-subject`; with the article alone right before the actor the preposition is found already.)"""
    words, lower = low(doc), tokens(doc).is_lower
    if m.end >= len(words) or words[m.end] not in ATTRIBUTIVE_HEADS:
        return False
    i = m.start - 1
    while i > left and m.start - i <= 2 and lower[i] and words[i] not in marks.determiners | marks.preps:
        i -= 1
    return i < m.start - 1 and i - 1 >= left and words[i] in marks.determiners and words[i - 1] in marks.preps


PLACE_HEADS = union_words("events.place_heads")  # "di lepas pantai Venezuela": nouns of a place its owner follows
PLACE_HEAD_WORDS = 3  # place nouns between the preposition and their owner: "di sepanjang perbatasan Y"


def _owner_of_place(words: list[str], start: int, left: int, marks: Markers) -> bool:
    """Does the mention at `start` own a place named after a preposition, with up to three place nouns between them
    (`events.place_heads`: "mengecam serangan AS terhadap sebuah kapal di lepas pantai Venezuela dan mendesak PBB …",
    "di perbatasan Y")? It says where, and is no subject of a verb after it (`roles.nearest-subject`)."""
    i, heads = start - 1, 0
    while i > left and heads < PLACE_HEAD_WORDS and words[i] in PLACE_HEADS:
        i, heads = i - 1, heads + 1
    return heads > 0 and i >= left and words[i] in marks.preps


def _word_before_directions(words: list[str], start: int, left: int, marks: Markers) -> str:
    """The word before the mention at `start`, over direction words ("in southern Afghanistan": "in") and the
    adjectives of a neighbour or rival ("in neighbouring Colombia": "in"); "" at the clause's start."""
    i = start - 1
    while i > left and (words[i] in marks.directions or words[i] in COORDINATION_ADJECTIVES):
        i -= 1
    return words[i] if i >= left else ""


def _relative_after_comma(doc: Doc, mentions: list[Mention], m: Mention, right: int, marks: Markers) -> bool:
    """Is the trigger at `right` in a relative clause set off by a comma after `m`, with no other actor, comma or
    clause break before it ("… was criticised by Chile, which accused Peru …": Chile, not the passive's agent only;
    a place after a locative preposition is no antecedent)?
    `roles.nearest-subject`."""
    texts, words = tokens(doc).text, low(doc)
    start = m.end + 1
    if not (start < right and texts[m.end] == "," and words[start] in marks.relative):
        return False
    if m.start > 0 and words[m.start - 1] in marks.locative:
        return False  # "Hezbollah in Lebanon, which …": a place, not the antecedent
    if any(texts[i] in CLAUSE_BREAKS or texts[i] == "," for i in range(start, right)):
        return False
    return not any(start <= other.start < right for other in mentions)


PLACE_NOUNS = union_words("events.place_nouns")  # a place's kind between the locative and its name
DIRECTIONS_AFTER = union_words("events.directions_after")  # "di Basra, Irak selatan": a direction after the state


def _place_apposition(doc: Doc, start: int, left: int, marks: Markers, end: int | None = None) -> bool:
    """Does the mention at `start` (ending at `end`, when known) name the state of a place set off by a comma after
    a locative preposition ("in Basra, southern Iraq", "di Basra, Irak selatan", "di Istana Al-Husseiniya, Amman")?
    Then it says where, and is no subject. A locative phrase opening the sentence ends at its comma ("Di Bandung,
    Jepang dan AS sepakat …", "In Geneva, Japan and …"), and so does one at the end of an opening phrase ("On
    Tuesday in Cairo, Iran and …", "During talks in Geneva, Japan …", `_opening_comma`): the actor after it is the
    clause's subject unless a direction or a comma closes it as the place's apposition ("Di Basra, Irak selatan, …",
    "In Basra, Iraq, …")."""
    texts, words = tokens(doc).text, low(doc)
    i = start - 1
    while i > left and words[i] in marks.directions:
        i -= 1
    if i <= left or texts[i] != ",":
        return False
    j, named = i - 1, 0
    # up to three capitalised words, a hyphen inside the name taking none of them ("di Istana Al-Husseiniya, Amman")
    while j > left and named < 3 and (texts[j][:1].isupper() or (texts[j] == "-" and texts[j - 1][:1].isupper())):
        named += texts[j] != "-"
        j -= 1
    if j < i - 1 and j > left and words[j] in PLACE_NOUNS:  # "di kota Arbil, Irak utara"
        j -= 1
    if not (j < i - 1 and words[j] in marks.locative):
        return False
    sent = doc[start].sent
    if end is not None and i == start - 1 and (_time_before(texts, words, sent.start, j) or _opening_comma(doc, i)):
        return end < sent.end and (words[end] == "," or words[end] in DIRECTIONS_AFTER)
    return True


OPENING_TIME_WORDS = union_words("events.opening_time_words") | TIME_FILLERS  # "Pada Jumat (8/8) di …"
OPENING_TIME_LENGTH = 12  # tokens of a date opening the sentence before its place: "Pada hari Jumat (8/8/2025) di"


def _time_before(texts: list[str], words: list[str], sent_start: int, at: int) -> bool:
    """Does the sentence open at `at`, or with nothing but a date before it ("Pada Jumat di Washington, …", "Senin
    (7/7) di Lima, …": `events.opening_time_words`, digits and their marks)? A locative phrase after the date still
    opens the clause, and the actor after its comma is the subject."""
    return at - sent_start <= OPENING_TIME_LENGTH and all(
        words[k] in OPENING_TIME_WORDS or not any(ch.isalpha() for ch in texts[k]) for k in range(sent_start, at))


OPENING_NAME_WORDS = 3  # capitalised words of a name opening a clause before an apposition's comma
OPENING_ADVERBS = union_words("events.opening_adverbs")  # "Meanwhile, the EU, …": no name


def _parenthetical(doc: Doc, mentions: list[Mention], left: int, right: int, marks: Markers) -> set[int]:
    """Tokens of an apposition, a relative clause or (in a language with participle markers) a participial phrase
    set off by commas after an actor: "Pakistan, a key U.S. ally in the war, has refused …", "Pakistan, China's
    closest ally, welcomed …", "Sweden, which joined NATO last year, pledged …", "Richardson, heading a delegation
    of the coalition, held talks with …"."""
    texts, is_lower = tokens(doc).text, tokens(doc).is_lower
    words = low(doc)
    ends = {_past_descriptors(words, m.end, right) for m in mentions}  # "The M23 rebel group, which …"
    # an owner's noun phrase: "Pakistan, China's closest ally in the region, welcomed …"
    owners = {m.start for m in mentions if m.end + 1 < right and words[m.end] in POSSESSIVE_MARKS
              and is_lower[m.end + 1]}  # fmt: skip
    inside: set[int] = set()
    i = left
    while i < right:
        # after an actor, or after a name the gazetteer lacks opening the clause ("Witkoff, a longtime friend of
        # Trump, has met Putin": Trump is no subject)
        named = i in ends or (0 < i - left <= OPENING_NAME_WORDS and all(
            texts[k][:1].isupper() and words[k] not in marks.preps and words[k] not in OPENING_ADVERBS
            and not words[k].endswith("ly") for k in range(left, i)))
        if (texts[i] == "," and named and i + 1 < right
                and (words[i + 1] in APPOSITION_ARTICLES or words[i + 1] in marks.relative or i + 1 in owners
                     or words[i + 1] in COMPANION_PARTICIPLES
                     or (marks.participles and _participial(words[i + 1], marks)))):  # fmt: skip
            j = i + 1
            while j < right and texts[j] != ",":
                j += 1
            if j < right:
                inside |= set(range(i + 1, j))
            i = j
        i += 1
    return inside


ANTECEDENT_DESCRIPTORS = union_words("events.antecedent_descriptors")  # "The M23 rebel group, which …"
DESCRIPTOR_REACH = 2


def _past_descriptors(words: list[str], end: int, right: int) -> int:
    """The token after an actor's mention and up to two lower-case nouns that describe it ("The M23 rebel group, which
    Kinshasa accuses …": `events.antecedent_descriptors`), so that the clause set off after them is parenthetical."""
    k = end
    while k < right and k - end < DESCRIPTOR_REACH and words[k] in ANTECEDENT_DESCRIPTORS:
        k += 1
    return k


# "Presiden Prabowo, didampingi Menlu Sugiono, bertemu …": the companion set off by commas is no subject
COMPANION_PARTICIPLES = union_words("events.companion_participles")


def _participial(word: str, marks: Markers) -> bool:
    """A present or past participle opening a phrase ("heading", "accompanied", "met")."""
    return word.isalpha() and len(word) > 4 and (word.endswith("ing") or _participle(word, marks, ""))


AGENT_PHRASE_WORDS = 4  # lower-case words between an agent noun and its actor: "pembom mobil bunuh diri Taliban"


def _agent_noun_phrase(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention],
                       marks: Markers) -> Mention | None:  # fmt: skip
    """The agent of a prefix passive named through an agent noun of the same relation right after the verb
    ("diserang pembom mobil bunuh diri Taliban": attacked by a Taliban suicide car bomber): the actor after the noun
    and at most `AGENT_PHRASE_WORDS` lower-case words, none a preposition or a clause word."""
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    noun = next((s for s in spans if s.start == c.end and ctx.entries[s.label_].relation == c.relation), None)
    if noun is None:
        return None
    texts, words = tokens(ctx.doc).text, low(ctx.doc)
    i = noun.end
    while i < sent.end and i - noun.end <= AGENT_PHRASE_WORDS:
        agent = next((m for m in mentions if m.start == i), None)
        if agent is not None:
            return agent
        if not texts[i].islower() or words[i] in marks.preps or words[i] in marks.clause:
            return None
        i += 1
    return None


def passive_agent(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention],
                  marks: Markers) -> tuple[bool, Mention | None, bool]:  # fmt: skip
    """(is the trigger a passive?, its agent, is it a reduced passive without a be-verb?) for `roles.passive`."""
    doc = ctx.doc
    if "chain.intent" in c.rules:
        return False, None, False  # it starts at its intent marker: "is scheduled to visit" is no passive
    lower = low(doc)[c.start]
    prefix = ctx.grammar.passive_prefix
    if prefix:
        if not (lower.startswith(prefix) and len(lower) > 5
                and (tokens(doc).text[c.start].islower() or _headline_word(doc, sent, c.start))):
            return False, None, False
        if ctx.pack.stem(lower) == lower and lower not in UNSTEMMED_PASSIVES:
            return False, None, False  # not a verb with the di- prefix ("diplomat")
        for m in mentions:
            if m.start == c.end or (m.start == c.end + 1 and low(doc)[c.end] in marks.passive_agent):
                return True, m, False
        if c.end + 1 < sent.end and low(doc)[c.end] in marks.passive_agent:  # "diserang oleh tank Israel"
            at = _past_means(low(doc), c.end + 1, sent.end)
            if at > c.end + 1 and (m := next((m for m in mentions if m.start == at), None)) is not None:
                return True, m, False
        agent = _agent_after_modifiers(doc, sent, c.end, mentions, marks)
        return True, agent or _agent_noun_phrase(ctx, sent, c, mentions, marks), False
    if lower not in marks.participles and not lower.endswith(("ed", "en")):
        return False, None, False
    before = low(doc)[max(sent.start, c.start - 3) : c.start]
    after = low(doc)[c.end] if c.end < sent.end else ""
    dated = after == "on" and c.end + 1 < sent.end and low(doc)[c.end + 1] in TIME_FILLERS  # "attacked on Monday by"
    if (after != "by" or not c.entry.object) and after in c.entry.preps and not dated:
        return False, None, False  # an adjective with its own frame: "is concerned about", "is alarmed by"
    if ctx.parsed and doc[c.start].tag_ not in ("VBN", ""):
        return False, None, False
    be_verbs = ctx.pack.words("events.be_verbs")  # before a participle: a passive
    if be_verbs.isdisjoint(before):
        # a reduced passive: the participle right before "by" and its agent ("forces aided by French troops")
        agent_start = c.end + 2 if c.end + 1 < sent.end and low(doc)[c.end + 1] == "the" else c.end + 1
        agent = next((m for m in mentions if m.start == agent_start), None) if after == "by" else None
        return (True, agent, True) if agent is not None else (False, None, False)
    if ctx.parsed and doc[c.start].tag_ == "VBN" and "has" in before[-1:]:
        return False, None, False
    object_at = c.end + 1 if c.end < sent.end and low(doc)[c.end] in marks.determiners else c.end
    if "and" in before[before.index(next(w for w in before if w in be_verbs)):] and any(
            m.start == object_at or (c.entry.inside and c.start < m.start < c.end) for m in mentions):
        # "was pleased and thanked Qatar", "were unjust and blamed the United States": a past tense after "and" with
        # its object, past an article (inside the trigger for an `inside` entry: "were killed and called the
        # strikes a provocation")
        return False, None, False
    words, table = low(doc), tokens(doc)
    for m in mentions:
        by = m.start - 2 if words[m.start - 1] in marks.determiners else m.start - 1  # "by the United States"
        if c.end <= m.start <= c.end + 8 and by >= c.end and words[by] in marks.passive_agent:
            k = by - 1
            # "was agreed after talks in Lima mediated by X": the agent is the mediation's; not a participle listed
            # with the trigger ("have been killed, wounded, or imprisoned by the regime": the agent of all three)
            if k > c.end and table.is_lower[k] and (words[k] in marks.participles or words[k].endswith(("ed", "en"))) \
                    and words[k - 1] not in PARTICIPLE_JOINERS:
                return True, None, False
            return True, m, False
    return True, None, False


PARTICIPLE_JOINERS = union_words("events.participle_joiners")  # "killed, wounded, or imprisoned by X": one agent


def _headline_word(doc: Doc, sent: Span, at: int) -> bool:
    """Is the capitalised word at `at` inside a headline in title case ("Serangan Houthi ke Kapal Dagang Dikecam
    Amerika Serikat")? Not the sentence's first word, and the sentence ends in no stop (as the resolver reads a
    headline, `SENTENCE_ENDS`)."""
    texts = tokens(doc).text
    last = next((texts[i] for i in range(sent.end - 1, sent.start - 1, -1) if texts[i].strip()), "")
    return at > sent.start and last not in SENTENCE_ENDS


PASSIVE_MODIFIER_WORDS = 2  # lower-case words between a prefix passive and its agent's "oleh": "dikecam keras oleh"


AGENT_MEANS_NOUNS = union_words("events.agent_means_nouns")  # "diserang oleh tank Israel": the weapon, then its owner
AGENT_MEANS_WORDS = 3  # "oleh jet tempur F-16 Israel" is too far; "oleh pesawat nirawak Israel" is not


def _past_means(words: list[str], at: int, end: int) -> int:
    """The token after at most `AGENT_MEANS_WORDS` words of `events.agent_means_nouns` from `at` (the weapons or
    craft an agent acts with, named before it: "oleh tank Israel", "oleh pesawat nirawak Rusia"); `at` if none."""
    k = at
    while k < min(end, at + AGENT_MEANS_WORDS) and words[k] in AGENT_MEANS_NOUNS:
        k += 1
    return k


def _agent_after_modifiers(doc: Doc, sent: Span, end: int, mentions: list[Mention], marks: Markers) -> Mention | None:
    """The agent of a prefix passive after an adverb or a modifier and the passive-agent word ("dikecam keras oleh
    Y", "dijatuhi sanksi baru oleh Y"): at most `PASSIVE_MODIFIER_WORDS` lower-case words, none a preposition, a
    coordinator or a clause word, nor part of an actor."""
    table, words = tokens(doc), low(doc)
    k = end
    while (k < min(sent.end, end + PASSIVE_MODIFIER_WORDS) and table.is_lower[k] and table.is_alpha[k]
           and words[k] not in marks.passive_agent and words[k] not in marks.preps
           and words[k] not in marks.coordinators and words[k] not in marks.clause
           and not any(m.start <= k < m.end for m in mentions)):  # fmt: skip
        k += 1
    if k == end or k >= sent.end or words[k] not in marks.passive_agent:
        return None
    return next((m for m in mentions if m.start == k + 1), None)


def possessor_object(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention],
                     sources: list[Mention]) -> Mention | None:  # fmt: skip
    """The possessor of an object noun with the possessive suffix (`roles.possessor-object`), if any."""
    suffix = ctx.grammar.possessive_suffix
    if not suffix or c.end >= sent.end:
        return None
    word = low(ctx.doc)[c.end]
    if not (word.endswith(suffix) and len(word) > len(suffix) + 2 and word.isalpha()):
        return None
    if ctx.pack.stem(word) not in ctx.lexicon.index and word[: -len(suffix)] not in ctx.lexicon.index:
        return None  # only an event noun ("invasinya"), not an adverb ("khususnya")
    source_ids = {m.actor.id for m in sources}
    for m in reversed([m for m in mentions if m.end <= c.start]):
        if m.actor.id not in source_ids:
            return m
    return None


SUBJECT_ADJUNCTS = union_words("events.subject_adjuncts")  # "di sela / dalam / selama kunjungannya"


def nya_possessor(ctx: DocContext, c: Candidate, mentions: list[Mention], subject: list[Mention]) -> Mention | None:
    """The possessor of an event noun with the possessive suffix (`roles.suffix-possessor`), if any."""
    word = low(ctx.doc)[c.start]
    suffix = ctx.grammar.possessive_suffix
    if not suffix or c.end - c.start != 1 or not word.endswith(suffix) or len(word) < len(suffix) + 3:
        return None
    if (subject and all(m.actor.type == "Person" for m in subject) and c.start > 0
            and low(ctx.doc)[c.start - 1] in SUBJECT_ADJUNCTS):  # fmt: skip
        return None  # "Prabowo bertemu Anwar di sela kunjungannya ke Z": the visit of the person who is the clause's
        # subject, not the other's
    subject_ids = {m.actor.id for m in subject}
    for m in reversed([m for m in mentions if m.end <= c.start]):
        if m.actor.id not in subject_ids:
            return m
    return None


def _closes_trigger_quote(texts: list[str], sent_start: int, start: int, trigger: int) -> bool:
    """Does the quote mark at `start`, right after a trigger, close a quote opened at most five tokens before the
    trigger ("a \"massive attack\" on")? An odd number of marks from the sentence's start says it is open."""
    opened = [i for i in range(sent_start, start) if texts[i] in QUOTE_MARKS]
    return len(opened) % 2 == 1 and trigger - opened[-1] <= 5


TARGET_JOINTS = union_words("events.target_joints")  # "… and urged Y": a joined verb's object, not the trigger's


def _joined_trigger_between(ctx: DocContext, sent: Span, c: Candidate, between: list[int]) -> bool:
    """Does a lower-case trigger right after "and" (`events.target_joints`) stand between an event noun and the actor
    ("welcomed the return of the sanctions and urged the EU to follow suit": the EU is asked, not sanctioned)? Not
    after a verb ("condemned the coup and suspended Peru": the coup is Peru's) or a gerund ("helping and training
    X")."""
    if not TARGET_JOINTS or sent.start not in ctx.sentence_index:
        return False
    words, lower = low(ctx.doc), tokens(ctx.doc).is_lower
    starts = {span.start for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]}
    # a gerund shares its object as a verb does: "were helping and training the insurgents"
    # a noun-first pack's multiword noun trigger too ("menyambut baik pembebasan para sandera dan memuji peran Y")
    single = c.end - c.start == 1 or not ctx.grammar.owner_then_noun
    noun = _event_noun(ctx, words[c.start]) and single and not words[c.start].endswith("ing")
    return noun and any(words[i] in TARGET_JOINTS and between[k + 1] in starts and lower[between[k + 1]]
                        for k, i in enumerate(between[:-1]))


def _hosted_agent_between(ctx: DocContext, sent: Span, c: Candidate, between: list[int], marks: Markers) -> bool:
    """Is the actor the agent of another trigger's participle of talks right before it ("signed an accord at a
    ceremony hosted by Brazil", "agreed on a truce at talks mediated by Qatar")? It is that meeting's host or
    mediator (`roles.passive` gives its CONSULT), no target of the earlier trigger."""
    if not between or low(ctx.doc)[between[-1]] not in marks.passive_agent or sent.start not in ctx.sentence_index:
        return False
    participle = between[-1] - 1
    if not _participle(low(ctx.doc)[participle], marks, ctx.grammar.passive_prefix):
        return False  # "rejected calls by Medvedev": the noun's author, no participle
    return any(span.start == participle and span.start != c.start
               and getattr(ctx.entries.get(span.label_), "relation", None) == "CONSULT"
               for span in ctx.trigger_groups[ctx.sentence_index[sent.start]])  # fmt: skip


def _passive_predicate_between(ctx: DocContext, between: list[int], marks: Markers) -> bool:
    """Does a passive predicate with its agent word stand before the actor ("The Houthi attacks were condemned by
    the United Nations")? The actor is the agent of the clause the trigger is the subject of, no target of it."""
    words, prefix = low(ctx.doc), ctx.grammar.passive_prefix
    return any(words[i] in BE_WORDS and i + 1 in between and _participle(words[i + 1], marks, prefix)
               and any(words[j] in marks.passive_agent for j in between if j > i + 1) for i in between)  # fmt: skip


def _contact_clause_subject(ctx: DocContext, sent: Span, c: Candidate, m: Mention) -> bool:
    """Is the actor right after an event noun with its determiner the subject of a relative clause without a relative
    word, a lower-case trigger in the past tense after it ("…, in an attack Qatar condemned as …", "an attack Lima
    has denounced")? Then it judges the act and is none of its targets (`roles.judged-move` makes it the judge)."""
    if sent.start not in ctx.sentence_index or c.end - c.start != 1 or c.start - 1 < sent.start:
        return False
    words, lower = low(ctx.doc), tokens(ctx.doc).is_lower
    if words[c.start - 1] not in NOUN_DETERMINERS or not _event_noun(ctx, words[c.start]):
        return False
    k = m.end
    while k < sent.end and words[k] in PERFECT_AUX:
        k += 1
    starts = {span.start for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]}
    return k < sent.end and k in starts and lower[k] and words[k].endswith("ed")


# "mendukung tanpa syarat langkah Y": a manner phrase right after the trigger, its preposition no end of the object
MANNER_PHRASES = tuple(tuple(p.split()) for p in union_words("events.manner_phrases"))
CREATION_NOUNS = union_words("events.creation_nouns")  # "menyetujui pembentukan X": X is created, no party


def find_targets(ctx: DocContext, sent: Span, c: Candidate, mentions: list[Mention], start: int,
                 marks: Markers) -> list[Mention]:  # fmt: skip
    """The targets from `start` on (`roles.target-after-trigger`): a phrase the entry's preposition introduces, or a
    bare object, with the actors listed after it."""
    doc = ctx.doc
    entry = c.entry
    table = tokens(doc)
    texts, words, punct = table.text, table.lower, table.is_punct
    start = _skip_predicative(words, punct, start, mentions, entry.object or c.extra_object, marks)
    start += next((len(p) for p in MANNER_PHRASES if tuple(words[start : start + len(p)]) == p), 0)
    for m in mentions:
        if m.kind == "role" and c.start < m.start < start < m.end and (entry.object or c.extra_object):
            # the trigger ends in the object's role noun: "mengusir diplomat Jerman", "expelled envoys of Peru"
            return _expand_right(doc, m, mentions, marks)
        if m.start < start or m.start - start > 12:
            continue
        if c.relation in BROKERED_RELATIONS and _brokered_by(texts, words, m, sent.end):
            continue  # "agreed to a U.S.-brokered ceasefire": the broker is no party to the deal
        if c.relation == "AGREE" and m.start > start and words[m.start - 1] in CREATION_NOUNS:
            continue  # "menyetujui pembentukan Pasukan Penekan Geng": the body created is no party to the agreement
        # a quoted phrase closed before the actor is no quote entered ("mengecam \u201cserangan sistematis\u201d
        # aparat keamanan Peru"): its marks count as no words
        quoted = [i for i in range(start, m.start) if texts[i] in QUOTE_MARKS]
        closed = len(quoted) % 2 == 0
        between = [i for i in range(start, m.start) if not (closed and i in quoted)]
        if quoted and quoted[0] == start and _closes_trigger_quote(texts, sent.start, start, c.start):
            # "vowed \"total war\" against Y", "a \"massive attack\" on Y": the mark closes a quote opened before
            # the trigger, around its scare-quoted words; it is no break
            between = [i for i in between if i != start]
        if any(texts[i] in CLAUSE_BREAKS or texts[i] in QUOTE_MARKS
               or (words[i] in marks.target_stops and not (c.relation == "SUPPORT" and words[i] in UPHELD_NOUNS)
                   and not (i > start and words[i - 1] in OFFER_NOUNS))
               for i in between):  # fmt: skip
            break  # "dukungannya terhadap kedaulatan Indonesia": support of a sovereignty supports its owner; an offer
            # of mediation ("tawaran mediasi dari Malaysia") names its maker, no mediator of a deal
        if _joined_trigger_between(ctx, sent, c, between):
            break  # "welcomed the return of the sanctions and urged the EU to …": the EU is the next verb's
        if _hosted_agent_between(ctx, sent, c, between, marks):
            break  # "signed an accord at a ceremony hosted by Brazil": the host meets them, no party to the accord
        if _passive_predicate_between(ctx, between, marks):
            break  # "The Houthi attacks were condemned by the UN": the passive's agent, no target of the attacks
        if not between and _contact_clause_subject(ctx, sent, c, m):
            break  # "in an attack Qatar condemned as …": the act's judge, the subject of a clause without "that"
        if entry.charges and ctx.grammar.noun_then_owner and _charge_trigger_between(ctx, sent, c, between):
            break  # "menuduh negara Teluk itu memasok senjata kepada RSF": the accused is unnamed, RSF in the charge
        if marks.cause_phrases and any(tuple(words[i : i + len(p)]) == p for p in marks.cause_phrases for i in between):
            break  # "serangan itu sebagai balasan atas pembunuhan Y": Y's killing is the cause, Y no target
        if c.relation == "THREATEN" and _shielded(words, between):
            continue  # "warned that any attack on Peru would be met with force": Peru is shielded, not threatened
        if words[c.start] in DENIAL_VERBS and (any(words[i] in COMPLEMENTIZERS for i in between)
                                               or _denied_act(ctx, words, c.end, m.start)):  # fmt: skip
            break  # "membantah laporan bahwa pihaknya menahan warga Thailand": the denied claim's actor, no target
        if (entry.relation == "THREATEN" and any(words[i] in COMPLEMENTIZERS for i in between)
                and m.end < sent.end and words[m.end] in COPULAS):  # fmt: skip
            break  # "memperingatkan bahwa Taiwan adalah garis merah": a warning about what the actor is, to no one
        if entry.governs and ctx.grammar.noun_then_owner and _addressee_passed(words, between, entry.preps,
                                                                               marks.complement):  # fmt: skip
            break  # "menyerukan kepada negara-negara Islam untuk membantu rakyat Palestina": asked of no actor
        lead = next((k for k, i in enumerate(between) if words[i] in UNNAMED_ADDRESSEES
                     or words[i] not in marks.determiners), None)  # past "the": "urged the international …"
        asked = lead is not None and any(words[i] in marks.complement or _active_verb(ctx, words[i])
                                         for i in between[lead + 1 :])  # fmt: skip
        if (entry.governs and c.relation == "REQUEST" and lead is not None
                and words[between[lead]] in UNNAMED_ADDRESSEES and asked):  # fmt: skip
            # "mendesak sekutu-sekutu Barat untuk memperketat sanksi terhadap Moskwa", "urged the international
            # community to lift sanctions on Syria", "menyerukan semua pihak menghormati pasukan PBB" (an active verb,
            # `events.active_verb_prefixes`): asked of no actor; not a request rejected ("menolak permintaan
            # dunia internasional untuk mengizinkan pasukan PBB": the UN's)
            break
        if _absolute_clause(texts, words, between, m):
            break  # "held talks in Oman, with Omani Foreign Minister X shuttling …": X opens a clause of its own
        if c.relation in COMPANY_RELATIONS and _company_nationality(words, between, m):
            continue  # "menandatangani kontrak dengan perusahaan dirgantara Turki": the firm's state, no party
        if c.relation in PARTNER_RELATIONS and words[m.start - 1] not in marks.preps and owns_conflict_act(
                doc, m, sent.end):  # fmt: skip
            continue  # "sepakat meningkatkan kerja sama untuk menghadapi ancaman Korea Utara": the threat's owner
            # (not "setuju menghentikan serangan terhadap Peru": the attack's target)
        if _led_by(words, m.start, start, marks) and _event_noun(ctx, words[c.start]) and not any(
                words[i] in entry.preps or words[i] in c.extra_preps for i in between):
            continue  # "boikot pimpinan Barat terhadap Hamas": who leads the act, not its target
        # a talk's listed phrases are its topics ("discussed several priorities, including Haiti", "membahas
        # berbagai masalah termasuk Irak"): only an entry that takes a bare object reaches them
        if _listed(low(doc), start, m.start) and (
                entry.object or c.extra_object or (entry.preps and entry.relation != "CONSULT")):
            return _expand_right(doc, _person_for_modifier(doc, m, mentions), mentions, marks)
        introducer = _introducer(doc, start, m.start, marks)
        if (introducer in marks.passive_agent and entry.quad in (1, 2) and len(between) >= 2
                and words[between[-1]] in marks.passive_agent and words[between[-2]] in HARM_PARTICIPLES):  # fmt: skip
            break  # "supports industries hit by U.S. tariffs": the harm's agent, not whom the help is for
        if introducer is not None and _second_verb_object(ctx, sent, words, between):
            break  # "menyambut pembebasan para sandera serta berterima kasih kepada AS": the second verb's addressee
        if introducer is not None:
            if introducer in entry.preps or introducer in c.extra_preps or _shared_object(ctx, sent, between,
                                                                                         introducer, marks):
                return _expand_right(doc, _person_for_modifier(doc, m, mentions), mentions, marks)
            if _holders_in(words, between, m.start, entry.preps + c.extra_preps, entry.object or c.extra_object,
                           marks.directions, ctx.grammar.noun_then_owner):  # fmt: skip
                return _expand_right(doc, m, mentions, marks)
            if introducer in OWNER_LINKS and (entry.object or c.extra_object) and len(between) <= 4:
                # "allow the return of X", "condemned the attack by X": the owner of what is acted on
                return _expand_right(doc, m, mentions, marks)
            if (introducer in JUDGED_OWNER_LINKS and entry.relation in OWNER_JUDGEMENTS
                    and (len(between) <= 4 or (len(between) <= JUDGED_ACT_REACH and not any(punct[i] for i in between)))
                    and not _event_noun(ctx, words[c.start])):  # fmt: skip
                # "mengecam blokade bantuan kemanusiaan oleh Israel", "mengecam pembunuhan massal warga sipil oleh
                # RSF": the agent of the judged act (a longer phrase not past a comma: "menandatangani Perjanjian
                # Kerja Sama Pertahanan, yang diteken oleh Prabowo" is signed by a party's minister, no agent)
                return _expand_right(doc, m, mentions, marks)
            if (introducer in OFFER_OWNER_LINKS and entry.relation in OFFER_ANSWERS and len(between) <= 4
                    and any(words[i] in OFFER_NOUNS for i in between[:2])):  # fmt: skip
                # "menolak tawaran mediasi dari Malaysia", "menyambut baik usulan dari Y": the one who offered
                return _expand_right(doc, m, mentions, marks)
            continue
        if NATIONAL_RELATIONS & {c.relation, entry.relation} and (entry.object or c.extra_object) and (
                _national_apposition(texts, words, punct, between, m)):  # fmt: skip
            return [m]  # "detained reporter Evan Gershkovich, a U.S. citizen, …": the person's state is the target (a
            # release intended too: "would release Edan Alexander, the last living American hostage")
        # "mengecam vonis hukuman mati yang dijatuhkan pengadilan Y": the object noun's phrase ends at the relative
        # word whose passive names Y, its agent (`roles.by-agent` reads the same clause after an event noun)
        agent_clause = (m.start - 2 >= start and words[m.start - 2] in marks.relative and ctx.grammar.passive_prefix
                        and _participle(words[m.start - 1], marks, ctx.grammar.passive_prefix))  # fmt: skip
        near = _compound_words(texts, between)  # "a 50-billion-euro EU package": two words before EU
        flagged = bool(between) and words[between[-1]] in FLAG_WORDS  # "dua kapal ikan asing berbendera Y"
        if (entry.object or c.extra_object) and (near <= 4 or ((agent_clause or flagged) and near <= 7)) and not any(
            punct[i] and texts[i] != "-" for i in between
        ):
            if _next_clause_subject(ctx, sent, words, between, m, marks):
                break  # "condemned the attack and Peru called for restraint": Peru opens a clause of its own
            if _second_verb_object(ctx, sent, words, between) or _verb_after_owned_noun(ctx, sent, c, between,
                                                                                         mentions):
                break  # "membantah tuduhan itu dan meminta Manila …", "thanked Peru for its support and urged
                # Bolivia …": the actor is the second verb's
            if _document_author(doc, m) and c.relation != "REJECT":
                return []  # a vetoed text is rejected of its author ("vetoed a Security Council resolution")
            titled = _titled_person(doc, m, mentions) if _nationality_mention(m) else None
            return _expand_right(doc, titled or m, mentions, marks)  # "met Israeli Strategic Affairs Minister X"
    return []


AUTHOR_PARTICIPLES = union_words("nlp.author_participles")  # "U.S.-brokered", "U.N.-mediated": the author's
BROKERED_RELATIONS = ("AGREE", "CONSULT", "COOPERATE")  # a deal or talks another actor brokered


def _brokered_by(texts: list[str], words: list[str], m: Mention, sent_end: int) -> bool:
    """Is the mention the author of what follows, joined to its participle by a hyphen ("a U.S.-brokered
    ceasefire", "U.N.-mediated talks")?"""
    return m.end + 1 < sent_end and texts[m.end] == "-" and words[m.end + 1] in AUTHOR_PARTICIPLES


def _charge_trigger_between(ctx: DocContext, sent: Span, c: Candidate, between: list[int]) -> bool:
    """Does another event's trigger start between an accusation and the actor (the actor is in the charge: "menuduh
    negara itu memasok senjata kepada Y", where the accused named no actor)? Read in a language that puts the owner
    after the noun, whose charge follows the accused bare (English puts "of" before it: "accused Y of …")."""
    if not between or _event_noun(ctx, low(ctx.doc)[c.start]):
        return False  # the verb's object only ("…, tuduhan yang langsung ditolak Beijing": the noun's clause)
    spans = ctx.trigger_groups[ctx.sentence_index[sent.start]]
    return any(between[0] <= span.start <= between[-1] and span.start != c.start for span in spans)


UPHELD_NOUNS = union_words("events.upheld_nouns")  # "support for Y's sovereignty": a SUPPORT reaches the owner
DENIAL_VERBS = union_words("events.denial_verbs")  # "membantah (laporan) bahwa …": what is denied names no target
DENIED_ACT_ADVERBS = union_words("events.denied_act_adverbs")  # "membantah telah memasok …"
DENIED_ACT_PREFIXES = tuple(sorted(union_words("events.denied_act_prefixes")))  # "membantah memasok …"


def _denied_act(ctx: DocContext, words: list[str], after: int, end: int) -> bool:
    """Does a verb follow the denial right away, from token `after` on and before `end` ("Iran membantah memasok
    drone kepada Rusia", "membantah telah menyerang Y")? The act denied is the actor's own, and the actors after it
    are that act's, no target of the denial (English "denied supplying drones to Russia" names no target either).
    A verb is a word with a verb prefix that the stemmer strips ("memasok" → "pasok"; "mereka" stays); not what
    follows a noun the denial took ("membantah tuduhan tersebut": "tersebut" is no verb)."""
    while after < end and words[after] in DENIED_ACT_ADVERBS:
        after += 1
    if after >= end:
        return False
    word = words[after]
    return word.startswith(DENIED_ACT_PREFIXES) and ctx.pack.stem(word) != word


COMPANY_NOUNS = union_words("events.company_nouns")  # "perusahaan (dirgantara) Turki", "a French firm"
COMPANY_RELATIONS = ("AGREE", "SUPPORT", "COOPERATE", "CONSULT")  # a deal, a contract or talks with a firm
PARTNER_RELATIONS = ("AGREE", "COOPERATE", "CONSULT", "AID")  # acts with or for a partner, never the one faced


def _company_nationality(words: list[str], between: list[int], m: Mention) -> bool:
    """Is the actor the nationality of a company, the real party of a deal, contract or talks (`roles.target-after-
    trigger`): "menandatangani kontrak dengan perusahaan dirgantara Turki", "perusahaan asal Prancis", "signed a
    contract with a French firm"? A company noun (`events.company_nouns`) at most two words before the actor, or
    right after it; companies are no actors (docs/annotation.md), and their state is no party of the deal."""
    if any(words[i] in COMPANY_NOUNS for i in between[-3:]):
        return True
    return m.end < len(words) and words[m.end] in COMPANY_NOUNS


def _compound_words(texts: list[str], between: list[int]) -> int:
    """The words among the tokens `between`, a hyphened compound counting once ("50-billion-euro", "long-range")."""
    return sum(1 for k, i in enumerate(between) if texts[i] != "-" and not (k and texts[between[k - 1]] == "-"))


HARM_PARTICIPLES = union_words("events.harm_participles")  # "industries hit by U.S. tariffs" (find_targets)
FLAG_WORDS = union_words("events.flag_words")  # "kapal berbendera Y": Y is the vessel's state
# detaining or freeing a state's national is an act on that state (English codes a release RETREAT: en.retreat.release)
NATIONAL_RELATIONS = frozenset({"COERCE", "CONCEDE", "RETREAT"})
NATIONALITY_NOUNS = union_words("events.nationality_nouns")  # "a U.S. citizen", "a British national"
NATIONAL_ARTICLES = frozenset({"a", "an", "the"})
NATIONAL_MODIFIERS = 2  # lower-case words between the article and the nationality: "the last living American hostage"


def _national_apposition(texts: list[str], words: list[str], punct: list[bool], between: list[int], m: Mention) -> bool:
    """Is the actor the nationality in an apposition to an unknown person the act's bare object ("detained reporter
    Evan Gershkovich, a U.S. citizen", "freed John Doe, an American,", "release Edan Alexander, the last living
    American hostage")? The object ends in a capitalised name, a comma and an article (at most `NATIONAL_MODIFIERS`
    lower-case words after it) come right before the actor, and a nationality noun (`events.nationality_nouns`), a
    comma or the end follows it (a demonym alone)."""
    if len(between) < 3 or len(between) > 9 + NATIONAL_MODIFIERS:
        return False
    k = len(between) - 1
    while k > 0 and len(between) - 1 - k < NATIONAL_MODIFIERS and words[between[k]] not in NATIONAL_ARTICLES \
            and words[between[k]].isalpha() and words[between[k]] == texts[between[k]]:
        k -= 1  # back over "last living"
    if k < 2 or texts[between[k - 1]] != "," or words[between[k]] not in NATIONAL_ARTICLES:
        return False
    name = between[: k - 1]
    if not texts[name[-1]][:1].isupper() or any(punct[i] for i in name):
        return False
    after = words[m.end] if m.end < len(words) else "."
    return after in NATIONALITY_NOUNS or (m.kind == "demonym" and after in (",", ".", "who"))


def _shielded(words: list[str], between: list[int]) -> bool:
    """Is the actor the one a warning shields: "warned that any attack on Y would be met with force", "any
    aggression against Y" (`roles.target-after-trigger`)? A threat's target is the would-be attacker ("any attack
    by Y"), not the attacked."""
    shielding = ("on", "against", "upon")
    return len(between) >= 2 and words[between[-1]] in shielding and "any" in (words[i] for i in between)


def _next_clause_subject(ctx: DocContext, sent: Span, words: list[str], between: list[int], m: Mention,
                         marks: Markers) -> bool:  # fmt: skip
    """Is the actor after a bare object the subject of a clause the conjunction opens (`roles.target-after-trigger`):
    "condemned the attack and Peru called for restraint", "rejected the plan but Peru said ..."? The object came
    first, a conjunction stands right before the actor, and a verb (an event trigger or a speech word, an "also"
    or "later" between) follows it."""
    if len(between) < 2 or words[between[-1]] not in CLAUSE_CONJUNCTIONS or between[-1] != m.start - 1:
        return False
    starts = {span.start for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]}
    return _verb_follows(ctx.doc, m.end, sent.end, marks, starts)


def _past_tense(word: str) -> bool:
    """A word with a past-tense ending (`events.object_verb_endings`: "urged", "accused"), no noun."""
    return len(word) > 4 and word.endswith(OBJECT_VERB_ENDINGS) if OBJECT_VERB_ENDINGS else False


def _verb_after_owned_noun(ctx: DocContext, sent: Span, c: Candidate, between: list[int],
                           mentions: list[Mention]) -> bool:  # fmt: skip
    """Is the trigger a noun a pronoun owns ("its support"; `roles.its-owner`) followed right away by "and" and a
    second trigger in the past tense ("thanked Peru for its support and urged Bolivia to …")? The noun has no
    object of its own; the actor after the second trigger is that trigger's."""
    words = low(ctx.doc)
    if len(between) < 2 or words[between[0]] not in SECOND_VERB_JOINTS or not _past_tense(words[between[1]]):
        return False
    if between[1] not in {span.start for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]}:
        return False
    return _its_owner(ctx, sent, c, mentions) is not None


def _second_verb_object(ctx: DocContext, sent: Span, words: list[str], between: list[int]) -> bool:
    """Does a second event trigger, joined by a conjunction after the first one's own object, stand before the actor
    (`roles.target-after-trigger`): "membantah tuduhan itu dan meminta Manila menghentikan …"? The actor is the second
    verb's object. Two verbs sharing one object ("mengecam keras dan
    mengutuk Israel": only intensifiers before the conjunction) and a second event noun ("mengecam serangan udara
    dan ancaman Y") are left alone. Indonesian joints only (`SECOND_OBJECT_JOINTS`)."""
    starts = {span.start for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]}
    for k, i in enumerate(between[:-1]):
        second = between[k + 1]
        if words[i] in SECOND_OBJECT_JOINTS and second in starts and not _event_noun(ctx, words[second]):
            return any(words[j] not in ACT_INTENSIFIERS for j in between[:k])
    return False


SECOND_VERB_JOINTS = frozenset({"dan", "serta", "and"})
# Indonesian only: in English both verbs take the actor after the second ("condemned the coup and suspended Peru":
# ACCUSE and SANCTION of Peru)
SECOND_OBJECT_JOINTS = frozenset({"dan", "serta"})


def _clause_joint(words: list[str], between: list[int], marks: Markers) -> bool:
    """May the words between two actors join two clauses: a clause conjunction ("and", "but": `events.
    clause_conjunctions`), or in any language a comma and a coordinator (", dan Menlu Israel Katz menuding …")? Not a
    bare "dan": an object takes a verb of its own ("menuduh AS dan Inggris mendorong …")."""
    if any(words[i] in CLAUSE_CONJUNCTIONS for i in between):
        return True
    return len(between) == 2 and words[between[0]] == "," and words[between[1]] in marks.coordinators


CLAUSE_ADVERBS = frozenset({"also", "later", "then", "too", "itself"})
CLAUSE_CONJUNCTIONS = union_words("events.clause_conjunctions")
EVENT_STARTS = "gb_event_trigger_starts"  # doc.user_data: the tokens where a trigger of an event entry starts


def _verb_follows(doc: Doc, at: int, end: int, marks: Markers, trigger_starts: Collection[int]) -> bool:
    """Does a verb (a speech word or a trigger starting at one of `trigger_starts`, past an "also" or "later")
    stand at token `at`, before `end`?"""
    words = low(doc)
    while at < end and words[at] in CLAUSE_ADVERBS:
        at += 1
    return at < end and (words[at] in marks.speech or at in trigger_starts)


def _shared_object(ctx: DocContext, sent: Span, between: list[int], introducer: str, marks: Markers) -> bool:
    """Do two verbs joined by a conjunction share the phrase after the second ("bertemu dan berterima kasih kepada
    Y", "met and spoke with Y")? The trigger searching for its target is followed by the conjunction and another
    event trigger whose preposition introduces the phrase (`roles.target-after-trigger`)."""
    words = low(ctx.doc)
    if len(between) < 3 or words[between[0]] not in marks.conjunctions:
        return False
    for span in ctx.trigger_groups[ctx.sentence_index[sent.start]]:
        entry = ctx.entries.get(span.label_)
        if span.start == between[1] and entry is not None and entry.relation is not None:
            return span.end in between and words[span.end] == introducer and introducer in entry.preps
    return False


def _addressee_passed(words: list[str], between: list[int], preps: tuple[str, ...], complement: frozenset[str]) -> bool:
    """Has a governing verb's own preposition introduced its addressee, and a complement word opened the clause
    asked of it, before the phrase ("menyerukan kepada negara-negara Islam untuk membantu Y")? The addressee named
    no actor, and the actor after is the complement's, not the verb's. (Read where modifiers follow the noun only:
    English "to" is a preposition as often, "appreciation for the reception during his trip to Israel".)"""
    own = [k for k, i in enumerate(between) if words[i] in preps and words[i] not in complement]
    return bool(own) and any(words[i] in complement for i in between[own[0] + 1 :])


def _holders_in(words: list[str], between: list[int], at: int, preps: tuple[str, ...], takes_object: bool,
                directions: frozenset[str] | tuple[str, ...] = (), modified: bool = False) -> bool:  # fmt: skip
    """Is the phrase at `at` the state that the act's objects are in: "imposed sanctions on more than 300 entities in
    Russia", "blacklisted firms from China", "strikes on hideouts in eastern Afghanistan", "bantuan untuk korban gempa
    di Turki" (`events.holder_nouns`, `events.holder_links`; a direction word may stand before the state; one or two
    words after the noun where modifiers follow it, "korban gempa bumi di Myanmar", `modified`), with the objects
    the entry's preposition introduces or its bare object?"""
    if at - 1 in between and words[at - 1] in directions:
        at -= 1
    if at - 1 in between and words[at - 1] in HOLDER_DETERMINERS:  # "imports from the European Union"
        at -= 1
    if len(between) < 2 or at - 2 not in between or words[at - 1] not in HOLDER_LINKS:
        return False
    held = at - 2
    if words[held] in HOLDER_PARTICIPLES and held - 1 in between:  # "duties on brandy imported from the EU"
        return takes_object or any(words[i] in preps for i in between[: held - at])
    for _ in range(2 if modified else 0):  # a language that writes modifiers after the noun: "korban gempa (bumi)"
        if words[held] in HOLDER_NOUNS or held - 1 not in between:
            break
        held -= 1
    if words[held] not in HOLDER_NOUNS:
        return False
    return takes_object or any(words[i] in preps for i in between[: held - at])


LEADER_LINKS = union_words("events.leader_links")
UNSTEMMED_PASSIVES = union_words("events.unstemmed_passives")


def _skip_predicative(words: list[str], punct: list[bool], start: int, mentions: list[Mention], takes_object: bool,
                      marks: Markers) -> int:  # fmt: skip
    """Past a predicative "as ADJ" (`markers.predicative`) before the object (`roles.target-after-trigger`): "slammed as
    defamatory a US report", "condemned as illegal the Peruvian seizure", "rejected as baseless Peru's claims"
    (the object follows its judgement)."""
    after = start + 2
    if not (takes_object and after < len(words) and words[start] in marks.predicative and not punct[start + 1]
            and words[start + 1] not in marks.determiners):
        return start
    if any(m.start <= start + 1 < m.end for m in mentions):
        return start
    return after if words[after] in marks.determiners or any(m.start == after for m in mentions) else start


def _led_by(words: list[str], at: int, start: int, marks: Markers) -> bool:
    """Does a leader word come right before the phrase at `at` ("invasi koalisi pimpinan AS", "pasukan yang
    dipimpin (oleh) NATO")? After an event noun with no preposition between, that phrase names who leads the act
    ("boikot pimpinan Barat"), not what it is aimed at; "menyerang pasukan pimpinan NATO" and "serangan terhadap
    pasukan yang dipimpin NATO" keep NATO as the target."""
    i = at - 1
    if i > start and words[i] in marks.passive_agent:
        i -= 1
    return i >= start and words[i] in LEADER_LINKS


AUTHORED_NOUNS = union_words("events.authored_nouns")


def _document_author(doc: Doc, m: Mention) -> bool:
    """"support a U.N. Security Council resolution", "mendukung resolusi Dewan Keamanan": an organisation named
    as the author of a text voted on is not what the event is directed at."""
    if m.actor.type == "Country":
        return False
    end = m.end
    texts = tokens(doc).text
    while end < min(len(doc), m.end + 3) and texts[end][:1].isupper():  # the rest of an unknown name
        end += 1
    after = low(doc)[end] if end < len(doc) else ""
    before = low(doc)[m.start - 1] if m.start > 0 else ""
    return after in AUTHORED_NOUNS or before in AUTHORED_NOUNS


LIST_INTRODUCERS = tuple(tuple(phrase.split()) for phrase in sorted(union_words("events.list_introducers")))


LIST_ENDS = frozenset(phrase[-1] for phrase in LIST_INTRODUCERS)


def _listed(words: list[str], start: int, at: int) -> bool:
    """Is the phrase at `at` the head of a list of the trigger's objects ("menerima sejumlah tamu, antara lain X,
    Y dan Z", "met several leaders, including X and Y")? A count before the item is the item's ("menahan ratusan
    aktivis, termasuk sejumlah warga Indonesia", "including two Americans"; `resolve.count_words`)."""
    while at - 1 > start and (words[at - 1] in COUNT_WORDS or words[at - 1].isdigit()):
        at -= 1
    if at == 0 or words[at - 1] not in LIST_ENDS:
        return False
    for phrase in LIST_INTRODUCERS:
        begin = at - len(phrase)
        if begin >= start and tuple(words[begin:at]) == phrase:
            return True
    return False


TITLE_CONNECTORS = union_words("events.title_connectors")  # "Minister for Strategic Affairs", "Minister of State"
TITLE_REACH = 8  # tokens of a capitalised title between a demonym and its person


def _nationality_mention(m: Mention) -> bool:
    """A state named by its demonym, or by a role with no holder ("Israeli Minister"), before a title."""
    return m.actor.type == "Country" and (m.rule.endswith(".demonym") or m.rule == "role.state")


def _titled_person(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The person of the demonym's state right after a title the gazetteer's roles do not read, written in capitals
    with its connectors (`events.title_connectors`): "Israeli Strategic Affairs Minister Ron Dermer", "Israeli
    Minister for Strategic Affairs Ron Dermer"; none when another actor or any other word comes first."""
    table = tokens(doc)
    later = sorted((x for x in mentions if m.end < x.start <= m.end + TITLE_REACH), key=lambda x: x.start)
    if not later or later[0].actor.type != "Person" or later[0].actor.country != m.actor.id:
        return None
    between = range(m.end, later[0].start)
    if not between or any(not (table.is_alpha[i] and table.text[i][:1].isupper()) and table.lower[i] not in
                          TITLE_CONNECTORS for i in between):  # fmt: skip
        return None
    return later[0]


def _person_for_modifier(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    """"with his UK counterpart, Secretary of State for Defence, John Healey": the person, not the modifier."""
    table = tokens(doc)
    if _nationality_mention(m) and (titled := _titled_person(doc, m, mentions)):
        return titled  # "met Israeli Minister for Strategic Affairs Ron Dermer": the person, the title between
    if m.actor.type != "Country" or m.end >= len(doc) or not table.is_lower[m.end]:
        return m
    for other in mentions:
        if m.end < other.start <= m.end + 10 and other.actor.type == "Person" and other.actor.country == m.actor.id:
            texts, words = table.text[m.end : other.start], table.lower[m.end : other.start]
            if "," in texts and MODIFIER_BREAKS.isdisjoint(words):
                return other
    return m


def _introducer(doc: Doc, lo: int, start: int, marks: Markers) -> str | None:
    """The preposition governing the phrase that ends at `start` (skipping determiners and modifiers; a count word
    does not use up the reach: "serangan terhadap sejumlah sasaran milik kelompok Houthi", `events.
    introducer_quantifiers`; nor does an upheld noun, `events.upheld_nouns`: "dukungan terhadap kedaulatan dan
    integritas wilayah Y"; nor does a direction word, `events.introducer_directions`: "ke arah kapal Biro Perikanan
    Filipina"; nor does a sum before "of": "tariffs on $30 billion of U.S. goods",
    `events.amount_words`; nor does an owner's mark right before the phrase with a name before it,
    `events.introducer_owner_marks`: "ke pangkalan udara Al Shayrat milik Suriah")."""
    words = low(doc)
    reach = marks.introducer_reach
    i = start - 1
    while i >= max(lo, start - reach):
        word = words[i]
        if word == "of" and i - 1 >= lo and words[i - 1] in AMOUNT_WORDS:
            i, reach = i - 2, reach + AMOUNT_REACH  # "tariffs on C$30 billion of U.S. goods": the sum takes no reach
            continue
        if (word in BORDER_LINKS and i - 2 >= lo and words[i - 1] in BORDER_NOUNS
                and words[i - 2] in marks.preps):  # fmt: skip
            # "ke perbatasan dengan Y": the border's own "dengan" is no preposition of the act ("membahas isu
            # perbatasan dengan Y" keeps the verb's "dengan")
            return words[i - 2]
        if word in marks.preps and not (i + 1 < start and words[i + 1] in TIME_FILLERS):
            return word  # a time phrase ("demanded on Wednesday that Y …") governs no actor
        if tokens(doc).is_punct[i]:
            return None
        if word in INTRODUCER_QUANTIFIERS or word in UPHELD_NOUNS or word in INTRODUCER_DIRECTIONS:
            # nor "arah" in "ke arah" (`events.introducer_directions`); nor an upheld noun: "dukungan terhadap
            # kedaulatan dan keutuhan wilayah Somalia"
            reach += 1
        if word in INTRODUCER_OWNER_MARKS and i == start - 1:
            # "ke pangkalan udara Al Shayrat milik Suriah": the owner's mark and the place's two-word name
            reach += OWNER_MARK_REACH
        i -= 1
    return None


INTRODUCER_QUANTIFIERS = union_words("events.introducer_quantifiers")
INTRODUCER_OWNER_MARKS = union_words("events.introducer_owner_marks")  # "… milik Suriah": the owner of the place
OWNER_MARK_REACH = 3  # the mark and a name before it: "pangkalan udara Al Shayrat milik"
INTRODUCER_DIRECTIONS = union_words("events.introducer_directions")  # "ke arah kapal …": toward, one preposition
BORDER_NOUNS = union_words("events.border_nouns")  # "mengerahkan pasukan ke perbatasan dengan Y"
BORDER_LINKS = union_words("events.border_links")
AMOUNT_WORDS = union_words("events.amount_words")  # "$30 billion of": a sum before "of" and the goods
AMOUNT_REACH = 3  # the words of the sum: "on C$ 30 billion of", "on $ 30 billion worth of"


ITEM_DETERMINERS = union_words("events.item_determiners")  # "… dan sebuah kilang Bolivia": a second listed item


def _expand_right(doc: Doc, m: Mention, mentions: list[Mention], marks: Markers) -> list[Mention]:
    """The target and the actors listed after it: "X, Y dan Z", "X beserta istri, Y and Z"; a pair or group
    anaphor is every actor it stands for ("urged both sides to …")."""
    out = [m]
    if m.kind == "plural":
        out += [p for p in mentions if p.start == m.start and p.kind == "plural" and p is not m]
    current = m
    table = tokens(doc)
    words = table.lower
    end = current.end  # past the current item's bracketed short form and its state: "Pemerintah Persatuan Nasional
    for other in mentions:  # (NUG) Myanmar dan Dewan Administrasi Negara" lists two
        if _item_tail(words, current, other, end):
            end = other.end + (other.end < len(words) and words[other.end] == ")")
            continue
        if other.start >= end and other.start - end <= 5:
            if other.rule == "coref.whose-state":
                break  # "bertemu Mark Carney, yang pemerintahnya mengakui …": the person's state opens a clause
            between = list(range(end, other.start))
            if (joiner := _joiner_at(words, between)) is not None:  # "Sudan's army as well as the RSF": a comma
                k, n = joiner
                words = list(words)
                words[between[k]] = ","
                between = [*between[: k + 1], *between[k + n :]]
            skipped = False
            while between and (
                (table.is_lower[between[0]] and table.is_alpha[between[0]]) or _figure(table.text[between[0]])
            ) and (words[between[0]] not in marks.coordinators and words[between[0]] not in marks.preps):
                # "X beserta istri, Y": words about X; a preposition starts another phrase ("X at the ICJ"); a
                # figure is X's ("Vietnam sebesar 46 persen, Thailand 36 persen dan …")
                between, skipped = between[1:], True
            if skipped and between and all(words[i] in NOUN_DETERMINERS for i in between):
                break  # "Peruvian troops battling the Taliban": the object of a participle, no second target
            # "condemned the attack and Guterres called for restraint": a verb after it, the actor opens a clause
            said = other.end < len(doc) and (words[other.end] in marks.speech or (
                _clause_joint(words, between, marks)
                and _verb_follows(doc, other.end, len(doc), marks, doc.user_data.get(EVENT_STARTS, ()))))
            if _apposition(doc, current, other, between) or any(_opening_comma(doc, i) for i in between):
                break  # "Setelah kunjungan ke Bolivia, Presiden Chile …": the subject after an opening phrase
            if not said and _class_then_list(table, words, between, marks):
                out.append(other)  # "thanked the IMF and bilateral creditors including Japan, India and China"
                current, end = other, other.end
                continue
            if between and between[-1] != between[0] and words[between[-1]] in FORMER:
                between = between[:-1]  # "X dan mantan Menteri Pertahanan Y", "X and former President Y"
            if (len(between) == 2 and words[between[0]] in marks.coordinators
                    and (words[between[1]] in NOUN_DETERMINERS or table.like_num[between[1]])):  # fmt: skip
                between = between[:1]  # "three Peruvian traders and a / two Bolivian firms": a second listed item
            elif (3 <= len(between) <= 4 and words[between[0]] in PAIR_JOINERS
                  and (words[between[1]] in ITEM_DETERMINERS or table.like_num[between[1]])
                  and all(table.is_lower[i] and table.is_alpha[i] and words[i] not in marks.preps
                          for i in between[2:])):  # fmt: skip
                between = between[:1]  # "tiga perusahaan Peru dan sebuah kilang Bolivia": the owner after its noun
            if len(between) >= 2 and words[between[-1]] in OWNER_PRONOUNS and other.actor.type == "Person":
                between = between[:-1]  # "X, his former defence chief Y": a titled person of the list
            if (len(between) >= 2 and words[between[-1]] in ITEM_GROUP_NOUNS
                    and other.actor.type in ("ArmedGroup", "Group", "Organization")):
                between = between[:-1]  # "sanksi terhadap Iran dan kelompok Houthi": the group's class noun
            if between and len(between) <= 2 and all(words[i] in marks.coordinators for i in between) and not said:
                out.append(other)
                current = other
                end = other.end
    return out


ITEM_GROUP_NOUNS = union_words("resolve.group_nouns")  # "Iran dan kelompok Houthi": a listed group's class noun


def _class_then_list(table: TokenTable, words: list[str], between: list[int], marks: Markers) -> bool:
    """Do the tokens `between` two listed actors join a class noun phrase whose members follow ("X and bilateral
    creditors including Y", "X, and other donors such as Y")? A coordinator first, then lower-case words only, then
    the list's introducer."""
    if len(between) < 3 or words[between[0]] not in marks.coordinators:
        return False
    for phrase in LIST_INTRODUCERS:
        n = len(phrase)
        if len(between) > n + 1 and tuple(words[i] for i in between[-n:]) == phrase:
            middle = [i for i in between[1:-n] if words[i] not in marks.coordinators]
            return bool(middle) and all(table.is_lower[i] and table.is_alpha[i] for i in middle)
    return False


def _item_tail(words: list[str], current: Mention, other: Mention, end: int) -> bool:
    """Is `other` part of the list item `current` that ends at `end`: its short form in brackets ("Pemerintah Persatuan
    Nasional (NUG)") or, after a body's or group's bracketed short form, its own state ("(NUG) Myanmar")?"""
    if other.start == end + 1 and words[end] == "(" and other.actor == current.actor:
        return other.end < len(words) and words[other.end] == ")"
    return (other.start == end and words[end - 1] == ")" and other.actor.type == "Country"
            and current.actor.type != "Country" and current.actor.country == other.actor.id)  # fmt: skip


def _figure(text: str) -> bool:
    """A number as written in a list of amounts ("46", "32,5", "1.000", "25%")."""
    return text[:1].isdigit() and text.rstrip("%").replace(",", "").replace(".", "").isdigit()


def _apposition(doc: Doc, person: Mention, other: Mention, between: list[int]) -> bool:
    """"Kofi Annan, UN secretary-general, …": an unnamed role after a person and a comma describes that person."""
    if person.actor.type != "Person" or other.kind != "role" or other.rule not in ("role.holder", "role.state"):
        return False
    texts = tokens(doc).text
    if [texts[i] for i in between] != [","]:
        return False
    return other.end >= len(doc) or tokens(doc).is_punct[other.end] or low(doc)[other.end] in PURPOSE_WORDS


# -- dependency parse ---------------------------------------------------------------------------------------


def parse_roles(ctx: DocContext, c: Candidate, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(sources, targets) read off the dependency parse; empty lists where the parse says nothing useful."""
    doc = ctx.doc
    head = _trigger_head(doc[c.start : c.end])
    subject = _subject_of(head)
    sources = _mentions_in(subject, mentions) if subject is not None else []
    if len(sources) == 1 and sources[0].rule == "coref.speaker-pronoun":
        sources = _expand(doc, sources, mentions, markers_of(ctx.lexicon))  # "A and B said they …": both
    targets: list[Mention] = []
    governed = [head, *[t for t in doc[c.start : c.search_from] if t.pos_ in ("VERB", "NOUN")]]
    for verb in governed:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "attr", "oprd") and c.entry.object:
                targets = [m for m in _mentions_in(child, mentions) if not _document_author(doc, m)]
            elif child.dep_ == "prep" and child.lower_ in c.entry.preps:
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        targets = _mentions_in(grand, mentions)
            if targets:
                return sources, targets
    return sources, targets


def _trigger_head(span: Span) -> Token:
    for token in span:
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token
    return span.root


def _subject_of(token: Token) -> Token | None:
    for _ in range(4):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return child
        if token.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and token.head is not token:
            if token.dep_ in ("ccomp", "advcl"):
                return None
            token = token.head
            continue
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            return None
        return None
    return None


def _mentions_in(token: Token, mentions: list[Mention]) -> list[Mention]:
    """Mentions covering `token`, or inside its phrase but outside its own prepositional phrases; plus the
    mentions of its conjuncts."""
    out: list[Mention] = []
    heads = [token, *[t for t in token.conjuncts]]
    for head in heads:
        allowed = {head.i}
        for t in head.children:
            if t.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                # the modifier and its own modifiers and conjuncts, not clauses or PPs hanging from it
                allowed |= {s.i for s in t.subtree if s is t or s.dep_ in ("compound", "conj", "cc", "case", "poss")}
        found = [m for m in mentions if any(m.start <= i < m.end for i in allowed)]
        found.sort(key=lambda m: (not (m.start <= head.i < m.end), abs(m.start - head.i)))
        if found and found[0].kind == "plural":
            out += [m for m in found if m.kind == "plural" and m.start == found[0].start]
        elif len(found) > 1 and all(m.kind == "demonym" for m in found):
            out += sorted(found, key=lambda m: m.start)  # "Hungarian and Romanian officials"
        elif found:
            out.append(found[0])
    return out


# -- output --------------------------------------------------------------------------------------------------


def make_triple(ctx: DocContext, sent: Span, c: Candidate, source: Mention, target: Mention, is_negated: bool,
                mode: str, confidence: float, relation: str, rules: tuple[str, ...] = ()) -> Triple:  # fmt: skip
    doc = ctx.doc
    trigger = doc[c.start : c.end]
    src = model_mention(doc, source) if source.end > source.start else _speaker_mention(ctx, source)
    # a relation overridden here (an ultimatum: THREATEN) is coded as that relation, never as the candidate's
    cameo, goldstein = (c.cameo, c.goldstein) if relation == c.relation else relation_coding(relation, c.entry)
    return Triple(
        article_id=ctx.article.id, relation=relation, source=src, target=model_mention(doc, target),
        trigger=Trigger(ctx.article.text[trigger.start_char : trigger.end_char], trigger.start_char,
                        trigger.end_char, c.rule),
        sentence=ctx.article.text[sent.start_char : sent.end_char].strip(), sentence_start=sent.start_char,
        language=ctx.lang, date=ctx.article.date, negated=is_negated, mode=mode, confidence=round(confidence, 4),
        extractor=ctx.extractor, cameo=cameo, goldstein=goldstein, rules=tuple(dict.fromkeys(rules)),
    )  # fmt: skip


def _speaker_mention(ctx: DocContext, source: Mention) -> ModelMention:
    """A quote's speaker as the source of an event inside the quote: the mention is the speaker's own name
    where the document names them; else an empty mention at the trigger."""
    for m in ctx.mentions:
        if m.actor.id == source.actor.id:
            return m
    start, _ = source.chars(ctx.doc)
    return ModelMention(source.actor, "", start, start, source.rule)


def describe_mode(c: Candidate) -> dict[str, Any]:
    return {"relation": c.relation, "mode": c.mode, "rule": c.rule}


# -- the order of every stage (graphbuild.extract.rules) ------------------------------------------------------

RULES.set_order("mentions", ("mentions.origin-modifier", "mentions.opposition-modifier", "mentions.mission-post",
                              "mentions.document-title", "mentions.class-of-others", "mentions.government-of-leader",
                              "mentions.leader-apposition", "mentions.witness-role",
                              "mentions.counterparts-named"))
RULES.set_order("candidate", ("candidate.modifier-use", "candidate.inside-name", "candidate.document-title",
                               "candidate.inside-gap", "candidate.gapped-report", "candidate.spoken-act",
                               "candidate.reduplication"))
RULES.set_order("chain", ("chain.appeal-cooperation", "chain.governs-complement", "chain.continued-act", "chain.intent",
                          "chain.intent-bridge", "chain.light-verb"))
RULES.set_order("filter", ("filter.no-relation", "filter.complement-clauses", "filter.requested-complements",
                           "filter.accusation-charges", "filter.topic-nouns", "filter.discussed-act",
                           "filter.hoped-act", "filter.cautioned-act", "filter.cause-nouns", "filter.judged-nouns",
                           "filter.body-meeting", "filter.named-forum",
                           "filter.conditional-clause",
                           "filter.intent-coordinated", "filter.intent-purpose", "filter.date-phrase",
                           "filter.question", "filter.rejected-text"))
# roles: in order of precedence as `sentence_triples` and `assign_roles` consult them
RULES.set_order("roles", (
    "roles.between-pair", "roles.obligation", "roles.recalled-envoy", "roles.passive", "roles.under-measure",
    "roles.genitive-owner", "roles.by-agent",
    "roles.by-agent-after-target", "roles.adjacent-owner", "roles.its-owner", "roles.parse-subject",
    "roles.purpose-subject", "roles.decision-owner",
    "roles.participle-of-speaker", "roles.judged-for-act", "roles.talks-after-clause", "roles.document-relative",
    "roles.pact-relative", "roles.relative-object", "roles.time-clause-subject", "roles.came-from",
    "roles.nearest-subject",
    "roles.suffix-possessor", "roles.introductory-owner", "roles.possessor-object", "roles.victim-before",
    "roles.target-after-trigger", "roles.act-agent-target", "roles.purpose-of-meeting", "roles.agreed-at-meeting",
    "roles.parse-object",
    "roles.owner-target", "roles.its-target", "roles.second-addressee", "roles.welcomed-between",
    "roles.joined-threat-target",
    "roles.judged-move", "roles.protest-previous-subject", "roles.thanked-for-act",
    "roles.pair-pronoun-alone", "roles.pair-of-the-subjects",
    "roles.symmetric-without-target",
    "roles.comitative-both-ways",
    "roles.converse-host", "roles.received-from", "roles.warned-clause-object",
    "roles.speaker-of-joined-verb", "roles.people-row", "roles.no-self-loop",
))
RULES.set_order("rewrite", ("rewrite.conditional-hypothetical", "rewrite.planned-time-clause",
                            "rewrite.scheduled-noun", "rewrite.ultimatum-threaten", "rewrite.cost-threaten",
                            "rewrite.failed-agreement-reject", "rewrite.welcome-guest"))
