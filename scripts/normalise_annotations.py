"""One id per actor in the annotation files: propose, review, apply.

The annotators sometimes wrote a `new:` actor (id `new-...`) where the gazetteer has the actor, or spelled the
same new actor two ways in two files. This script

    propose [--corpus POOL.jsonl ...]   lists every actor that is not a gazetteer id, with a proposed gazetteer id
                                        where a gazetteer name/alias/acronym matches its name after normalisation,
                                        and groups new actors whose normalised names are equal; with --corpus it
                                        prints the sentences each occurs in, for the review
    apply [--check]                     rewrites the files with the reviewed map (`data/annotations/actor-map.tsv`:
                                        from_id, to_id, scope, reason); only actor records change (to the
                                        gazetteer's record, or the canonical new actor's with the merged
                                        spellings as `aliases`, which scorer and training match); relations, directions,
                                        optional flags and offsets stay. Re-running changes nothing. --check only
                                        reports what would change (exit 1 if anything).

The map is data, decided by reading the sentences: a proposal is kept only where the text means the gazetteer's
actor. `scope` is `*` (every occurrence) or a comma-separated list of `article_id` values.
Files matching `SKIP` (another annotator's sheet in progress) are never touched.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "data" / "annotations"
MAP_FILE = ANNOTATIONS / "actor-map.tsv"
SKIP: tuple[str, ...] = ()  # file-name prefixes of sheets still being annotated (none since 2026-12-07)
_LEADING = "the "  # "the Quartet" = "Quartet"


def normalise(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of an actor name; a leading article is dropped.

    >>> normalise("The Middle-East Quartet")
    'middle east quartet'
    """
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`.]", "", text)  # "Mu'ammar", "U.S." -> "muammar", "us"
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return text[len(_LEADING) :] if text.startswith(_LEADING) else text


def loose(name: str | None) -> str:
    """`normalise` without al-/el- prefixes inside the name and without spaces: for grouping spellings of one
    new actor ("Abu Musab al-Zarqawi" / "Abu Musab Al Zarqawi" / "AbuMusab Zarqawi")."""
    words = [w for w in normalise(name).split() if w not in ("al", "el")]
    return "".join(words)


@dataclass(frozen=True)
class MapRow:
    from_id: str
    to_id: str
    scope: frozenset[str] | None  # None: everywhere
    reason: str

    def applies(self, article_id: str) -> bool:
        return self.scope is None or article_id in self.scope


@dataclass
class Occurrence:
    path: Path
    line: int
    article_id: str
    start: int
    end: int
    role: str  # source | target
    actor: dict[str, Any]


def annotation_files(directory: Path) -> list[Path]:
    return [p for p in sorted(directory.glob("*.jsonl")) if not p.name.startswith(SKIP)]


def occurrences(paths: Iterable[Path]) -> Iterator[Occurrence]:
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                for triple in row["triples"]:
                    for role in ("source", "target"):
                        yield Occurrence(path, number, row["article_id"], row["start"], row["end"], role, triple[role])
            except (ValueError, KeyError, TypeError) as error:
                print(f"{path}:{number}: not an annotation line: {error}", file=sys.stderr)


def gazetteer_index(gazetteer: Any) -> dict[str, set[str]]:
    """Normalised canonical names, names, aliases and acronyms -> gazetteer actor ids."""
    index: dict[str, set[str]] = defaultdict(set)
    for actor in gazetteer.actors.values():
        for text in (actor.name, actor.id, *actor.aliases):
            index[normalise(text)].add(actor.id)
    for surface in gazetteer.surfaces:
        if surface.kind in ("name", "acronym"):
            index[normalise(surface.text)].add(surface.actor_id)
    index.pop("", None)
    return index


def gazetteer_record(actor: Any) -> dict[str, Any]:
    """The contract's actor record of a gazetteer actor (as `scripts/annotate.py` writes it)."""
    record = actor.to_dict()
    record.pop("aliases", None)
    return record


def read_map(path: Path) -> list[MapRow]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t"), 1):
            if not row or row[0].startswith("#") or row[0] == "from_id":
                continue
            if len(row) != 4:
                raise ValueError(f"{path}:{number}: want 4 tab-separated columns (from_id to_id scope reason)")
            scope = None if row[2].strip() == "*" else frozenset(a.strip() for a in row[2].split(","))
            rows.append(MapRow(row[0].strip(), row[1].strip(), scope, row[3].strip()))
    return rows


def canonical_new_records(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """The most frequent record of each new (non-gazetteer) id, the target record of a merge of spellings."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for occ in occurrences(paths):
        seen[occ.actor["id"]][json.dumps(occ.actor, sort_keys=True)] += 1
    return {actor_id: json.loads(c.most_common(1)[0][0]) for actor_id, c in seen.items()}


def remap(actor: dict[str, Any], article_id: str, rows: dict[str, list[MapRow]],
          targets: dict[str, dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    """The actor record after the map: the target's record where a row applies, else unchanged."""
    for row in rows.get(actor.get("id", ""), []):
        if row.applies(article_id):
            return dict(targets[row.to_id])
    return actor


def apply_map(directory: Path, rows: list[MapRow], gazetteer: Any, write: bool) -> Counter[str]:
    """Rewrite the files with the map; returns the number of actor records changed per (from -> to)."""
    paths = annotation_files(directory)
    targets = {a.id: gazetteer_record(a) for a in gazetteer.actors.values()}
    new_records = canonical_new_records(paths)
    by_from: dict[str, list[MapRow]] = defaultdict(list)
    for row in rows:
        if row.to_id not in targets:
            if row.to_id not in new_records:
                raise ValueError(f"actor-map: {row.from_id} -> {row.to_id}: not a gazetteer id nor an annotated actor")
            targets[row.to_id] = dict(new_records[row.to_id])
        by_from[row.from_id].append(row)
    for row in rows:
        if row.to_id not in gazetteer.actors and row.from_id in new_records:
            add_alias(targets[row.to_id], new_records[row.from_id]["name"])
            by_from.setdefault(row.to_id, [MapRow(row.to_id, row.to_id, None, "the merged actor's record")])
    changed: Counter[str] = Counter()
    for path in paths:
        try:
            text, counts = rewrite(path, by_from, targets)
        except ValueError as error:  # a bad line: say where, leave that file as it is, go on with the others
            print(error, file=sys.stderr)
            continue
        changed += counts
        if write and text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
    return changed


def add_alias(record: dict[str, Any], name: str) -> None:
    """A merged new actor keeps its other spellings as `aliases` (the triples contract's gold aliases): the scorer
    and the learned scorer's training match an actor by name or alias, and the article may use either spelling."""
    names = set(record.get("aliases", [])) | {name}
    names.discard(record["name"])
    if names:
        record["aliases"] = sorted(names)


def rewrite(path: Path, by_from: dict[str, list[MapRow]], targets: dict[str, dict[str, Any]]
            ) -> tuple[str, Counter[str]]:  # fmt: skip
    """The file's text with the map applied (lines written as the annotation tools write them), and the changes."""
    changed: Counter[str] = Counter()
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            out.append(line)
            continue
        try:
            row = json.loads(line)
            for triple in row["triples"]:
                for role in ("source", "target"):
                    new = remap(triple[role], row["article_id"], by_from, targets)
                    if new != triple[role]:
                        changed[f"{triple[role]['id']} -> {new['id']}"] += 1
                        triple[role] = new
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not an annotation line ({error}); file left unchanged") from error
        out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return "\n".join(out) + "\n", changed


def sentence_texts(corpora: list[str]) -> dict[str, str]:
    texts = {}
    for corpus in corpora:
        with open(corpus, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                texts[row["id"]] = row["text"]
    return texts


@dataclass(frozen=True)
class Proposal:
    """An actor id that is not a gazetteer id, with the gazetteer ids and other new ids its name matches."""

    actor_id: str
    name: str
    occurrences: tuple[Occurrence, ...]
    gazetteer_ids: tuple[str, ...]
    same_name: tuple[str, ...]


def proposals(paths: Iterable[Path], gazetteer: Any) -> list[Proposal]:
    """Every non-gazetteer actor id of the files, most frequent first, with what its name matches."""
    index = gazetteer_index(gazetteer)
    by_id: dict[str, list[Occurrence]] = defaultdict(list)
    for occ in occurrences(paths):
        if occ.actor.get("id") not in gazetteer.actors:
            by_id[occ.actor["id"]].append(occ)
    groups: dict[str, set[str]] = defaultdict(set)
    for actor_id, items in by_id.items():
        groups[loose(items[0].actor.get("name"))].add(actor_id)
    out = []
    for actor_id, items in sorted(by_id.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        name = str(items[0].actor.get("name", ""))
        out.append(Proposal(actor_id, name, tuple(items), tuple(sorted(index.get(normalise(name), ()))),
                            tuple(sorted(groups[loose(name)] - {actor_id}))))  # fmt: skip
    return out


def propose(directory: Path, gazetteer: Any, corpora: list[str]) -> None:
    found = proposals(annotation_files(directory), gazetteer)
    texts = sentence_texts(corpora) if corpora else {}
    print(f"# {len(found)} actor ids that are not gazetteer ids ({sum(len(p.occurrences) for p in found)} occurrences)")
    for p in found:
        if not (p.gazetteer_ids or p.same_name or corpora):
            continue
        files = sorted({o.path.name.split("-pass")[0] for o in p.occurrences})
        print(f"{p.actor_id}\t{p.name!r}\t{p.occurrences[0].actor.get('type')}\tx{len(p.occurrences)}\t{','.join(files)}"
              f"\tgazetteer={','.join(p.gazetteer_ids) or '-'}\tsame-name={','.join(p.same_name) or '-'}")  # fmt: skip
        if texts and (p.gazetteer_ids or p.same_name):
            for occ in p.occurrences[:4]:
                text = texts.get(occ.article_id, "")[occ.start : occ.end].replace("\n", " ")
                print(f"    {occ.article_id}#{occ.start} {occ.role}: {text[:300]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("propose", "apply"))
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--map", type=Path, default=MAP_FILE)
    parser.add_argument("--corpus", action="append", default=[], help="pool JSONL, to show the sentences")
    parser.add_argument("--check", action="store_true", help="apply: only report what would change")
    parser.add_argument("--gazetteer", help="gazetteer folder (default: the project's data/gazetteer)")
    args = parser.parse_args(argv)
    from graphbuild.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(args.gazetteer)
    if args.command == "propose":
        propose(args.annotations, gazetteer, args.corpus)
        return 0
    changed = apply_map(args.annotations, read_map(args.map), gazetteer, write=not args.check)
    for key, count in sorted(changed.items()):
        print(f"{count}\t{key}")
    print(f"{sum(changed.values())} actor records {'to change' if args.check else 'changed'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
