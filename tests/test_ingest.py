"""Ingestion: each format, normalisation and offsets, furniture and datelines, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.ingest import IngestOptions, guess_language, normalise, read_inputs
from graphbuild.model import Article, InputError

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parents[1] / "data" / "samples"


def articles_and_errors(inputs: list[str], **options: object) -> tuple[list[Article], list[InputError]]:
    items = list(read_inputs(inputs, IngestOptions(**options)))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_txt_title_is_first_non_empty_line_and_part_of_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("\n\nGhana and Togo Reopen Border\n\nGhana and Togo reopened their border on Monday.\n", "utf-8")
    [article], errors = articles_and_errors([str(path)])
    assert not errors
    assert article.id == "note"
    assert article.title == "Ghana and Togo Reopen Border"
    assert article.text.startswith("\n\nGhana and Togo Reopen Border")
    assert article.language == "en"


def test_markdown_title_drops_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Nepal Sends Troops to UN Mission\n\nNepal sent troops to the UN mission in Lebanon.\n", "utf-8")
    [article], _ = articles_and_errors([str(path)])
    assert article.title == "Nepal Sends Troops to UN Mission"


def test_html_main_text_title_date_and_url() -> None:
    [article], errors = articles_and_errors([str(FIXTURES / "ingest_article.html")])
    assert not errors
    assert article.title.startswith("Chile and Peru sign fisheries accord")
    assert "anchovy stocks" in article.text
    assert "Privacy" not in article.text and "Sport" not in article.text
    assert article.date == "2024-05-02"
    assert article.url == "https://news.example.org/world/chile-peru-fisheries"


def test_jsonl_records_with_ids_language_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a-1", "title": "T1", "text": "Fiji and Tonga signed a trade pact.", "date": "2024-01-02", "lang": "en"},
        {"title": "T2", "text": "Malaysia dan Thailand sepakat membuka perbatasan.", "lang": "id"},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", "utf-8")
    first, second = articles_and_errors([str(path)])[0]
    assert (first.id, first.date, first.language, first.line) == ("a-1", "2024-01-02", "en", 1)
    assert (second.id, second.language, second.line) == ("feed-2", "id", 2)


def test_csv_records() -> None:
    articles, errors = articles_and_errors([str(FIXTURES / "ingest_records.csv")])
    assert not errors
    assert [a.id for a in articles] == ["csv-01", "csv-02"]
    assert articles[1].language == "id"
    assert articles[0].url == "https://example.org/csv-01"


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Title\n\nThe president of the republic said that the talks will go on.\n", "utf-8")
    [article], _ = articles_and_errors([str(path)], lang="id")
    assert article.language == "id"


def test_language_guess() -> None:
    indonesian = "Presiden Indonesia bertemu dengan Perdana Menteri Jepang di Tokyo pada hari ini."
    assert guess_language(indonesian)[0] == "id"
    assert guess_language("The president of Indonesia met the prime minister of Japan in Tokyo on Monday.")[0] == "en"
    assert guess_language("12345 !!!")[0] == "und"


def test_other_language_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Titre\n\nLe président de la République a rencontré le chancelier allemand à Paris.\n", "utf-8")
    [article], errors = articles_and_errors([str(path)])
    assert not errors
    assert article.language == "fr"
    assert article.warnings and "language 'fr' (guessed from the text" in article.warnings[0]
    assert "has no language pack" in article.warnings[0]


def test_normalise_nbsp_zero_width_crlf_nfc() -> None:
    raw = "Korea\u00a0Utara\r\nme\u200bnyerang\rCafe\u0301"
    assert normalise(raw) == "Korea Utara\nmenyerang\nCafé"


def test_offsets_are_into_the_normalised_text(tmp_path: Path) -> None:
    path = tmp_path / "nbsp.txt"
    path.write_bytes("Judul\r\n\r\nKorea\u00a0Utara mengecam Jepang.\r\n".encode())
    [article], _ = articles_and_errors([str(path)])
    start = article.text.index("Korea Utara")
    assert article.text[start : start + len("Korea Utara")] == "Korea Utara"
    assert "\r" not in article.text and "\u00a0" not in article.text


def test_seed_furniture_and_dateline_are_excluded() -> None:
    [article], _ = articles_and_errors([str(SAMPLES / "kontan-kim-putin.txt")])
    assert article.dateline == "PYONGYANG"
    kept = "".join(article.text[start:end] for start, end in article.segments())
    assert "Baca Juga" not in kept
    assert "Janji Adik" not in kept and "Peluncur Roket" not in kept
    assert "KONTAN.CO.ID" not in kept
    assert "Tidak lupa, Kim juga memberikan dukungan penuh pada Rusia" in kept
    furniture = [span for span in article.excluded if span.kind == "furniture"]
    assert len(furniture) == 2 and all(span.rule == "furniture.read-also.id" for span in furniture)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("WASHINGTON (Reuters) - The United States said on Monday", "WASHINGTON"),
        ("KYIV, March 14 (Reuters) - Ukraine said on Friday", "KYIV"),  # Reuters: the month and day before the agency
        ("BEIRUT, Lebanon, Oct. 2 (Reuters) - Israel said", "BEIRUT, Lebanon"),
        ("Seoul, South Korea — North Korea fired a missile", "Seoul, South Korea"),
        ("KONTAN.CO.ID - PYONGYANG. Pemimpin Korea Utara", "PYONGYANG"),
        ("TEMPO.CO, Jakarta - Menteri Luar Negeri", "Jakarta"),
        ("MOSCOW - Russia's foreign ministry said", "MOSCOW"),
        ("Surabaya, CNN Indonesia -- Polisi menangkap dua orang", "Surabaya"),
        ("Medan - Gubernur Sumatera Utara meresmikan", "Medan"),  # detik.com: a title-case place, a spaced dash
        ("Tribun7.com, Bandung - Wali kota meresmikan", "Bandung"),  # an outlet with a digit
    ],
)
def test_datelines(tmp_path: Path, line: str, place: str) -> None:
    path = tmp_path / "d.txt"
    path.write_text(f"Some Title Here\n\n{line} more words follow here.\n", "utf-8")
    [article], _ = articles_and_errors([str(path)])
    assert article.dateline == place
    span = next(s for s in article.excluded if s.kind == "dateline")
    body = line.split(" -- ")[-1].split(" - ")[-1].split(" — ")[-1].split(". ")[-1]
    assert article.text[span.end :].startswith(body[:5])


def test_a_short_word_before_a_dash_is_no_dateline(tmp_path: Path) -> None:
    path = tmp_path / "we.txt"
    path.write_text("Joint Statement\n\nWe – the leaders of four states – met today in Lima.\n", "utf-8")
    [article], _ = articles_and_errors([str(path)])
    assert article.dateline is None


def test_a_hyphen_inside_a_name_closes_no_dateline(tmp_path: Path) -> None:
    """The dash that closes a dateline is followed by a space: "Bangsa-Bangsa" inside a name after an outlet's
    dash is no end of a place."""
    path = tmp_path / "un.txt"
    path.write_text("Judul\n\nBerita.com - Sekretaris Jenderal Perserikatan Bangsa-Bangsa mengecam serangan itu.\n",
                    "utf-8")  # fmt: skip
    [article], _ = articles_and_errors([str(path)])
    assert "Perserikatan Bangsa-Bangsa mengecam" in article.text
    assert not [s for s in article.excluded if s.kind == "dateline" and "Bangsa" in article.text[s.start : s.end]]


def test_body_sentences_are_never_furniture(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    body = ("Title\n\nThe source of the dispute is water.\nRead the statement: Egypt rejected the plan.\n"
            "Share prices fell after Japan raised rates.\n")
    path.write_text(body, "utf-8")
    [article], _ = articles_and_errors([str(path)])
    assert not [s for s in article.excluded if s.kind == "furniture"]


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """A folder of good and bad inputs; returns bad file name → expected error kind."""
    (folder / "good.txt").write_text("Good Title\n\nPeru and Chile signed a treaty.\n", "utf-8")
    (folder / "latin1.txt").write_bytes("Título\n\nEl presidente de Perú visitó Chile en diciembre; "
                                        "la reunión fue cordial y útil.\n".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 2)
    (folder / "dangling.txt").symlink_to(folder / "gone" / "missing.txt")
    (folder / "big.txt").write_text("Big\n\n" + "word " * 400, "utf-8")
    (folder / "lines.jsonl").write_text(
        '{"id": "ok-1", "text": "Ghana thanked Nigeria for its aid."}\n'
        "{not json}\n"
        '{"id": "no-text", "title": "x"}\n'
        "[1, 2]\n",
        "utf-8",
    )
    (folder / "nocol.csv").write_text("id,title,body\n1,a,b\n", "utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n")
    return {"latin1.txt": "encoding", "empty.txt": "empty", "blank.md": "empty", "binary.txt": "binary",
            "big.txt": "too-large", "nocol.csv": "record", "image.png": "format", "dangling.txt": "unreadable"}


def test_bad_inputs_each_give_one_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    expected = make_bad_inputs(tmp_path)
    articles, errors = articles_and_errors([str(tmp_path)], max_bytes=1000)
    assert sorted(a.id for a in articles) == ["good", "latin1", "ok-1"]
    by_file = {Path(e.path).name: e for e in errors if e.line is None or Path(e.path).suffix == ".csv"}
    for name, kind in expected.items():
        assert by_file[name].kind == kind, name
        assert str(by_file[name]).startswith(str(tmp_path / name))
    line_errors = sorted((e.line, e.kind) for e in errors if Path(e.path).name == "lines.jsonl")
    assert line_errors == [(2, "record"), (3, "record"), (4, "record")]
    assert "lines.jsonl:2: not valid JSON" in str(next(e for e in errors if e.line == 2))
    latin = next(a for a in articles if a.id == "latin1")
    assert "Perú visitó" in latin.text


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    _, errors = articles_and_errors([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")])
    assert [e.kind for e in errors] == ["missing", "missing"]


def test_duplicate_article_ids_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "one"}\n{"id": "x", "text": "two"}\n', "utf-8")
    articles, errors = articles_and_errors([str(tmp_path / "a.jsonl")])
    assert [a.text for a in articles] == ["one"]
    assert errors[0].kind == "duplicate" and errors[0].line == 2
