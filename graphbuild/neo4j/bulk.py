"""CSV files for `neo4j-admin database import full`: the same graph the Bolt loader builds, for big corpora.

    graphbuild export out/ --format neo4j-import --out out/neo4j-import
    neo4j-admin database import full --overwrite-destination $(cat out/neo4j-import/import.args) neo4j

Node ids are numbers (`--id-type=actual`, `NodeNumbers`): neo4j-admin writes each node at its number and keeps
no id map of its own, which was about a third of its time; the string ids are the nodes' `id` properties, as
the Bolt loader stores them. Every value is written explicitly: a missing value is an empty unquoted field (no
property), a string is always quoted (so an empty title stays an empty string), booleans are `true`/`false`.
Aggregates are computed here with the loader's rules (non-negated events per source, type and target).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from graphbuild.neo4j.incidents import distinct_of, incident_csv_rows
from graphbuild.neo4j.records import (
    AFFILIATION_TYPES,
    ActorEntry,
    Neo4jInputError,
    OutputReader,
    checked_relation,
    placeholder_article,
)  # fmt: skip

ARRAY_DELIMITER = ";"
READ_BUFFER = 256 * 1024


def _field(value: Any) -> str:
    if value.__class__ is str:  # most values: the quick way first
        return '"' + (value.replace('"', '""') if '"' in value else value) + '"'
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        value = ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, ",") for item in value)
    return '"' + str(value).replace('"', '""') + '"'


class NodeNumbers:
    """The import's node ids: one counter over all nodes, a node numbered where it is first named (its own row
    or a relationship's end), per id space (`Event`, `Actor` ...). `node` marks a node's row as written, so a
    relationship to a node no file holds, or a node written twice, is caught here with its id."""

    def __init__(self) -> None:
        self.spaces: dict[str, dict[str, int]] = {}
        self.written = bytearray()  # by number: 1 once the node's row is written

    def of(self, space: str, key: str) -> int:
        numbers = self.spaces.setdefault(space, {})
        number = numbers.get(key)
        if number is None:
            number = numbers[key] = len(self.written)
            self.written.append(0)
        return number

    def node(self, space: str, key: str) -> int:
        number = self.of(space, key)
        if self.written[number]:
            raise Neo4jInputError(f"{space} node {key!r} is written twice in the import files")
        self.written[number] = 1
        return number

    def check_complete(self) -> None:
        """Every node a relationship names has a row (neo4j-admin refuses a relationship to a missing node)."""
        if self.written.count(0):
            missing = [f"{space} {key!r}" for space, numbers in self.spaces.items() for key, number in numbers.items()
                       if not self.written[number]]  # fmt: skip
            raise Neo4jInputError(f"relationships name nodes no import file has: {', '.join(missing[:5])}"
                                  + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))  # fmt: skip


_NODE_ID = re.compile(r"^id:ID\((\w+)\)$")
_END_ID = re.compile(r"^:(?:START|END)_ID\((\w+)\)$")


class CsvFile:
    """One CSV file written row by row; `count` rows so far, `multiline` once a value held a line break (only
    such files are given to neo4j-admin as multi-line: reading a file that way is much slower).

    Rows name nodes by their string ids, as the header says (`id:ID(Event)` for a node file, `:START_ID(Event)`
    and `:END_ID(Actor)` for a relationship file); the file gets their numbers (`NodeNumbers`), a node file
    its string id as the `id` property besides. `fixed`: the value every row has in the last column (`:LABEL`
    or `:TYPE`, e.g. `Event`); the file then has no such column and neo4j-admin is given the label or type
    with the file (`--nodes=Event=FILE`): one field less to read per row (a row with another value is refused)."""

    def __init__(self, handle: IO[str], header: Sequence[str], numbers: NodeNumbers, fixed: str | None = None) -> None:
        self.handle, self.count, self.multiline, self.numbers, self.fixed = handle, 0, False, numbers, fixed
        self.longest = 0  # the longest row, in characters
        if fixed is not None:
            if header[-1] not in (":LABEL", ":TYPE"):
                raise ValueError(f"a fixed label or type needs a last :LABEL or :TYPE column: {header}")
            header = header[:-1]
        node = _NODE_ID.match(header[0])
        self.node_space = node.group(1) if node else None
        ends = [_END_ID.match(name) for name in header[:2]] if node is None else []
        self.end_spaces = [m.group(1) for m in ends if m]
        if node is not None:
            header = [f":ID({self.node_space})", "id", *header[1:]]
        elif len(self.end_spaces) != 2:
            raise ValueError(f"not a node or relationship header: {header}")
        handle.write(",".join(header) + "\n")

    def row(self, values: Sequence[Any]) -> None:
        if self.fixed is not None:
            if values[-1] != self.fixed:
                raise ValueError(f"a row of a {self.fixed} file has {values[-1]!r} as its label or type")
            values = values[:-1]
        if self.node_space is not None:  # the string id stays, as the `id` property
            ids, rest = [self.numbers.node(self.node_space, values[0])], values
        else:
            start, end = self.end_spaces
            ids, rest = [self.numbers.of(start, values[0]), self.numbers.of(end, values[1])], values[2:]
        line = ",".join([*map(str, ids), *map(_field, rest)])
        if not self.multiline and ("\n" in line or "\r" in line):
            self.multiline = True
        if len(line) > self.longest:
            self.longest = len(line)
        self.handle.write(line + "\n")
        self.count += 1


def _fixed(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str | None:
    """The label or type all `rows` share in their last column (`:LABEL`/`:TYPE`), if they share one."""
    if header[-1] not in (":LABEL", ":TYPE") or not rows:
        return None
    value = rows[0][-1]
    return value if all(row[-1] == value for row in rows) else None


def _write(result: ImportFiles, name: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
           fixed: str | None = None) -> None:  # fmt: skip
    with (result.directory / name).open("w", encoding="utf-8", newline="\n") as handle:
        csv = CsvFile(handle, header, result.numbers, fixed)
        for row in rows:
            csv.row(row)
    result.note(name, csv)


EVENT_PROPS = ("relation", "date", "mode", "negated", "confidence", "sentence", "trigger", "rule", "cameo",
               "goldstein", "language", "extractor", "event_date", "date_precision", "date_rule", "source_rule",
               "target_rule", "rules")  # fmt: skip
EVENT_TYPES = {"negated": "boolean", "confidence": "double", "goldstein": "double", "rules": "string[]"}


@dataclass
class ImportFiles:
    """What `export_import_csv` wrote: file name -> rows, and the neo4j-admin arguments that read them."""

    directory: Path
    files: dict[str, int] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)
    multiline: set[str] = field(default_factory=set)  # the files with a line break inside a value
    numbers: NodeNumbers = field(default_factory=NodeNumbers)
    fixed: dict[str, str] = field(default_factory=dict)  # file → the label(s) or type of all its rows
    longest: int = 0  # the longest row of all files, in characters

    def note(self, name: str, csv: CsvFile) -> None:
        self.files[name] = csv.count
        if csv.multiline:
            self.multiline.add(name)
        if csv.fixed is not None:
            self.fixed[name] = csv.fixed
        self.longest = max(self.longest, csv.longest)

    @property
    def read_buffer(self) -> int:
        """neo4j-admin's --read-buffer-size: 256 KiB (the import measured faster than with its 4 MiB default,
        perhaps as a file of a few MB is then more than one chunk for its threads), or a power of two of at least
        four times the longest row's characters (a value must fit in a buffer)."""
        size = READ_BUFFER
        while size < 4 * self.longest:
            size *= 2
        return size

    def arg(self, name: str) -> str:
        """`--nodes=[LABEL[:LABEL...]=]FILE` or `--relationships=[TYPE=]FILE`."""
        option = "--nodes=" if name.startswith("nodes-") else "--relationships="
        fixed = self.fixed.get(name)
        return option + (fixed.replace(ARRAY_DELIMITER, ":") + "=" if fixed else "") + str(self.directory / name)

    @property
    def summary(self) -> str:
        nodes = sum(n for name, n in self.files.items() if name.startswith("nodes-"))
        rels = sum(n for name, n in self.files.items() if name.startswith("rels-"))
        return f"{nodes} nodes and {rels} relationships in {len(self.files)} CSV files under {self.directory}"


