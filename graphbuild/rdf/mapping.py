"""The mapping from graphbuild's records to RDF quads (see ontology/README.md for the model).

Every article gets one named graph holding the article's description, its events (an `gb:Event` node each,
with evidence and PROV-O provenance), the direct actor→actor statements of its events, and which actors it
mentions. Actor descriptions and affiliations live in one shared graph (`ACTORS_GRAPH`). Nothing here reads a
clock: the extraction time comes from the caller, so the same input always gives the same quads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import NamedNode, Quad

from graphbuild.model import Actor, Affiliation, ArticleMeta, Mention, Triple, stable_id
from graphbuild.rdf.vocab import (
    ACTORS_GRAPH,
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    WD,
    activity_iri,
    actor_iri,
    affiliation_iri,
    article_graph,
    article_iri,
    boolean_literal,
    date_literal,
    decimal_literal,
    event_iri,
    event_type_iri,
    gb,
    int_literal,
    is_iso_date,
    text_literal,
    typed,
)  # fmt: skip
from graphbuild.relations import relation_types

A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
ALT_LABEL = NamedNode(SKOS + "altLabel")
SAME_AS = NamedNode(OWL + "sameAs")
TITLE = NamedNode(DCTERMS + "title")
DATE = NamedNode(DCTERMS + "date")
LANGUAGE = NamedNode(DCTERMS + "language")
DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")
USED = NamedNode(PROV + "used")
ENDED_AT = NamedNode(PROV + "endedAtTime")
PROV_ACTIVITY = NamedNode(PROV + "Activity")


@dataclass
class ActorInfo:
    """An actor as `actors.jsonl` describes it: the actor, its affiliations, the articles it appears in."""

    actor: Actor
    affiliations: tuple[Affiliation, ...] = ()
    articles: tuple[str, ...] = ()
    mentions: int = 0
    origin: str = "gazetteer"
    labels: dict[str, str] = field(default_factory=dict)  # language pack code → its name in the gazetteer

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorInfo:
        return cls(
            actor=Actor.from_dict(data),
            affiliations=tuple(Affiliation.from_dict(row) for row in data.get("affiliations", [])),
            articles=tuple(data.get("articles", [])),
            mentions=int(data.get("mentions", 0)),
            origin=data.get("origin", "gazetteer"),
        )


def article_quads(article: ArticleMeta) -> Iterator[Quad]:
    graph = article_graph(article.id)
    node = article_iri(article.id)
    yield Quad(node, A, gb("Article"), graph)
    yield Quad(node, gb("articleId"), text_literal(article.id), graph)
    if article.title:
        yield Quad(node, TITLE, text_literal(article.title, article.language), graph)
    if is_iso_date(article.date):
        yield Quad(node, DATE, date_literal(article.date or ""), graph)
    if article.language:
        yield Quad(node, LANGUAGE, text_literal(article.language), graph)
    if article.url:
        yield Quad(node, gb("url"), typed(article.url, "anyURI"), graph)
    if article.dateline:
        yield Quad(node, gb("dateline"), text_literal(article.dateline), graph)
    if article.origin:
        yield Quad(node, gb("origin"), text_literal(article.origin), graph)


def activity_quads(article_id: str, extractor: str, time: str | None) -> Iterator[Quad]:
    """The extraction activity that produced an article's events: extractor version, article used, time."""
    graph = article_graph(article_id)
    node = activity_iri(article_id, extractor)
    yield Quad(node, A, gb("ExtractionActivity"), graph)
    yield Quad(node, A, PROV_ACTIVITY, graph)
    yield Quad(node, USED, article_iri(article_id), graph)
    yield Quad(node, gb("extractorVersion"), text_literal(extractor or "unknown"), graph)
    if time:
        yield Quad(node, ENDED_AT, typed(time, "dateTime"), graph)


