"""CSV files for `neo4j-admin database import full`: the same graph the Bolt loader builds, for big corpora.

    graphbuild export out/ --format neo4j-import --out out/neo4j-import
    neo4j-admin database import full --overwrite-destination $(cat out/neo4j-import/import.args) neo4j

Every value is written explicitly: a missing value is an empty unquoted field (no property), a string is always
quoted (so an empty title stays an empty string), booleans are `true`/`false`. Aggregates are computed here
with the loader's rules (non-negated events per source, type and target).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.neo4j.records import AFFILIATION_TYPES, OutputRows, checked_relation, read_output

ARRAY_DELIMITER = ";"


def _field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        value = ARRAY_DELIMITER.join(str(item).replace(ARRAY_DELIMITER, ",") for item in value)
    return '"' + str(value).replace('"', '""') + '"'


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(",".join(header) + "\n")
        for row in rows:
            handle.write(",".join(_field(value) for value in row) + "\n")
            count += 1
    return count


EVENT_PROPS = ("relation", "date", "mode", "negated", "confidence", "sentence", "trigger", "rule", "cameo",
               "goldstein", "language", "extractor")  # fmt: skip
EVENT_TYPES = {"negated": "boolean", "confidence": "double", "goldstein": "double"}


@dataclass
class ImportFiles:
    """What `export_import_csv` wrote: file name -> rows, and the neo4j-admin arguments that read them."""

    directory: Path
    files: dict[str, int] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        nodes = sum(n for name, n in self.files.items() if name.startswith("nodes-"))
        rels = sum(n for name, n in self.files.items() if name.startswith("rels-"))
        return f"{nodes} nodes and {rels} relationships in {len(self.files)} CSV files under {self.directory}"


def aggregates(rows: OutputRows) -> list[dict[str, Any]]:
    """One row per (source, type, target) over the non-negated events, as the loader recomputes them."""
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for event in rows.events:
        props = event["props"]
        if props["negated"]:
            continue
        key = (event["source"], event["relation"], event["target"])
        row = found.setdefault(key, {"source": key[0], "relation": key[1], "target": key[2], "events": 0,
                                     "dates": [], "goldstein_sum": 0.0})  # fmt: skip
        row["events"] += 1
        row["goldstein_sum"] += props["goldstein"]
        if props.get("date"):
            row["dates"].append(props["date"])
    result = []
    for key in sorted(found):
        row = found[key]
        dates = row.pop("dates")
        row.update(first_date=min(dates) if dates else None, last_date=max(dates) if dates else None,
                   goldstein_sum=round(row["goldstein_sum"], 4))  # fmt: skip
        result.append(row)
    return result


def _actor_nodes(rows: OutputRows) -> list[dict[str, Any]]:
    actors = {aid: row for aid, row in rows.mention_actors.items()}
    actors.update({aid: entry.row for aid, entry in rows.actors.items()})
    # an affiliation's far end the gazetteer did not know: a bare node, as the loader's MERGE makes it
    for entry in rows.actors.values():
        for tie in entry.affiliations:
            actors.setdefault(tie["organisation"], {"id": tie["organisation"], "type": None})
    return [actors[aid] for aid in sorted(actors)]


def export_import_csv(out_dir: str | Path, target: str | Path) -> ImportFiles:
    """Write nodes-*.csv, rels-*.csv and import.args (the neo4j-admin arguments, relative file names)."""
    rows = read_output(out_dir)
    directory = Path(target)
    directory.mkdir(parents=True, exist_ok=True)
    result = ImportFiles(directory)
    actors = _actor_nodes(rows)
    result.files["nodes-actors.csv"] = _write(
        directory / "nodes-actors.csv",
        ["id:ID(Actor)", "name", "iso3", "country", "wikidata", "aliases:string[]", ":LABEL"],
        ([a["id"], a.get("name"), a.get("iso3"), a.get("country"), a.get("wikidata"), a.get("aliases") or None,
          "Actor" + (f";{a['type']}" if a.get("type") else "")] for a in actors),
    )  # fmt: skip
    result.files["nodes-articles.csv"] = _write(
        directory / "nodes-articles.csv", ["id:ID(Article)", "title", "url", "date", "language", ":LABEL"],
        ([a["id"], a["title"], a["url"], a["date"], a["language"], "Article"] for a in rows.articles),
    )  # fmt: skip
    header = ["id:ID(Event)"] + [f"{p}:{EVENT_TYPES[p]}" if p in EVENT_TYPES else p for p in EVENT_PROPS] + [":LABEL"]
    result.files["nodes-events.csv"] = _write(
        directory / "nodes-events.csv", header,
        ([e["id"], *(e["props"].get(p) for p in EVENT_PROPS), "Event"] for e in rows.events),
    )  # fmt: skip
    for role, end, space in (("source", "source", "Actor"), ("target", "target", "Actor"),
                             ("reported_in", "article", "Article")):  # fmt: skip
        result.files[f"rels-{role}.csv"] = _write(
            directory / f"rels-{role}.csv", [":START_ID(Event)", f":END_ID({space})", ":TYPE"],
            ([e["id"], e[end], role.upper()] for e in rows.events),
        )  # fmt: skip
    result.files["rels-mentioned_in.csv"] = _write(
        directory / "rels-mentioned_in.csv", [":START_ID(Actor)", ":END_ID(Article)", ":TYPE"],
        ([m["actor"], m["article"], "MENTIONED_IN"] for m in rows.mentions()),
    )  # fmt: skip
    ties = [t for entry in rows.actors.values() for t in entry.affiliations if t["type"] in AFFILIATION_TYPES]
    result.files["rels-affiliations.csv"] = _write(
        directory / "rels-affiliations.csv",
        [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "key", "role", "from", "to", "rule"],
        ([t["person"], t["organisation"], t["type"], t["key"], t["role"], t["from"], t["to"], t["rule"]]
         for t in ties),
    )  # fmt: skip
    result.files["rels-aggregates.csv"] = _write(
        directory / "rels-aggregates.csv",
        [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "events:long", "first_date", "last_date",
         "goldstein_sum:double"],
        ([a["source"], a["target"], checked_relation(a["relation"]), a["events"], a["first_date"], a["last_date"],
          a["goldstein_sum"]] for a in aggregates(rows)),
    )  # fmt: skip
    result.args = [f"--nodes={directory / name}" for name in sorted(result.files) if name.startswith("nodes-")]
    result.args += [f"--relationships={directory / name}" for name in sorted(result.files) if name.startswith("rels-")]
    result.args += ["--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}",
                    f"--report-file={directory / 'import.report'}"]
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