class Aggregates:
    """One row per (source, type, target) over the non-negated events, as the loader recomputes them; fed
    one event at a time (running count, date range and Goldstein sum)."""

    def __init__(self, distinct: dict[str, str] | None = None) -> None:
        self.found: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.distinct = distinct or {}  # triple id → incident id (events.jsonl)
        self.members: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}  # (incidents, articles)

    def add(self, event: dict[str, Any]) -> None:
        props = event["props"]
        if props["negated"]:
            return
        key = (event["source"], event["relation"], event["target"])
        row = self.found.setdefault(key, {"source": key[0], "relation": key[1], "target": key[2], "events": 0,
                                          "first_date": None, "last_date": None, "goldstein_sum": 0.0})  # fmt: skip
        row["events"] += 1
        row["goldstein_sum"] += props["goldstein"]
        incidents, articles = self.members.setdefault(key, (set(), set()))
        articles.add(event["article"])
        if event["id"] in self.distinct:
            incidents.add(self.distinct[event["id"]])
        date = props.get("date")
        if date:
            row["first_date"] = min(row["first_date"] or date, date)
            row["last_date"] = max(row["last_date"] or date, date)

    def rows(self) -> list[dict[str, Any]]:
        return [self.found[key] | {"goldstein_sum": round(self.found[key]["goldstein_sum"], 4),
                                   "distinct_events": len(self.members[key][0]),
                                   "articles": len(self.members[key][1])} for key in sorted(self.found)]  # fmt: skip