def _mention_quads(event: NamedNode, role: str, mention: Mention, graph: NamedNode) -> Iterator[Quad]:
    yield Quad(event, gb(role), actor_iri(mention.actor.id), graph)
    yield Quad(event, gb(f"{role}Mention"), text_literal(mention.text), graph)
    yield Quad(event, gb(f"{role}Start"), int_literal(mention.start), graph)
    yield Quad(event, gb(f"{role}End"), int_literal(mention.end), graph)


def _rule_quads(event: NamedNode, triple: Triple, graph: NamedNode) -> Iterator[Quad]:
    """Rule provenance: how each actor was found, and the code rules that shaped the event (each one, and all of
    them in order as one space-separated literal)."""
    if triple.source.rule:
        yield Quad(event, gb("sourceRule"), text_literal(triple.source.rule), graph)
    if triple.target.rule:
        yield Quad(event, gb("targetRule"), text_literal(triple.target.rule), graph)
    for rule_id in triple.rules:
        yield Quad(event, gb("codeRule"), text_literal(rule_id), graph)
    if triple.rules:
        yield Quad(event, gb("codeRules"), text_literal(" ".join(triple.rules)), graph)


def triple_quads(triple: Triple) -> Iterator[Quad]:
    """The event node of one triple and, unless negated, the direct actor→actor statement."""
    types = relation_types()
    graph = article_graph(triple.article_id)
    event = event_iri(triple.id)
    relation = types[triple.relation]
    source, target = actor_iri(triple.source.actor.id), actor_iri(triple.target.actor.id)
    yield Quad(event, A, gb("Event"), graph)
    yield Quad(event, gb("eventId"), text_literal(triple.id), graph)
    yield Quad(event, gb("eventType"), event_type_iri(triple.relation), graph)
    yield from _mention_quads(event, "source", triple.source, graph)
    yield from _mention_quads(event, "target", triple.target, graph)
    yield Quad(event, gb("sentence"), text_literal(triple.sentence, triple.language), graph)
    if triple.sentence_start is not None:
        yield Quad(event, gb("sentenceStart"), int_literal(triple.sentence_start), graph)
    yield Quad(event, gb("triggerText"), text_literal(triple.trigger.text, triple.language), graph)
    yield Quad(event, gb("triggerStart"), int_literal(triple.trigger.start), graph)
    yield Quad(event, gb("triggerEnd"), int_literal(triple.trigger.end), graph)
    yield Quad(event, gb("rule"), text_literal(triple.trigger.rule), graph)
    yield from _rule_quads(event, triple, graph)
    yield Quad(event, gb("mode"), text_literal(triple.mode), graph)
    yield Quad(event, gb("negated"), boolean_literal(triple.negated), graph)
    yield Quad(event, gb("confidence"), decimal_literal(triple.confidence), graph)
    yield Quad(event, gb("language"), text_literal(triple.language), graph)
    if is_iso_date(triple.date):
        yield Quad(event, gb("date"), date_literal(triple.date or ""), graph)
    if is_iso_date(triple.event_date):
        yield Quad(event, gb("eventDate"), date_literal(triple.event_date or ""), graph)
    if triple.date_precision:  # dated by graphbuild.timeline (an older output has no such field)
        yield Quad(event, gb("datePrecision"), text_literal(triple.date_precision), graph)
    if triple.date_rule:
        yield Quad(event, gb("dateRule"), text_literal(triple.date_rule), graph)
    yield Quad(event, gb("cameo"), text_literal(triple.cameo or relation.cameo[0]), graph)
    goldstein = relation.goldstein if triple.goldstein is None else triple.goldstein
    yield Quad(event, gb("goldstein"), decimal_literal(goldstein), graph)
    yield Quad(event, DERIVED_FROM, article_iri(triple.article_id), graph)
    yield Quad(event, GENERATED_BY, activity_iri(triple.article_id, triple.extractor), graph)
    if not triple.negated:
        yield Quad(source, gb(relation.property), target, graph)


def mentioned_quads(actor_id: str, article_id: str) -> Iterator[Quad]:
    """`actor gb:mentionedIn article`, kept in the article's graph so it goes when the article goes."""
    yield Quad(actor_iri(actor_id), gb("mentionedIn"), article_iri(article_id), article_graph(article_id))


