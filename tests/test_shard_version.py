"""The shard done-marker's version holds a hash of the extraction code and data: a change to a .py file of the
package or to a data file extraction reads invalidates the finished shards; other files do not."""

from __future__ import annotations

import json
from pathlib import Path

from graphbuild.parts import PartStats
from graphbuild.shards import DONE_MARKER, code_hash, extractor_version, make_shard, read_done
from tests.neo4j_corpus import article


def _tree(root: Path) -> tuple[Path, Path]:
    package, data = root / "pkg", root / "data"
    for path, text in {package / "a.py": "A = 1\n", package / "sub" / "b.py": "B = 2\n",
                       package / "notes.txt": "not code\n", data / "relations.yaml": "AGREE: {}\n",
                       data / "gazetteer" / "states.tsv": "RUS\tRussia\n",
                       data / "samples" / "news.txt": "sample\n"}.items():  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package, data


def test_code_hash_follows_the_code_and_the_extraction_data(tmp_path: Path) -> None:
    package, data = _tree(tmp_path)
    first = code_hash(package, data)
    assert len(first) == 64 and code_hash(package, data) == first
    (package / "notes.txt").write_text("changed\n", encoding="utf-8")
    (data / "samples" / "news.txt").write_text("changed\n", encoding="utf-8")
    assert code_hash(package, data) == first  # neither code nor extraction data
    changes = [package / "sub" / "b.py", data / "gazetteer" / "states.tsv", data / "relations.yaml"]
    seen = {first}
    for path in changes:
        path.write_text(path.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
        seen.add(code_hash(package, data))
    assert len(seen) == 1 + len(changes)
    (package / "new.py").write_text("", encoding="utf-8")
    assert code_hash(package, data) not in seen


def test_a_code_change_invalidates_a_finished_shard(tmp_path: Path) -> None:
    version = extractor_version("none", "none", 0.0)
    assert version["code"] == code_hash()
    shard = make_shard(0, [article(1, "2024-01-05")], version, tmp_path)
    shard.folder.mkdir(parents=True)
    for name in ("articles.jsonl", "triples.jsonl", "actors.jsonl"):
        (shard.folder / name).write_text("", encoding="utf-8")
    marker = {"input_hash": shard.input_hash, "version": version, "stats": PartStats(articles=1).to_dict()}
    (shard.folder / DONE_MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert read_done(shard.folder, shard.input_hash, version) == PartStats(articles=1)
    changed = version | {"code": "0" * 64}
    assert read_done(shard.folder, shard.input_hash, changed) is None
    assert make_shard(0, shard.articles, changed, tmp_path).name != shard.name  # a new shard, extracted again