def _actor_nodes(entries: dict[str, ActorEntry], mention_actors: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    actors = dict(mention_actors)
    actors.update({aid: entry.row for aid, entry in entries.items()})
    # an affiliation's far end the gazetteer did not know: a bare node, as the loader's MERGE makes it
    for entry in entries.values():
        for tie in entry.affiliations:
            actors.setdefault(tie["organisation"], {"id": tie["organisation"], "type": None})
    return [actors[aid] for aid in sorted(actors)]


EVENT_FILES = {"nodes-events.csv": None, "rels-source.csv": ("source", "Actor"),
               "rels-target.csv": ("target", "Actor"), "rels-reported_in.csv": ("article", "Article")}  # fmt: skip


Streamed = tuple[dict[str, dict[str, Any]], set[tuple[str, str]], Aggregates]


def _stream_events(reader: OutputReader, directory: Path, articles: CsvFile, article_ids: dict[str, None],
                   result: ImportFiles) -> Streamed:  # fmt: skip
    """One pass over triples.jsonl writing the event nodes and their three relationships; returns the actors
    known only from mentions, the (actor, article) pairs of the events, and the aggregates."""
    header = ["id:ID(Event)"] + [f"{p}:{EVENT_TYPES[p]}" if p in EVENT_TYPES else p for p in EVENT_PROPS] + [":LABEL"]
    mention_actors: dict[str, dict[str, Any]] = {}
    pairs: set[tuple[str, str]] = set()
    totals = Aggregates(distinct_of(reader.out))
    with ExitStack() as stack:
        files = {}
        for name, rel in EVENT_FILES.items():
            handle = stack.enter_context((directory / name).open("w", encoding="utf-8", newline="\n"))
            files[name] = CsvFile(handle, header if rel is None else
                                  [":START_ID(Event)", f":END_ID({rel[1]})", ":TYPE"], result.numbers,
                                  "Event" if rel is None else name[5:-4].upper())  # fmt: skip
        for run in reader.runs():
            if run.article not in article_ids:
                article_ids[run.article] = None
                row = placeholder_article(run.article)
                articles.row([row["id"], row["title"], row["url"], row["date"], row["language"], "Article"])
            for actor_id, row in run.actors.items():
                if actor_id not in reader.actors:
                    mention_actors.setdefault(actor_id, row)
            for event in run.events:
                files["nodes-events.csv"].row([event["id"], *(event["props"].get(p) for p in EVENT_PROPS), "Event"])
                for name, rel in EVENT_FILES.items():
                    if rel is not None:
                        files[name].row([event["id"], event[rel[0]], name[5:-4].upper()])
                pairs.update((event[role], event["article"]) for role in ("source", "target"))
                totals.add(event)
        for name, csv in files.items():
            result.note(name, csv)
    return mention_actors, pairs, totals


def export_import_csv(out_dir: str | Path, target: str | Path) -> ImportFiles:
    """Write nodes-*.csv, rels-*.csv and import.args (the neo4j-admin arguments, relative file names).
    triples.jsonl is streamed; held in memory are actors.jsonl, article ids, (actor, article) pairs and the
    aggregates (one per source, type and target)."""
    reader = OutputReader(out_dir)
    directory = Path(target)
    directory.mkdir(parents=True, exist_ok=True)
    result = ImportFiles(directory)
    article_ids: dict[str, None] = {}
    with (directory / "nodes-articles.csv").open("w", encoding="utf-8", newline="\n") as handle:
        articles = CsvFile(handle, ["id:ID(Article)", "title", "url", "date", "language", ":LABEL"], result.numbers,
                           "Article")  # fmt: skip
        for a in reader.articles():
            article_ids[a["id"]] = None
            articles.row([a["id"], a["title"], a["url"], a["date"], a["language"], "Article"])
        mention_actors, pairs, totals = _stream_events(reader, directory, articles, article_ids, result)
        result.note("nodes-articles.csv", articles)
    for row in reader.gazetteer_actors(set(mention_actors)):
        mention_actors[row["id"]] = row
    actors = _actor_nodes(reader.actors, mention_actors)
    _write(
        result, "nodes-actors.csv",
        ["id:ID(Actor)", "name", "iso3", "country", "wikidata", "aliases:string[]", ":LABEL"],
        ([a["id"], a.get("name"), a.get("iso3"), a.get("country"), a.get("wikidata"), a.get("aliases") or None,
          "Actor" + (f";{a['type']}" if a.get("type") else "")] for a in actors),
    )  # fmt: skip
    pairs |= {(aid, art) for aid, entry in reader.actors.items() for art in entry.articles if art in article_ids}
    _write(
        result, "rels-mentioned_in.csv", [":START_ID(Actor)", ":END_ID(Article)", ":TYPE"],
        ([actor, article, "MENTIONED_IN"] for actor, article in sorted(pairs)), "MENTIONED_IN",
    )  # fmt: skip
    ties = [t for entry in reader.actors.values() for t in entry.affiliations if t["type"] in AFFILIATION_TYPES]
    _write(
        result, "rels-affiliations.csv",
        [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "key", "role", "from", "to", "rule"],
        ([t["person"], t["organisation"], t["type"], t["key"], t["role"], t["from"], t["to"], t["rule"]]
         for t in ties),
    )  # fmt: skip
    _write(
        result, "rels-aggregates.csv",
        [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "events:long", "first_date", "last_date",
         "goldstein_sum:double", "distinct_events:long", "articles:long"],
        ([a["source"], a["target"], checked_relation(a["relation"]), a["events"], a["first_date"], a["last_date"],
          a["goldstein_sum"], a["distinct_events"], a["articles"]] for a in totals.rows()),
    )  # fmt: skip
    for name, (header, rows) in incident_csv_rows(out_dir, set(article_ids)).items():  # events.jsonl's incidents
        _write(result, name, header, rows, _fixed(header, rows))
    result.numbers.check_complete()
    result.args = [result.arg(name) for name in sorted(result.files) if name.startswith("nodes-")]
    result.args += [result.arg(name) for name in sorted(result.files) if name.startswith("rels-")]
    if result.multiline:  # only these files are read the slow, multi-line way
        slow = ",".join(str(directory / name) for name in sorted(result.multiline))
        result.args += ["--multiline-fields-format=v2", f"--multiline-fields={slow}"]
    result.args += ["--id-type=actual", f"--array-delimiter={ARRAY_DELIMITER}",
                    f"--read-buffer-size={result.read_buffer}"]  # fmt: skip
    result.args.append(f"--report-file={directory / 'import.report'}")
    (directory / "import.args").write_text("\n".join(result.args) + "\n", encoding="utf-8")
    return result


def export_command(out_dir: Path, target: Path | None) -> int:
    """`graphbuild export OUT --format neo4j-import [--out DIR]` (default OUT/neo4j-import)."""
    import sys

    from graphbuild.neo4j.records import Neo4jInputError

    try:
        result = export_import_csv(out_dir, target or out_dir / "neo4j-import")
    except Neo4jInputError as error:
        print(f"graphbuild: {error}", file=sys.stderr)
        return 2
    print(result.summary)
    print(f"import: neo4j-admin database import full --overwrite-destination "
          f"$(cat {result.directory / 'import.args'}) neo4j")  # fmt: skip
    return 0