def actor_quads(info: ActorInfo) -> Iterator[Quad]:
    actor, graph = info.actor, ACTORS_GRAPH
    node = actor_iri(actor.id)
    yield Quad(node, A, gb(actor.type), graph)
    yield Quad(node, gb("actorId"), text_literal(actor.id), graph)
    yield Quad(node, LABEL, text_literal(actor.name, "en"), graph)
    for lang, label in sorted(info.labels.items()):
        yield Quad(node, LABEL, text_literal(label, lang), graph)
    for alias in sorted(set(actor.aliases) - {actor.name}):
        yield Quad(node, ALT_LABEL, text_literal(alias), graph)
    if actor.iso3:
        yield Quad(node, gb("iso3"), text_literal(actor.iso3), graph)
    if actor.country:
        yield Quad(node, gb("country"), actor_iri(actor.country), graph)
    if actor.wikidata:
        yield Quad(node, SAME_AS, NamedNode(WD + actor.wikidata), graph)
    if info.mentions:
        yield Quad(node, gb("mentionCount"), int_literal(info.mentions), graph)
    yield Quad(node, gb("actorOrigin"), text_literal(info.origin), graph)
    for affiliation in info.affiliations:
        yield from affiliation_quads(affiliation)


def affiliation_quads(affiliation: Affiliation) -> Iterator[Quad]:
    """An n-ary affiliation node: person gb:hasAffiliation [gb:leaderOf|gb:memberOf org; role; dates]."""
    graph = ACTORS_GRAPH
    key = stable_id(affiliation.person, affiliation.relation, affiliation.organisation, affiliation.role,
                    affiliation.start)  # fmt: skip
    node = affiliation_iri(key)
    leader = affiliation.relation == "LEADER_OF"
    yield Quad(actor_iri(affiliation.person), gb("hasAffiliation"), node, graph)
    yield Quad(node, A, gb("Leadership" if leader else "Membership"), graph)
    yield Quad(node, gb("affiliate"), actor_iri(affiliation.person), graph)
    yield Quad(node, gb("leaderOf" if leader else "memberOf"), actor_iri(affiliation.organisation), graph)
    if affiliation.role:
        yield Quad(node, gb("role"), text_literal(affiliation.role), graph)
    if is_iso_date(affiliation.start):
        yield Quad(node, gb("startDate"), date_literal(affiliation.start or ""), graph)
    if is_iso_date(affiliation.end):
        yield Quad(node, gb("endDate"), date_literal(affiliation.end or ""), graph)
    if affiliation.rule:
        yield Quad(node, gb("rule"), text_literal(affiliation.rule), graph)


def minimal_actor(mention: Mention) -> ActorInfo:
    """An actor known only from a triple's mention (absent from actors.jsonl): its own description."""
    return ActorInfo(actor=mention.actor, origin="triple")


def activity_time(article: ArticleMeta | None, fixed: str | None) -> str | None:
    """The extraction time recorded in PROV: a fixed build time when given (SOURCE_DATE_EPOCH, summary),
    else the article's date at midnight UTC (re-runs must give identical RDF), else none."""
    if fixed:
        return fixed
    if article and is_iso_date(article.date):
        return f"{article.date}T00:00:00Z"
    return None


def article_bundle(article: ArticleMeta, triples: Iterable[Triple], mentioned: Iterable[str],
                   fixed_time: str | None = None) -> list[Quad]:  # fmt: skip
    """Every quad of one article's graph: article, events, activities, mentions."""
    quads = list(article_quads(article))
    extractors: set[str] = set()
    actors = set(mentioned)
    for triple in triples:
        quads.extend(triple_quads(triple))
        extractors.add(triple.extractor)
        actors.update((triple.source.actor.id, triple.target.actor.id))
    time = activity_time(article, fixed_time)
    for extractor in sorted(extractors):
        quads.extend(activity_quads(article.id, extractor, time))
    for actor_id in sorted(actors):
        quads.extend(mentioned_quads(actor_id, article.id))
    return quads
