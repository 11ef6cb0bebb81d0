"""Fuzz parse_article for a bounded time: ``python -m fuzz --seconds 60``.

It checks the invariants of fuzz/invariants.py (no exception, every span
indexes the text, segments never overlap and cover every non-whitespace
character, the same result twice, a lossless JSON round trip) on arbitrary
text and on mutations of real-looking articles: the seed and texts drawn from
articleparse.strategies.

With atheris installed (``pip install -e '.[fuzz]'``) libFuzzer mutates the
bytes of that corpus (decoded as UTF-8, invalid bytes as lone surrogates,
with a dictionary of quotation marks, speech verbs, chrome words and odd
whitespace); without it, Hypothesis draws arbitrary and mutated texts until
the time is up.  Either way the exit status is non-zero when an invariant
fails, and the failing text is printed.
"""

from __future__ import annotations

import argparse
import pathlib
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence

try:
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the machine
    atheris = None

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

MODES = ("auto", "article", "page")  # as in fuzz/invariants.py

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Pieces worth splicing into a text: every kind of quotation mark, speech verbs
# and attribution words, names and pronouns, tag, appeal and chrome words, and
# the characters that break naive text handling.
TOKENS = (
    *"“”‘’\"'«»‹›„‚「」『』`",
    "``",
    "''",
    " said",
    " says ",
    " said: ",
    ", said ",
    " told reporters",
    " added",
    " according to ",
    " quoted ",
    " as saying",
    " in a statement",
    "He ",
    "She ",
    "they ",
    "Laura Varnell",
    "Varnell",
    "President ",
    "the minister",
    "#",
    "#Tag ",
    "Tags: ",
    "Leave a Reply",
    "Comments (3)",
    "Share this:",
    "Advertisement",
    "Dear readers,",
    "Support our journalism",
    "Donate now",
    "Subscribe",
    "Remind me later",
    "By Jane Roe",
    "CITY (Agency) — ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200f",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u0301",
    "\ud800",
    "\udfff",
    "ש",
    "ع",
    "…",
    "—",
    ". ",
    ", ",
    ": ",
)


def corpus_texts(generated: int) -> list[str]:
    """The seed articles and ``generated`` texts from the library's own strategies."""
    from articleparse.strategies import article_texts

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

    @settings(
        max_examples=generated,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(article_texts())
    def collect(pair: tuple[str, object]) -> None:
        texts.append(pair[0])

    collect()
    return texts


def _report(text: str, mode: str) -> None:
    print(f"\nfuzz: invariant failed, mode={mode!r}, text ({len(text)} chars):", file=sys.stderr)
    print(repr(text)[:4000], file=sys.stderr)


def _dictionary_entry(token: str) -> str:
    data = token.encode("utf-8", "surrogatepass")
    return '"' + "".join(f"\\x{byte:02x}" for byte in data) + '"'


def run_atheris(seconds: int, corpus: Sequence[str], passthrough: Sequence[str]) -> int:
    """libFuzzer over the UTF-8 bytes of the corpus, for ``seconds``."""
    assert atheris is not None
    from .invariants import check

    def one_input(data: bytes) -> None:
        text = data.decode("utf-8", "surrogateescape")
        mode = MODES[len(data) % len(MODES)]
        try:
            check(text, mode)
        except BaseException:
            _report(text, mode)
            raise

    # libFuzzer ends the process itself (no Python clean-up runs), so the work
    # folder has a fixed name and is emptied at the start of each run instead.
    folder = pathlib.Path(tempfile.gettempdir()) / "articleparse-fuzz"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "corpus").mkdir(parents=True)
    for i, text in enumerate(corpus):
        (folder / "corpus" / f"{i:04d}").write_bytes(text.encode("utf-8", "surrogatepass"))
    dictionary = folder / "tokens.dict"
    dictionary.write_text("\n".join(map(_dictionary_entry, TOKENS)) + "\n", encoding="ascii")
    argv = [
        sys.argv[0],
        str(folder / "corpus"),
        f"-max_total_time={seconds}",
        f"-dict={dictionary}",
        "-max_len=16384",
        "-timeout=20",
        "-rss_limit_mb=4096",
        f"-artifact_prefix={folder}/",
        "-print_final_stats=1",
        *passthrough,
    ]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()  # never returns: libFuzzer exits, non-zero when an input fails
    return 0


@st.composite
def mutations(draw: st.DrawFn, corpus: Sequence[str]) -> str:
    """A corpus text with a few slices deleted, replaced or inserted."""
    text = draw(st.sampled_from(corpus))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)))
        text = text[:at] + piece + text[at + cut :]
    return text


def run_hypothesis(seconds: int, corpus: Sequence[str]) -> int:
    """Hypothesis batches of arbitrary and mutated texts until ``seconds`` are up."""
    from .invariants import check

    texts = st.one_of(
        st.text(),
        st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=80).map("".join),
        mutations(corpus),
    )

    @settings(
        max_examples=500,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(texts, st.sampled_from(MODES))
    def one_input(text: str, mode: str) -> None:
        check(text, mode)

    deadline = time.monotonic() + seconds
    batches = 0
    while time.monotonic() < deadline:
        one_input()
        batches += 1
    print(f"fuzz: {batches * 500} Hypothesis examples in {seconds} s, no failure")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz (default 60)")
    parser.add_argument(
        "--engine",
        choices=("auto", "atheris", "hypothesis"),
        default="auto",
        help="atheris when it is installed (the default), else Hypothesis",
    )
    parser.add_argument(
        "--generated", type=int, default=60, help="generated articles in the corpus"
    )
    args, passthrough = parser.parse_known_args(argv)
    engine = args.engine
    if engine == "auto":
        engine = "atheris" if atheris is not None else "hypothesis"
    if engine == "atheris" and atheris is not None:
        # Import the library instrumented, for libFuzzer's coverage feedback.
        with atheris.instrument_imports(include=["articleparse"]):
            import articleparse  # noqa: F401
    corpus = corpus_texts(args.generated)
    print(f"fuzz: {engine} for {args.seconds} s over a corpus of {len(corpus)} texts")
    if engine == "atheris":
        if atheris is None:
            parser.error("atheris is not installed: pip install -e '.[fuzz]'")
        return run_atheris(args.seconds, corpus, passthrough)
    return run_hypothesis(args.seconds, corpus)


if __name__ == "__main__":
    sys.exit(main())
