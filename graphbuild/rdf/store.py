"""The persistent RDF store (pyoxigraph, on disk in OUT/rdf/): load a build's output, replace or retract
one article's graph, count, export.

    from graphbuild.rdf import load_output, remove_article
    report = load_output("out")                # OUT/{articles,triples,actors}.jsonl → out/rdf/
    remove_article("out", "kontan-kim-putin")  # as if never loaded: its graph goes, the actors graph is refolded
"""

from __future__ import annotations

import os
import shutil
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pyoxigraph import NamedNode, Quad, RdfFormat, Store

from graphbuild.article_actors import read_article_actors, refold_actors
from graphbuild.model import ArticleMeta, OutputRecordError, T, Triple, iter_records, parse_record
from graphbuild.outdir import remove_stale_temp_dirs
from graphbuild.paths import PROJECT_DIR
from graphbuild.progress import stage
from graphbuild.rdf.aggregates import event_dyads, refresh_aggregates, update_aggregates
from graphbuild.rdf.incidents import (
    all_incident_quads,
    incidents_of_articles,
    read_incidents,
    replace_incidents,
    sync_incidents,
)
from graphbuild.rdf.mapping import (
    ActorInfo,
    actor_quads,
    article_bundle,
    minimal_actor,
)  # fmt: skip
from graphbuild.rdf.vocab import (
    ACTORS_GRAPH,
    GB,
    ONTOLOGY_GRAPH,
    PREFIXES,
    actor_iri,
    article_graph,
    gb,
    text_literal,
)  # fmt: skip
from graphbuild.timeline.filters import LoadFilter

STORE_DIRNAME = "rdf"
ONTOLOGY_FILE = PROJECT_DIR / "ontology" / "graphbuild.ttl"
EXPORT_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD,
}  # fmt: skip
TRIPLE_FORMATS = ("turtle", "ntriples")
BULK_BATCH_QUADS = 100_000


class RdfInputError(OutputRecordError):
    """A record of the build output that cannot be mapped, named by file and line."""


@dataclass
class LoadReport:
    """The store's totals. Actors are counted three ways, named as in summary.json and the Neo4j report:
    `actors_mentioned` (mentioned in an article), `actors_in_events` (source or target of an event, negated
    ones included) and `actors_described` (every actor the store describes: those mentioned plus the states
    and organisations their offices, memberships and countries point to)."""

    store: str
    articles: int = 0
    events: int = 0
    actors_described: int = 0
    actors_mentioned: int = 0
    actors_in_events: int = 0
    quads: int = 0
    graphs: int = 0
    seconds: float = 0.0

    @property
    def actors(self) -> int:
        """Every actor the store describes (`actors_described`)."""
        return self.actors_described

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = (f"{self.quads} quads in {self.graphs} graphs ({self.articles} articles, "
                           f"{self.events} events; actors: {self.actors_mentioned} mentioned, "
                           f"{self.actors_in_events} in events, {self.actors_described} described) in {self.store}")
        return data


def store_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / STORE_DIRNAME


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    path = Path(path)
    if read_only:
        if not path.is_dir():
            raise FileNotFoundError(f"{path}: no RDF store here (build with --rdf, or `graphbuild rdf load`)")
        return Store.read_only(str(path))
    path.mkdir(parents=True, exist_ok=True)
    return Store(str(path))


