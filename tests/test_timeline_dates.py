"""Event dates from the text (graphbuild.timeline.dates) on our own sentences in English, Indonesian and Malay."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.model import Actor, Article, Mention, Span, Trigger, Triple
from graphbuild.timeline.dates import date_triples, find_times, time_table

WEDNESDAY = date(2024, 3, 13)


@pytest.mark.parametrize(("language", "text", "expected", "precision", "rule"), [
    ("en", "Russia shelled Kharkiv on Tuesday, officials said.", "2024-03-12", "day", "en.weekday"),
    ("en", "The talks ended yesterday in Geneva.", "2024-03-12", "day", "en.yesterday"),
    ("en", "Troops crossed the border last night.", "2024-03-12", "day", "en.yesterday"),
    ("en", "The minister resigned today.", "2024-03-13", "day", "en.today"),
    ("en", "The envoys met last week in Doha.", "2024-03-04", "week", "en.last-week"),
    ("en", "The embargo began last month.", "2024-02-01", "month", "en.last-month"),
    ("en", "The ceasefire was signed on March 12.", "2024-03-12", "day", "en.date.month-day"),
    ("en", "The ceasefire was signed on 2 March.", "2024-03-02", "day", "en.date.day-month"),
    ("en", "The deal was struck on December 5.", "2023-12-05", "day", "en.date.month-day"),  # last year
    ("en", "Protests broke out three days ago.", "2024-03-10", "day", "en.ago"),
    ("en", "Clashes erupted in February.", "2024-02-01", "month", "en.in-month"),
    ("en", "Talks were held on January 9, 2023.", "2023-01-09", "day", "en.date.month-day"),
    ("id", "Rusia menembaki Ukraina, Selasa (12/3), kata pejabat.", "2024-03-12", "day", "id.date.weekday-bracket"),
    ("id", "Kedua menteri bertemu pekan lalu di Jakarta.", "2024-03-04", "week", "id.pekan-lalu"),
    ("id", "Polisi menangkap tiga orang kemarin.", "2024-03-12", "day", "id.kemarin"),
    ("id", "Presiden berkunjung pada hari Senin.", "2024-03-11", "day", "id.weekday"),
    ("id", "Kesepakatan ditandatangani pada 5 Maret 2024.", "2024-03-05", "day", "id.date.day-month"),
    ("id", "Sanksi itu dijatuhkan bulan lalu.", "2024-02-01", "month", "id.bulan-lalu"),
    ("id", "Serangan terjadi dua hari lalu.", "2024-03-11", "day", "id.lalu"),
    ("ms", "Perdana Menteri bertemu Presiden Indonesia pada hari Isnin.", "2024-03-11", "day", "ms.weekday"),
    ("ms", "Kapal itu ditahan semalam.", "2024-03-12", "day", "ms.semalam"),
    ("ms", "Rundingan diadakan minggu lepas.", "2024-03-04", "week", "ms.minggu-lepas"),
    ("ms", "Perjanjian itu ditandatangani pada 4 Mac 2024.", "2024-03-04", "day", "ms.date.day-month"),
    ("ms", "Mesyuarat diadakan pada hari Khamis lepas.", "2024-03-07", "day", "ms.weekday-lepas"),
    # a Malay article read as Indonesian (the languages share most words) still gets the Malay rules
    ("id", "Wisma Putra memanggil duta itu pada hari Isnin.", "2024-03-11", "day", "ms.weekday"),
])  # fmt: skip
def test_expressions_resolve_against_the_article_date(language: str, text: str, expected: str, precision: str,
                                                      rule: str) -> None:  # fmt: skip
    found = find_times(text, language, WEDNESDAY)
    assert [(m.date.isoformat(), m.precision, m.rule) for m in found] == [(expected, precision, rule)]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The summit will open on March 20, 2024."),  # after the article: never used
    ("en", "Ministers will meet next week."),
    ("id", "Menteri akan berkunjung Senin depan."),
    ("id", "Pertemuan digelar pekan depan."),
])  # fmt: skip
def test_no_date_in_the_future_of_the_article(language: str, text: str) -> None:
    assert find_times(text, language, WEDNESDAY) == []


def test_relative_expressions_need_an_article_date_but_full_dates_do_not() -> None:
    assert find_times("Russia attacked yesterday.", "en", None) == []
    found = find_times("Russia attacked on 12 March 2024.", "en", None)
    assert [m.date.isoformat() for m in found] == ["2024-03-12"]


def test_every_rule_id_is_unique_and_prefixed_with_its_language() -> None:
    for language in ("en", "id", "ms"):
        ids = [rule.id for rule in time_table(language).rules]
        assert len(ids) == len(set(ids)) and all(i.startswith(language + ".") for i in ids), language


def _triple(article: Article, trigger: str, sentence: str) -> Triple:
    start = article.text.index(sentence)
    at = article.text.index(trigger, start)
    russia, ukraine = Actor("RUS", "Russia", "Country", iso3="RUS"), Actor("UKR", "Ukraine", "Country", iso3="UKR")
    source = Mention(russia, "Russia", start, start + 6)
    return Triple(article.id, "ASSAULT", source, Mention(ukraine, "Ukraine", at + 20, at + 27),
                  Trigger(trigger, at, at + len(trigger), "test.rule"), sentence, "en", date=article.date,
                  sentence_start=start)  # fmt: skip


def test_the_expression_nearest_the_trigger_wins_then_the_lead_then_the_article_date() -> None:
    lead = "Russia attacked Ukraine on Monday, officials said."
    both = "On Friday Russia said that it shelled Ukraine yesterday."
    bare = "Russia bombed Ukraine again."
    text = f"Title\n\nKYIV - {lead}\n\n{both}\n\n{bare}"
    article = Article("a", text, date="2024-03-13", language="en",
                      excluded=[Span(text.index("KYIV"), text.index("KYIV") + 7, "dateline")])
    triples = [_triple(article, "shelled", both), _triple(article, "bombed", bare)]
    dated = list(date_triples(article, triples))
    assert [(t.event_date, t.date_rule, t.date_text) for t in dated] == [
        ("2024-03-12", "en.yesterday", "yesterday"), ("2024-03-11", "en.weekday", "on Monday")]
    assert [t.id for t in dated] == [t.id for t in triples]  # dating never changes an id
    plain = Article("b", "Title\n\nRussia bombed Ukraine again.", date="2024-03-13", language="en")
    (only,) = date_triples(plain, [_triple(plain, "bombed", "Russia bombed Ukraine again.")])
    assert (only.event_date, only.date_precision, only.date_rule) == ("2024-03-13", "day", "article-date")
    undated = Article("c", "Title\n\nRussia bombed Ukraine again.", language="en")
    (none,) = date_triples(undated, [_triple(undated, "bombed", "Russia bombed Ukraine again.")])
    assert (none.event_date, none.date_precision, none.date_rule) == (None, "unknown", None)
    assert none.to_dict()["event_date"] is None and none.to_dict()["date_precision"] == "unknown"
