"""scripts/normalise_annotations.py: one id per actor in annotation files (normalisation, proposals, the reviewed
map applied without touching anything but actor records). Annotation files are written here; the gazetteer is the
test fixture."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from graphbuild.resolve.gazetteer import load_gazetteer

FIXTURE_GAZETTEER = str(Path(__file__).parent / "fixtures" / "gazetteer")


def _script():  # scripts/ is not a package: load the script from its file
    path = Path(__file__).parent.parent / "scripts" / "normalise_annotations.py"
    spec = importlib.util.spec_from_file_location("normalise_annotations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


norm = _script()


def new(name: str, kind: str = "Person", country: str | None = None) -> dict:
    record = {"id": "new-" + "-".join(name.lower().replace(".", "").split()), "name": name, "type": kind}
    return {**record, "country": country} if country else record


def line(article: str, start: int, triples: list[tuple[dict, str, dict, bool]]) -> str:
    return json.dumps({"annotator": "t1", "article_id": article, "end": start + 40, "lang": "en", "pass": 1,
                       "sentence_hash": "x", "split": "train", "start": start,
                       "triples": [{"optional": o, "relation": r, "source": s, "target": t} for s, r, t, o in triples]},
                      ensure_ascii=False, sort_keys=True)  # fmt: skip


def test_normalise_ignores_case_accents_punctuation_and_a_leading_article() -> None:
    assert norm.normalise("The Middle-East  Quartet") == "middle east quartet"
    assert norm.normalise("José Ramos-Horta") == "jose ramos horta"
    assert norm.normalise("U.S.") == "us" and norm.normalise("Mu'ammar") == "muammar"
    assert norm.normalise("Theresa May") == "theresa may"  # only the word "the" is an article
    assert norm.normalise("") == "" and norm.normalise(None) == ""
    assert norm.loose("Abu Musab al-Zarqawi") == norm.loose("Abu Musab Al Zarqawi") == "abumusabzarqawi"
    assert norm.loose("Kim Kye-gwan") == norm.loose("Kim Kye Gwan")
    assert norm.loose("Georgia") != norm.loose("Georgian")


def test_proposals_match_gazetteer_names_and_group_spellings(tmp_path: Path) -> None:
    gazetteer = load_gazetteer(FIXTURE_GAZETTEER)
    chile = {"id": "CHL", "iso3": "CHL", "name": "Chile", "type": "Country"}
    (tmp_path / "t1-pass1.jsonl").write_text("\n".join([
        line("a-1", 0, [(new("Republic of Peru ", "Country"), "ACCUSE", chile, False)]),
        line("a-1", 50, [(new("the United  Nations", "Organization"), "SUPPORT", chile, True)]),
        line("a-2", 0, [(new("Abu Musab al-Zarqawi"), "ASSAULT", chile, False)]),
        line("a-3", 0, [(new("Abu Musab Zarqawi"), "ASSAULT", chile, False)]),
    ]) + "\n", encoding="utf-8")  # fmt: skip
    found = {p.actor_id: p for p in norm.proposals(norm.annotation_files(tmp_path), gazetteer)}
    assert "CHL" not in found  # gazetteer ids are not listed
    assert found["new-the-united-nations"].gazetteer_ids == ("UN",)
    assert found["new-republic-of-peru"].gazetteer_ids == ()  # no such name in the gazetteer: nothing proposed
    assert found["new-abu-musab-al-zarqawi"].same_name == ("new-abu-musab-zarqawi",)
    assert found["new-abu-musab-zarqawi"].same_name == ("new-abu-musab-al-zarqawi",)
    assert found["new-republic-of-peru"].same_name == ()


def test_apply_rewrites_only_mapped_actor_records_and_is_idempotent(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(norm, "SKIP", ("en11-",))  # a sheet in progress, as it is declared while annotated
    gazetteer = load_gazetteer(FIXTURE_GAZETTEER)
    chile = {"id": "CHL", "iso3": "CHL", "name": "Chile", "type": "Country"}
    un = new("United Nations", "Organization")
    lines = [
        line("a-1", 0, [(un, "REQUEST", chile, False), (chile, "SUPPORT", un, True)]),
        line("a-2", 7, [(un, "ACCUSE", chile, False)]),  # out of the row's scope: stays
        line("a-1", 60, [(new("Ibrahim al-Shammari", country="IRQ"), "ACCUSE", chile, False)]),
        line("a-3", 0, [(new("Ibrahim al-Shemmari", country="IRQ"), "THREATEN", chile, False)]),
        line("a-3", 90, []),
    ]
    sheet = tmp_path / "t1-pass1.jsonl"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    skipped = tmp_path / "en11-pass1.jsonl"  # another annotator's sheet in progress: never touched
    skipped.write_text(lines[0] + "\n", encoding="utf-8")
    table = tmp_path / "actor-map.tsv"
    table.write_text("# reviewed\nfrom_id\tto_id\tscope\treason\nnew-united-nations\tUN\ta-1\tthe UN\n"
                     "new-ibrahim-al-shammari\tnew-ibrahim-al-shemmari\t*\tone spokesman\n",
                     encoding="utf-8")  # fmt: skip
    rows = norm.read_map(table)
    changed = norm.apply_map(tmp_path, rows, gazetteer, write=True)
    assert changed == {"new-united-nations -> UN": 2, "new-ibrahim-al-shammari -> new-ibrahim-al-shemmari": 1,
                       "new-ibrahim-al-shemmari -> new-ibrahim-al-shemmari": 1}  # fmt: skip
    after = [json.loads(text) for text in sheet.read_text(encoding="utf-8").splitlines()]
    before = [json.loads(text) for text in lines]
    un_record = gazetteer.actors["UN"].to_dict()
    un_record.pop("aliases")
    assert after[0]["triples"][0]["source"] == un_record and after[0]["triples"][1]["target"] == un_record
    assert after[1] == before[1]
    merged = {**new("Ibrahim al-Shemmari", country="IRQ"), "aliases": ["Ibrahim al-Shammari"]}  # the other spelling
    assert after[2]["triples"][0]["source"] == merged and after[3]["triples"][0]["source"] == merged
    for old, now in zip(before, after, strict=True):  # offsets, relations, directions, optional flags as annotated
        assert {k: v for k, v in old.items() if k != "triples"} == {k: v for k, v in now.items() if k != "triples"}
        assert [(t["relation"], t["optional"]) for t in old["triples"]] == \
            [(t["relation"], t["optional"]) for t in now["triples"]]  # fmt: skip
    assert skipped.read_text(encoding="utf-8") == lines[0] + "\n"
    assert norm.apply_map(tmp_path, rows, gazetteer, write=True) == {}  # re-running changes nothing


def test_bad_map_and_bad_lines_are_reported_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    gazetteer = load_gazetteer(FIXTURE_GAZETTEER)
    table = tmp_path / "actor-map.tsv"
    table.write_text("from_id\tto_id\tscope\treason\nnew-x\tUN\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actor-map.tsv:2"):
        norm.read_map(table)
    table.write_text("new-x\tnobody-known\t*\ttypo\n", encoding="utf-8")
    with pytest.raises(ValueError, match="nobody-known"):
        norm.apply_map(tmp_path, norm.read_map(table), gazetteer, write=True)
    chile = {"id": "CHL", "iso3": "CHL", "name": "Chile", "type": "Country"}
    good = tmp_path / "t1-pass1.jsonl"
    good.write_text(line("a-1", 0, [(new("United Nations", "Organization"), "AID", chile, False)]) + "\n",
                    encoding="utf-8")  # fmt: skip
    broken = tmp_path / "t2-pass1.jsonl"
    broken.write_text(line("a-1", 0, [(new("United Nations", "Organization"), "AID", chile, False)]) + "\n{oops\n",
                      encoding="utf-8")  # fmt: skip
    broken_text = broken.read_text(encoding="utf-8")
    table.write_text("new-united-nations\tUN\t*\tthe UN\n", encoding="utf-8")
    changed = norm.apply_map(tmp_path, norm.read_map(table), gazetteer, write=True)
    assert changed == {"new-united-nations -> UN": 1}  # the good file is fixed, the broken one left as it is
    assert "t2-pass1.jsonl:2" in capsys.readouterr().err
    assert broken.read_text(encoding="utf-8") == broken_text
