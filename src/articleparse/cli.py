# The command-line interface: files, stdin or JSONL batches in; a summary,
# JSON or JSONL out.
#
# Contract: bad input (a missing or unreadable file, invalid UTF-8, a malformed
# JSON line) is reported as one line on stderr naming the file (and line), and
# the exit status is non-zero.  With --keep-going a batch reports each bad item
# and goes on with the rest.
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

import attrs

from ._parallel import parse_tagged
from ._progress import Progress
from ._records import Article
from ._segment import Mode
from ._serialize import to_dict, to_json

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


@attrs.frozen
class Item:
    """One text to parse, with the name it is reported under."""

    name: str
    id: object  # the "id" of a JSONL record as given (any JSON value), else the name
    text: str


@attrs.frozen
class BadInput:
    """An input that could not be read; ``message`` is the one-line report."""

    message: str


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Parse news article text: headline, paragraphs, quotations with "
        "their speakers, appeal, tags and chrome.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="FILE",
        help='text files, or .jsonl files of {"id": ..., "text": ...} lines; '
        "'-' or nothing reads stdin",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON document")
    output.add_argument("--jsonl", action="store_true", help="print one JSON line per article")
    parser.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read inputs: 'jsonl' for {\"id\", \"text\"} lines; 'auto' (the default) "
        "reads files ending in .jsonl or .ndjson as JSONL and anything else as text",
    )
    parser.add_argument(
        "--mode",
        choices=("auto", "article", "page"),
        default="auto",
        help="'article' for an article's own text, 'page' for a whole web page's text",
    )
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="report a bad input on stderr and go on with the rest of the batch",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse a batch in N processes (default 1); output keeps the input order",
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got {value!r}")
    return jobs


def _text_of(item: Item | BadInput) -> str | None:
    return item.text if isinstance(item, Item) else None


def _read_path(path: str) -> str | BadInput:
    label = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as error:
        return BadInput(f"{label}: cannot read: {error.strerror or error}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return BadInput(f"{label}: not valid UTF-8 at byte {error.start}")


def _jsonl_items(label: str, content: str) -> Iterator[Item | BadInput]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield BadInput(f"{where}: not a JSON line: {error.msg} (column {error.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield BadInput(f'{where}: expected an object with a "text" string')
            continue
        yield Item(name=where, id=record.get("id", where), text=record["text"])


def read_items(paths: Sequence[str], input_format: str) -> Iterator[Item | BadInput]:
    """The inputs named on the command line, in order, as items or reports."""
    for path in paths or ["-"]:
        content = _read_path(path)
        if isinstance(content, BadInput):
            yield content
            continue
        label = "<stdin>" if path == "-" else path
        is_jsonl = input_format == "jsonl" or (
            input_format == "auto" and path.endswith((".jsonl", ".ndjson"))
        )
        if is_jsonl:
            yield from _jsonl_items(label, content)
        else:
            yield Item(name=label, id=label, text=content)


def summary(name: str, article: Article) -> str:
    """A short human-readable account of one article."""
    lines = [f"== {name}"]
    headline = article.headline.text if article.headline else "(none)"
    lines.append(f"headline:   {headline}")
    lines.append(f"paragraphs: {len(article.body)}")
    lines.append(f"quotes:     {len(article.quotes)}")
    for quote in article.quotes:
        words = quote.text if len(quote.text) <= 70 else quote.text[:67] + "..."
        who = quote.speaker.name if quote.speaker else "(no speaker)"
        via = f" (via {quote.speaker.via})" if quote.speaker and quote.speaker.via else ""
        lines.append(f"  - {who}{via}: “{words}”")
    if article.appeal is not None:
        first = article.appeal.text.splitlines()[0]
        lines.append(f"appeal:     {first} ({len(article.appeal.text)} characters)")
    else:
        lines.append("appeal:     (none)")
    lines.append("tags:       " + (" ".join(f"#{tag}" for tag in article.hashtags) or "(none)"))
    for block in article.boilerplate:
        lines.append(f"chrome:     [{block.kind}] {block.text.splitlines()[0][:60]}")
    return "\n".join(lines)


def _emit(item: Item, article: Article, args: argparse.Namespace, out: TextIO) -> None:
    if args.jsonl:
        out.write(json.dumps({"id": item.id, **to_dict(article)}, ensure_ascii=False) + "\n")
    elif args.json:
        out.write(to_json(article, indent=2) + "\n")
    else:
        out.write(summary(item.name, article) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    mode: Mode = args.mode
    out = sys.stdout
    status = EXIT_OK
    parsed = 0
    progress = Progress(sys.stderr)  # shows only on a terminal, for a long batch
    items = read_items(args.paths, args.input)
    results = parse_tagged(items, _text_of, workers=args.jobs, mode=mode)
    with contextlib.closing(results):
        try:
            for item, article in results:
                if isinstance(item, BadInput):
                    progress.clear()
                    print(f"articleparse: error: {item.message}", file=sys.stderr)
                    status = EXIT_BAD_INPUT
                    if not args.keep_going:
                        return status
                    continue
                assert article is not None  # every readable item has its article
                if args.json and parsed:
                    progress.clear()
                    parser.error("--json prints one document: give one input, or use --jsonl")
                _emit(item, article, args, out)
                parsed += 1
                progress.advance(len(item.text))
        finally:
            progress.clear()
    return status
