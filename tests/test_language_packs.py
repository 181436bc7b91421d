"""Language packs (data/lang/<code>/ + graphbuild/lang/<code>.py): the supported languages come from the packs,
Malay (`ms`) is the third, language detection tells Malay from Indonesian, and a language without a pack is
still processed with a warning naming the article. Real data and the real gazetteer; every sentence our own."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import graphbuild
from graphbuild.extract import Extractor, make_extractor
from graphbuild.ingest.text import furniture_spans, guess_language
from graphbuild.lang import fallback_pack, pack_for, pack_words, packs, supported_languages, union_words, word_lists
from graphbuild.model import Article, Triple
from graphbuild.paths import PACKAGE_DIR, data_dir, load_yaml
from tests.test_cli import graphbuild as cli


@cache
def extractor(model: str = "none") -> Extractor:
    return make_extractor(parser="none", model=model)


def extract(tmp_path: Path, text: str, lang: str | None = "ms", date: str = "2024-03-04",
            model: str = "none") -> list[Triple]:  # fmt: skip
    path = tmp_path / "article.jsonl"
    record = {"id": "t", "title": "", "text": text, "date": date, **({"lang": lang} if lang else {})}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles = [a for a in graphbuild.read_articles([str(path)]) if isinstance(a, Article)]
    return next(iter(extractor(model).extract(articles))).triples


def state_dyads(triples: list[Triple]) -> set[tuple[str, str, str]]:
    """Each actor reduced to its state, as the scorer's dyad level does."""
    return {(t.source.actor.state or t.source.actor.id, t.relation, t.target.actor.state or t.target.actor.id)
            for t in triples if not t.negated}  # fmt: skip


def test_supported_languages_are_the_packs() -> None:
    folders = sorted(p.name for p in (data_dir() / "lang").iterdir() if (p / "pack.yaml").is_file())
    assert list(supported_languages()) == folders and {"en", "id", "ms"} <= set(folders)
    assert fallback_pack().code == "en"
    for code, pack in packs().items():
        assert (data_dir() / "lang" / code / "lexicon.yaml").is_file(), code
        assert pack.function_words, code
    assert pack_for("xx") is fallback_pack()


def test_no_language_branches_outside_the_packs() -> None:
    """`lang == …` / `language == …` nowhere in the package but in the hook modules (graphbuild/lang/)."""
    pattern = re.compile(r"\b(lang|language) ==")
    found = [f"{path}:{n}" for path in PACKAGE_DIR.rglob("*.py") if "lang" not in path.relative_to(PACKAGE_DIR).parts
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if pattern.search(line)]  # fmt: skip
    assert not found


@pytest.mark.parametrize(("text", "lang"), [
    ("Kerajaan Malaysia mengutuk serangan Israel ke atas Gaza semalam kerana ia melanggar undang-undang "
     "antarabangsa, kata Perdana Menteri.", "ms"),
    ("Menteri itu berkata bahawa rundingan akan diteruskan pada hari Isnin dan beliau boleh hadir.", "ms"),
    ("Pemerintah Indonesia mengecam serangan Israel ke Gaza kemarin karena melanggar hukum internasional.", "id"),
    ("Presiden Indonesia bertemu dengan Perdana Menteri Jepang di Tokyo pada hari ini.", "id"),
    ("The minister said that the talks would continue on Monday.", "en"),
], ids=lambda v: v if len(v) < 4 else v[:40])  # fmt: skip
def test_detection_tells_malay_from_indonesian(text: str, lang: str) -> None:
    assert guess_language(text)[0] == lang


MALAY_CASES = [
    ("Perdana Menteri Malaysia bertemu dengan Presiden Indonesia di Putrajaya pada Isnin.",
     {("MYS", "CONSULT", "IDN"), ("IDN", "CONSULT", "MYS")}),
    ("Menteri Luar Malaysia mengadakan rundingan dengan Menteri Luar Singapura.",
     {("MYS", "CONSULT", "SGP"), ("SGP", "CONSULT", "MYS")}),
    ("Malaysia mengadakan lawatan rasmi ke Singapura.", {("MYS", "CONSULT", "SGP")}),
    ("Malaysia mengutuk serangan Israel ke atas Gaza.", {("MYS", "ACCUSE", "ISR")}),
    ("Kerajaan Malaysia mengecam tindakan Israel semalam.", {("MYS", "ACCUSE", "ISR")}),
    ("Indonesia dan Malaysia memeterai perjanjian sempadan di Kuala Lumpur.",
     {("IDN", "SUPPORT", "MYS"), ("MYS", "SUPPORT", "IDN")}),
    ("Malaysia menandatangani memorandum persefahaman dengan Singapura.",
     {("MYS", "SUPPORT", "SGP"), ("SGP", "SUPPORT", "MYS")}),
    ("Indonesia bersetuju dengan Malaysia mengenai isu sempadan.", {("IDN", "AGREE", "MYS")}),
    ("Kerajaan Malaysia menggesa Myanmar supaya menghentikan keganasan.", {("MYS", "REQUEST", "MMR")}),
    ("Malaysia menyeru Myanmar agar membebaskan tahanan politik.", {("MYS", "REQUEST", "MMR")}),
    ("Singapura merayu Myanmar supaya menghormati gencatan senjata.", {("SGP", "REQUEST", "MMR")}),
    ("Malaysia menyokong Indonesia dalam isu itu.", {("MYS", "SUPPORT", "IDN")}),
    ("Malaysia mengenakan sekatan ke atas Israel.", {("MYS", "SANCTION", "ISR")}),
]


