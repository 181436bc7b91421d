#!/usr/bin/env python3
"""Annotation helper for `data/annotations/` (see docs/annotation.md).

    annotate.py sheet POOL.jsonl --articles ID... --out SHEET.txt     # sentences to read, with actor hints
    annotate.py lookup NAME [--lang id]                                 # gazetteer ids for a name
    annotate.py convert POOL.jsonl LABELS.txt --pass 1 --out FILE.jsonl # labels -> annotation JSON Lines

A sheet lists every sentence of the chosen articles under a key `ARTICLE#N`, with the actors the gazetteer
recognises in it and, marked as such, what the current extractor suggests. The annotator reads each sentence and
writes one label line per key into LABELS.txt:

    pool-en-00012#3 | -                                   no event in this sentence
    pool-en-00012#4 | USA CONSULT JPN ; joe-biden SUPPORT UKR ?     two triples, the second optional
    pool-en-00012#5 | new:Hamas/ArmedGroup ASSAULT ISR    an actor the gazetteer lacks: new:Name/Type[/ISO3]
    pool-en-00012#6 | USA SUPPORT+AGREE JPN               acceptable types, preferred first (a signed agreement)

Sheets hold pool text and stay outside the repository; only ids, offsets and labels are committed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from graphbuild.extract.engine import LexiconExtractor, blank_excluded
from graphbuild.ingest import IngestOptions, read_inputs
from graphbuild.learn.train import dev_split
from graphbuild.model import Actor, Article, stable_id
from graphbuild.relations import relation_types

TYPES = ("Country", "Person", "Organization", "ArmedGroup", "Group")
LABEL_LINE = re.compile(r"^\s*(?P<key>[\w.-]+#\d+)\s*\|\s*(?P<body>.*?)\s*$")


def load_articles(pool: str, wanted: set[str] | None) -> Iterator[Article]:
    for item in read_inputs([pool], IngestOptions()):
        if isinstance(item, Article) and (wanted is None or item.id in wanted):
            yield item


def sentences(extractor: LexiconExtractor, article: Article) -> Iterator[tuple[int, int, int, list, list]]:
    """(index, start, end, mentions, suggested triples) for each sentence of the article."""
    lang = extractor.language_of(article)
    nlp, _info = extractor.pipeline(lang)
    doc = nlp(blank_excluded(article))
    extraction = extractor.extract_doc(article, doc, lang)
    index = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        if not article.text[start:end].strip() or end - start < 3:
            continue
        mentions = [m for m in extraction.mentions if start <= m.start < end]
        triples = [t for t in extraction.triples if start <= t.source.start < end or start <= t.target.start < end]
        yield index, start, end, mentions, triples
        index += 1


def cmd_sheet(args: argparse.Namespace) -> None:
    extractor = LexiconExtractor(parser="none")
    wanted = set(args.articles) if args.articles else None
    order = {aid: i for i, aid in enumerate(args.articles or [])}
    articles = sorted(load_articles(args.pool, wanted), key=lambda a: order.get(a.id, 0))
    with open(args.out, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(f"\n=== {article.id} lang={article.language} date={article.date} title: {article.title[:160]}\n")
            for index, start, end, mentions, triples in sentences(extractor, article):
                if args.max_sentences and index >= args.max_sentences:
                    break
                out.write(f"[{article.id}#{index}] {article.text[start:end]}\n")
                seen = []
                for m in mentions:
                    hint = f'"{m.text}"={m.actor.id}'
                    if hint not in seen:
                        seen.append(hint)
                if seen:
                    out.write("    actors: " + " | ".join(seen) + "\n")
                if triples and args.suggest:
                    out.write("    suggested (unchecked): " + " ; ".join(
                        f"{t.source.actor.id} {t.relation} {t.target.actor.id}" for t in triples) + "\n")


def cmd_lookup(args: argparse.Namespace) -> None:
    extractor = LexiconExtractor(parser="none")
    needle = args.name.casefold()
    hits = []
    for actor in extractor.gazetteer.actors.values():
        names = [actor.name, actor.id, *actor.aliases]
        if any(needle == n.casefold() for n in names):
            hits.insert(0, actor)
        elif any(needle in n.casefold() for n in names):
            hits.append(actor)
    for actor in hits[:15]:
        print(f"{actor.id}\t{actor.name}\t{actor.type}\t{actor.iso3 or actor.country or ''}")
    if not hits:
        print("no gazetteer actor: write new:Name/Type[/ISO3]")


def parse_actor(token: str, actors: dict[str, Actor]) -> dict:
    if token.startswith("new:"):
        parts = token[4:].split("/")
        name = parts[0].replace("_", " ")
        kind = parts[1] if len(parts) > 1 else "Group"
        if kind not in TYPES:
            raise ValueError(f"unknown actor type {kind!r} in {token!r}")
        record = {"id": "new-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), "name": name, "type": kind}
        if len(parts) > 2 and parts[2]:
            record["country"] = parts[2]
        return record
    actor = actors.get(token)
    if actor is None:
        raise ValueError(f"unknown actor id {token!r} (use `annotate.py lookup NAME` or new:Name/Type)")
    record = actor.to_dict()  # the contract's actor; the gazetteer's aliases stay in the gazetteer
    record.pop("aliases", None)
    return record


def parse_body(body: str, actors: dict[str, Actor]) -> list[dict]:
    body = body.strip()
    if body in ("-", ""):
        return []
    triples = []
    for part in body.split(";"):
        words = part.split()
        optional = bool(words) and words[-1] == "?"
        if optional:
            words = words[:-1]
        if len(words) != 3:
            raise ValueError(f"expected 'SOURCE RELATION TARGET [?]', got {part.strip()!r}")
        source, relation, target = words
        accepted = relation.split("+")  # "SUPPORT+AGREE": acceptable types, the preferred first
        unknown = [r for r in accepted if r not in relation_types()]
        if unknown or len(set(accepted)) != len(accepted):
            raise ValueError(f"unknown or repeated relation in {relation!r}")
        triples.append({"source": parse_actor(source, actors), "relation": accepted[0] if len(accepted) == 1
                        else accepted, "target": parse_actor(target, actors), "optional": optional})  # fmt: skip
    return triples


def cmd_convert(args: argparse.Namespace) -> int:
    extractor = LexiconExtractor(parser="none")
    labels: dict[str, dict[int, str]] = {}
    problems = 0
    for number, line in enumerate(Path(args.labels).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = LABEL_LINE.match(line)
        if not match:
            print(f"{args.labels}:{number}: not a label line: {line!r}", file=sys.stderr)
            problems += 1
            continue
        article_id, index = match["key"].rsplit("#", 1)
        labels.setdefault(article_id, {})[int(index)] = match["body"]
    records = []
    for article in load_articles(args.pool, set(labels)):
        wanted = labels[article.id]
        for index, start, end, _mentions, _triples in sentences(extractor, article):
            if index not in wanted:
                continue
            try:
                triples = parse_body(wanted.pop(index), extractor.gazetteer.actors)
            except ValueError as error:
                print(f"{args.labels}: {article.id}#{index}: {error}", file=sys.stderr)
                problems += 1
                continue
            records.append({"article_id": article.id, "lang": article.language, "start": start, "end": end,
                            "split": dev_split(article.id), "pass": args.pass_, "annotator": args.annotator,
                            "sentence_hash": stable_id(article.text[start:end]), "triples": triples})
        for index in wanted:
            print(f"{args.labels}: {article.id}#{index}: no such sentence", file=sys.stderr)
            problems += 1
    missing = set(labels) - {r["article_id"] for r in records}
    for article_id in sorted(missing):
        print(f"{args.labels}: article {article_id} not in {args.pool}", file=sys.stderr)
        problems += 1
    with open(args.out, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(records)} sentences, {sum(bool(r['triples']) for r in records)} with events, "
          f"{problems} problems -> {args.out}")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sheet = sub.add_parser("sheet")
    sheet.add_argument("pool")
    sheet.add_argument("--articles", nargs="*")
    sheet.add_argument("--out", required=True)
    sheet.add_argument("--max-sentences", type=int, default=0)
    sheet.add_argument("--suggest", action="store_true")
    lookup = sub.add_parser("lookup")
    lookup.add_argument("name")
    convert = sub.add_parser("convert")
    convert.add_argument("pool")
    convert.add_argument("labels")
    convert.add_argument("--pass", dest="pass_", type=int, default=1)
    convert.add_argument("--annotator", default="")
    convert.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "sheet":
        cmd_sheet(args)
        return 0
    if args.command == "lookup":
        cmd_lookup(args)
        return 0
    return cmd_convert(args)


if __name__ == "__main__":
    sys.exit(main())