def fixed_build_time() -> str | None:
    """`SOURCE_DATE_EPOCH` (the reproducible-builds convention) as an xsd:dateTime, when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Output:
    """A build's output folder as the RDF loader reads it. Kept in memory: the small fields of every article
    (never the text) and actors.jsonl (one line per actor). triples.jsonl is streamed one article at a time
    (`groups`), so a corpus never has to fit in memory."""

    out_dir: Path
    articles: dict[str, ArticleMeta]
    actors: dict[str, ActorInfo]
    only: set[str] | None = None
    keep: LoadFilter | None = None  # --since/--until/--min-confidence on the triples and events loaded
    # actors that only triples mention (not in actors.jsonl): described from their first mention, in the
    # first article by id, whatever order the articles are streamed in
    _extra: dict[str, tuple[str, ActorInfo]] = field(default_factory=dict)
    _mentions: dict[str, list[str]] | None = None

    @classmethod
    def read(cls, out_dir: Path, only: set[str] | None = None, stored: set[str] | None = None) -> Output:
        """The output's articles (`only` those, when given) and actors; with `stored`, the actors only, as a
        build of just those articles would have described them (see `retracted_actor_records`)."""
        articles = {} if stored is not None else {
            info.id: info for info in _parsed(out_dir / "articles.jsonl", ArticleMeta.from_dict)
            if only is None or info.id in only}  # fmt: skip
        records = list(_parsed(out_dir / "actors.jsonl", _checked_actor_record))
        if stored is not None:
            records = retracted_actor_records(out_dir, records, stored)
        actors = {info.actor.id: info for info in map(ActorInfo.from_dict, records)}
        output = cls(out_dir, articles, actors, only)
        output.complete_from_gazetteer()
        return output

    def groups(self) -> Iterator[tuple[ArticleMeta, list[Triple]]]:
        """(article, its triples) for runs of consecutive triples.jsonl lines of one article (the build writes
        an article's triples together), then every article without triples. Should an article's triples
        come in several runs, each run is its own group: loading the groups in turn gives the same graph."""
        path, done = self.out_dir / "triples.jsonl", set()
        run: list[Triple] = []
        for number, data in iter_records(path, RdfInputError):
            if self.only is not None and data.get("article_id") not in self.only:
                continue
            triple = parse_record(path, number, data, Triple.from_dict, RdfInputError, "map to RDF")
            if self.keep is not None and not self.keep.triple(triple):
                continue
            if run and run[0].article_id != triple.article_id:
                yield self._group(run, done)
                run = []
            run.append(triple)
        if run:
            yield self._group(run, done)
        for article_id in [aid for aid in self.articles if aid not in done]:
            yield self.articles[article_id], []

    def _group(self, triples: list[Triple], done: set[str]) -> tuple[ArticleMeta, list[Triple]]:
        article_id = triples[0].article_id
        done.add(article_id)
        for triple in triples:
            for mention in (triple.source, triple.target):
                aid = mention.actor.id
                if aid not in self.actors and (aid not in self._extra or article_id < self._extra[aid][0]):
                    self._extra[aid] = (article_id, minimal_actor(mention))
        return self.articles.setdefault(article_id, ArticleMeta(id=article_id)), triples

    def complete_from_gazetteer(self) -> None:
        """Labels in the other pack languages for the actors, and descriptions of the states and organisations that
        affiliations and `country` point to but the run never mentioned (so a leader's state is typed)."""
        gazetteer = _gazetteer()
        if gazetteer is None:
            return
        wanted = {info.actor.country for info in self.actors.values() if info.actor.country}
        wanted |= {tie.organisation for info in self.actors.values() for tie in info.affiliations}
        for actor_id in sorted(wanted - set(self.actors)):
            if actor_id in gazetteer.actors:
                self.actors[actor_id] = ActorInfo(actor=gazetteer.actors[actor_id], origin="gazetteer")
        names = _names_by_language(gazetteer)
        for actor_id, info in self.actors.items():
            info.labels = {lang: by_actor[actor_id] for lang, by_actor in names.items() if actor_id in by_actor}

    def mentioned_in(self, article_id: str) -> list[str]:
        """The ids of the actors actors.jsonl says the article mentions (an index built on first use)."""
        if self._mentions is None:
            index: dict[str, list[str]] = defaultdict(list)
            for actor_id in sorted(self.actors):
                for mentioned in set(self.actors[actor_id].articles):
                    index[mentioned].append(actor_id)
            self._mentions = dict(index)
        return self._mentions.get(article_id, [])

    def incidents(self) -> Iterator[dict[str, Any]]:
        """The distinct events of events.jsonl (after `groups`: restricted to the triples loaded)."""
        for record in read_incidents(self.out_dir, RdfInputError):
            kept = record if self.keep is None else self.keep.event(record)
            if kept is not None:
                yield kept

    def described_actors(self) -> Iterator[ActorInfo]:
        """Every actor of actors.jsonl (and the gazetteer's additions), then those only triples mention:
        complete once `groups` has been read to its end."""
        for actor_id in sorted(self.actors):
            yield self.actors[actor_id]
        for actor_id in sorted(self._extra):
            yield self._extra[actor_id][1]


def _checked_actor_record(data: dict[str, Any]) -> dict[str, Any]:
    ActorInfo.from_dict(data)  # a line that cannot be mapped fails here, named by file and line
    return data


def retracted_actor_records(out_dir: Path, records: list[dict[str, Any]], stored: set[str]) -> list[dict[str, Any]]:
    """actors.jsonl as a build of only the `stored` articles would have written it (OUT/article_actors.jsonl
    refolded without the others); actors.jsonl itself when every article it names is stored."""
    if all(article in stored for record in records for article in record.get("articles") or ()):
        return records
    return refold_actors(records, read_article_actors(out_dir), stored.__contains__)


def _parsed(path: Path, parse: Callable[[dict[str, Any]], T]) -> Iterator[T]:
    for number, data in iter_records(path, RdfInputError):
        yield parse_record(path, number, data, parse, RdfInputError, "map to RDF")


def _gazetteer() -> Any:
    """The project gazetteer, or None when it cannot be loaded (RDF then goes without its extras)."""
    from graphbuild.resolve.gazetteer import load_gazetteer

    try:
        return load_gazetteer()
    except (OSError, ValueError):
        return None


def _names_by_language(gazetteer: Any) -> dict[str, dict[str, str]]:
    """The first gazetteer name of each actor in each language pack's language but the fallback's (English
    labels are the canonical names)."""
    from graphbuild.lang import fallback_pack, packs

    languages = set(packs()) - {fallback_pack().code}
    names: dict[str, dict[str, str]] = {}
    for surface in gazetteer.surfaces:
        if surface.kind == "name" and surface.lang in languages:
            names.setdefault(surface.lang, {}).setdefault(surface.actor_id, surface.text)
    return names


def _all_quads(output: Output, fixed_time: str | None, advance: Callable[[], None] = lambda: None
               ) -> Iterator[Quad]:  # fmt: skip
    """Every article's graph, one article at a time (`advance` called after each), then the actors graph."""
    for article, triples in output.groups():
        yield from article_bundle(article, triples, output.mentioned_in(article.id), fixed_time)
        advance()
    for info in output.described_actors():
        yield from actor_quads(info)
    yield from all_incident_quads(output.incidents())


def bulk_write(store: Store, quads: Iterable[Quad], batch: int = BULK_BATCH_QUADS) -> None:
    """`Store.bulk_extend` in batches: one call buffers up to a million quads per loader thread in memory
    (about 1.5 GB), a batch of this size about a quarter of that, at the same speed."""
    iterator = iter(quads)
    while chunk := list(islice(iterator, batch)):
        store.bulk_extend(chunk)


def load_ontology(store: Store) -> None:
    """The ontology (classes, properties, the 16 event-type concepts) in its own graph, replaced."""
    store.remove_graph(ONTOLOGY_GRAPH) if store.contains_named_graph(ONTOLOGY_GRAPH) else None
    store.load(path=str(ONTOLOGY_FILE), format=RdfFormat.TURTLE, to_graph=ONTOLOGY_GRAPH)


def _check_store(path: Path) -> None:
    """Refuse to replace anything that is not an (Oxigraph/RocksDB) store folder."""
    if path.exists() and (not path.is_dir() or (any(path.iterdir()) and not (path / "CURRENT").exists())):
        raise RdfInputError(f"{path}: exists and is not an RDF store; not overwriting it")


def _swap_in(new: Path, target: Path) -> None:
    """Put the store built in `new` at `target`, replacing the old one (two renames, then the old is deleted)."""
    old = target.with_name(f"{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def load_output(out_dir: str | Path, store_dir: str | Path | None = None, *,
                fixed_time: str | None = None, batch: int = BULK_BATCH_QUADS,
                keep: LoadFilter | None = None) -> LoadReport:  # fmt: skip
    """Replace the store's content with OUT/{articles,triples,actors}.jsonl (plus the ontology graph).

    The store mirrors the build output: loading the same output twice gives the same store. The new store
    is built next to the old one (streamed, `batch` quads at a time) and replaces it only once complete, so
    bad input leaves the old store as it was and a server reading it never sees a half-built one."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    output = Output.read(out_dir)
    output.keep = keep

    def fill(store: Store) -> None:
        with stage("rdf load", len(output.articles), "articles") as bar:
            bulk_write(store, _all_quads(output, fixed_time or fixed_build_time(), bar.advance), batch)

    return rebuild_store(Path(store_dir) if store_dir else store_path(out_dir), fill, started)


def rebuild_store(target: Path, fill: Callable[[Store], None], started: float) -> LoadReport:
    """Build a new store beside `target` (`fill` writes its content, then the ontology goes in) and swap it in
    once complete: a failure leaves the old store as it was, a reader never sees a half-built one."""
    _check_store(target)
    remove_stale_temp_dirs(target)
    building = target.with_name(f"{target.name}.loading-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    try:
        store = open_store(building)
        fill(store)
        refresh_aggregates(store)
        load_ontology(store)
        store.flush()
        del store  # closes it before the folder moves
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    _swap_in(building, target)
    report = count(open_store(target, read_only=True), str(target))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def replace_article(store: Store, output: Output, article: ArticleMeta, triples: list[Triple],
                    fixed_time: str | None = None) -> int:  # fmt: skip
    """Replace one article's graph (its actors' descriptions are left to `sync_actors_graph`); returns its
    quad count."""
    graph = article_graph(article.id)
    quads = article_bundle(article, triples, output.mentioned_in(article.id), fixed_time or fixed_build_time())
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    store.extend(quads)
    return len(quads)


def load_articles(out_dir: str | Path, article_ids: Iterable[str], store_dir: str | Path | None = None) -> int:
    """Re-load some articles of a build output into its store, replacing their graphs, then bring the actors
    graph to what a fresh load of the store's articles gives and recompute the aggregates of the dyads their
    old and new events name; returns quads written for the articles.
    The output is streamed; only the chosen articles' triples are held, together."""
    ids = set(article_ids)
    output = Output.read(Path(out_dir), only=ids)
    chosen: dict[str, tuple[ArticleMeta, list[Triple]]] = {}
    for article, triples in output.groups():
        chosen.setdefault(article.id, (article, []))[1].extend(triples)
    missing = sorted(ids - set(chosen))
    if missing:
        raise KeyError(f"article {missing[0]!r} is not in the build output")
    store = open_store(store_dir or store_path(out_dir))
    mentioned = {actor_iri(mention.actor.id) for _, triples in chosen.values() for triple in triples
                 for mention in (triple.source, triple.target)}  # fmt: skip
    desired = actors_graph_quads(Path(out_dir), store_articles(store) | ids, _triple_actors(store) | mentioned)
    graphs = [article_graph(article_id) for article_id in sorted(ids)]
    dyads = event_dyads(store, graphs)  # those of the graphs replaced, then those of the new ones
    written = sum(replace_article(store, output, *chosen[article_id]) for article_id in sorted(ids))
    sync_actors_graph(store, desired)
    written += replace_incidents(store, incidents_of_articles(Path(out_dir), store_articles(store), RdfInputError))
    update_aggregates(store, dyads | event_dyads(store, graphs))
    store.flush()
    return written


def store_articles(store: Store, without: NamedNode | None = None) -> set[str]:
    """The ids of the articles the store holds (one graph each), leaving out the graph `without`."""
    prefix = article_graph("x").value[:-1]
    return {unquote(graph.value[len(prefix):]) for graph in store.named_graphs()
            if isinstance(graph, NamedNode) and graph.value.startswith(prefix) and graph != without}  # fmt: skip


def _triple_actors(store: Store) -> set[NamedNode]:
    """The actors the store describes from a triple's mention alone (not in actors.jsonl; rare)."""
    origin = text_literal("triple")
    return {quad.subject for quad in store.quads_for_pattern(None, gb("actorOrigin"), origin, ACTORS_GRAPH)}  # type: ignore[misc]


def actors_graph_quads(out_dir: Path, articles: set[str], triple_actors: set[NamedNode]) -> set[Quad]:
    """The actors graph a fresh load of the output gives once it holds exactly `articles`: actors.jsonl
    refolded over them, the gazetteer's additions and, when there are `triple_actors` (actors not in
    actors.jsonl, described from a triple), those described from the first triple that mentions them."""
    output = Output.read(out_dir, stored=articles)
    if triple_actors - {actor_iri(actor_id) for actor_id in output.actors}:
        output.only = articles
        for _ in output.groups():
            pass  # reading the triples collects the actors only they describe
    return {quad for info in output.described_actors() for quad in actor_quads(info)}


def sync_actors_graph(store: Store, desired: set[Quad]) -> int:
    """Make the actors graph exactly `desired`, touching only the quads that differ; returns the change in
    its size (negative when quads went)."""
    current = set(store.quads_for_pattern(None, None, None, ACTORS_GRAPH))
    for quad in current - desired:
        store.remove(quad)
    store.extend(desired - current)
    return len(desired) - len(current)


def remove_article(out_dir: str | Path, article_id: str, store_dir: str | Path | None = None) -> int:
    """Retract an article: drop its graph and bring the actors graph to what a store that never had the
    article holds (actors only it mentioned go, mention counts, descriptions and text ties are those of the
    articles left). Returns quads removed. Nothing is touched when the retraction cannot be exact."""
    store = open_store(store_dir or store_path(out_dir))
    graph = article_graph(article_id)
    if not store.contains_named_graph(graph):
        raise KeyError(f"article {article_id!r} is not in the store {store_dir or store_path(out_dir)}")
    desired = actors_graph_quads(Path(out_dir), store_articles(store, without=graph), _triple_actors(store))
    removed = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    dyads = event_dyads(store, [graph])
    store.remove_graph(graph)
    removed -= sync_actors_graph(store, desired)
    events_before, events_after = sync_incidents(store, incidents_of_articles(Path(out_dir), store_articles(store),
                                                                             RdfInputError))  # fmt: skip
    removed += events_before - events_after
    removed -= update_aggregates(store, dyads)
    store.flush()
    return removed


COUNT_QUERY = f"""PREFIX gb: <{GB}>
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?actor) AS ?actors)
  (COUNT(DISTINCT ?mentioned) AS ?mentioned_actors) (COUNT(DISTINCT ?party) AS ?event_actors)
WHERE {{
  {{ GRAPH ?g {{ ?article a gb:Article }} }} UNION {{ GRAPH ?g {{ ?event a gb:Event }} }}
  UNION {{ GRAPH <{ACTORS_GRAPH.value}> {{ ?actor gb:actorId ?id }} }}
  UNION {{ GRAPH ?g {{ ?mentioned gb:mentionedIn ?x }} }}
  UNION {{ GRAPH ?g {{ ?e a gb:Event . {{ ?e gb:source ?party }} UNION {{ ?e gb:target ?party }} }} }}
}}"""


def count(store: Store, name: str = "") -> LoadReport:
    row = next(iter(store.query(COUNT_QUERY)))
    return LoadReport(store=name, articles=int(row["articles"].value), events=int(row["events"].value),
                      actors_described=int(row["actors"].value), actors_mentioned=int(row["mentioned_actors"].value),
                      actors_in_events=int(row["event_actors"].value), quads=len(store),
                      graphs=sum(1 for _ in store.named_graphs()))  # fmt: skip


def export(store_dir: str | Path, fmt: str, out_file: str | Path) -> int:
    """Write the store to a file. Graph-less formats (turtle, ntriples) get the union of all graphs, each
    triple once; nquads, trig and jsonld keep the named graphs. Returns the number of statements written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    store = open_store(store_dir, read_only=True)
    rdf_format = EXPORT_FORMATS[fmt]
    if fmt in TRIPLE_FORMATS:
        statements = list(store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o "
                                      "WHERE { GRAPH ?g { ?s ?p ?o } } }"))  # fmt: skip
    else:
        statements = list(store.quads_for_pattern(None, None, None, None))
    from pyoxigraph import serialize

    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    serialize(statements, str(out_file), rdf_format, prefixes=prefixes)
    return len(statements)


def rdf_stage(out_dir: Path, options: Any, summary: Any) -> dict[str, Any]:
    """The post-build stage: load the output just written into OUT/rdf/ and report counts."""
    try:
        return load_output(out_dir).to_dict()
    except (OSError, RdfInputError) as error:
        return {"summary": f"failed: {error}", "error": str(error), "exit_code": 1}


rdf_stage.stage_name = "rdf"  # type: ignore[attr-defined]