@pytest.mark.parametrize("model", ["none", "auto"])  # the rules alone, and with the shipped event scorer
@pytest.mark.parametrize(("text", "expected"), MALAY_CASES, ids=[c[0][:40] for c in MALAY_CASES])
def test_malay_sentences_at_dyad_level(tmp_path: Path, text: str, expected: set[tuple[str, str, str]],
                                       model: str) -> None:  # fmt: skip
    got = state_dyads(extract(tmp_path, text, model=model))
    assert expected <= got and not {d for d in got if d[0] == d[2]}, got


def test_malay_appeal_is_a_positive_request_and_carries_its_provenance(tmp_path: Path) -> None:
    [triple] = extract(tmp_path, "Kerajaan Malaysia menggesa Myanmar supaya menghentikan keganasan.")
    assert triple.language == "ms" and triple.trigger.rule == "ms.request.gesa"
    assert triple.cameo == "020" and triple.goldstein is not None and triple.goldstein > 0
    assert triple.source.rule and triple.target.rule and triple.rules


def test_malay_detected_without_a_lang_field(tmp_path: Path) -> None:
    text = "Kerajaan Malaysia mengutuk serangan Israel ke atas Gaza semalam kerana ia melanggar undang-undang."
    triples = extract(tmp_path, text, lang=None)
    assert triples and {t.language for t in triples} == {"ms"}


def test_malay_furniture_comes_from_its_pack() -> None:
    text = "Malaysia bertemu Singapura.\nArtikel berkaitan: Malaysia dan Singapura\n"
    [span] = furniture_spans(text, "ms")
    assert span.rule == "furniture.read-also.ms"
    assert not furniture_spans(text, "en")


def test_a_language_without_a_pack_is_processed_with_a_warning_naming_the_article(tmp_path: Path) -> None:
    path = tmp_path / "fr.jsonl"
    path.write_text(json.dumps({"id": "article-fr-1", "text": "Chile condemned Peru.", "lang": "fr"}) + "\n",
                    encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    summary = graphbuild.build([str(path)], out, graphbuild.BuildOptions(rdf=False, exports=False, parser="none",
                                                                         model="none"))  # fmt: skip
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text("utf-8").splitlines()]
    assert {(t["source"]["id"], t["relation"], t["target"]["id"]) for t in triples} == {("CHL", "ACCUSE", "PER")}
    [warning] = summary.warnings
    assert "article 'article-fr-1'" in warning and "language 'fr'" in warning
    assert f"has no language pack ({', '.join(supported_languages())})" in warning


def test_cli_lang_ms_and_summary_lists_it(tmp_path: Path) -> None:
    source = tmp_path / "berita.txt"
    source.write_text("Berita\n\nMalaysia menyokong Indonesia dalam isu itu.\n", encoding="utf-8")
    result = cli("extract", str(source), "--lang", "ms", "--model", "none", "--parser", "none", "--out",
                 str(tmp_path / "out"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert summary["languages"] == {"ms": 1}
    rejected = cli("extract", str(source), "--lang", "xx", "--out", str(tmp_path / "bad"))
    assert rejected.returncode != 0 and "ms" in rejected.stderr


def test_word_lists_come_from_the_packs_one_language_or_the_union() -> None:
    """The extractor's, resolver's and scorer's word lists are the packs' `words.yaml` lists: one pack's (a pack
    without the list uses the pack it borrows from) or the union of every pack's."""
    english, indonesian = pack_words("en", "scorer.negation"), pack_words("id", "scorer.negation")
    assert "never" in english and "tidak" in indonesian and "tidak" not in english
    assert union_words("scorer.negation") == english | indonesian
    from graphbuild.learn.features import NEGATION
    from graphbuild.resolve.actors import NON_NAMES

    assert union_words("scorer.negation") == NEGATION and {"Senin", "Monday"} <= NON_NAMES
    failure = {"gagal", "tidak", "tak", "belum"}
    assert pack_words("ms", "events.failure") == pack_words("id", "events.failure") == failure  # borrowed
    assert pack_for("en").words("events.be_verbs") >= {"was", "were"} and not pack_words("id", "events.be_verbs")
    with pytest.raises(KeyError, match="no language pack defines"):
        union_words("events.no-such-list")


def test_a_word_list_that_is_not_strings_is_an_error_naming_the_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lang" / "en"
    folder.mkdir(parents=True)
    (folder / "words.yaml").write_text("version: 1\nwords:\n  events.introducers: [during, on]\n", "utf-8")
    monkeypatch.setenv("GRAPHBUILD_DATA", str(tmp_path))
    word_lists.cache_clear()
    load_yaml.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"words\.yaml: list 'events.introducers'.*quote True"):
            word_lists("en")  # YAML reads a bare `on` as true
    finally:
        word_lists.cache_clear()
        load_yaml.cache_clear()


@pytest.mark.parametrize("module", ["graphbuild.lang.id", "graphbuild.lang.ms", "graphbuild.nlp.stem"])
def test_each_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    """Module-level word lists are read from the packs while hook modules may still be importing."""
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
