"""Look for patterns in articleparse that take more than linear time.

Run from the project root:

    .venv/bin/python -m benchmarks.regex_audit            # every module
    .venv/bin/python -m benchmarks.regex_audit _quotes    # some modules

Every compiled pattern bound at module level (a Pattern, or a Pattern's
bound method such as ``.search`` or ``.fullmatch``) is run over texts made of
one short unit repeated n and 8n times, each with and without a character at
the end that makes a match fail (how a backtracking pattern is made to try
every split).  A pattern bound as ``.search``/``.finditer``/``.findall`` is
run that way; a bare Pattern is run with ``search`` and ``finditer``.  When
time(8n) / time(n) goes above 20 (linear is 8, quadratic 64), or one run
passes a minute, the pattern, the unit and the ratio are reported.  Times are
the thread's CPU time, so other work on the machine does not skew them.

This finds patterns that are super-linear in themselves; a linear pattern
called once per position (``search(text, 0, end)`` in a loop) is a loop's
cost, which the hostile families of benchmarks/bench.py catch instead.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import regex

import articleparse

# Short units that exercise the character classes news text patterns use:
# letters in both cases, spaces, stops, initials, every kind of quotation mark,
# tags, digits, dashes, brackets, newlines and some speech words.
UNITS = (
    "a", "A", "Aa", "Aa ", "a ", " ", "  ", ".", "a.", "A.", "A. ", "Mr. ", "U.S.",
    "“", "”", '"', "'", "’", "‘", "«", "»", "“a", "a”", "a’s ", "‘a’ ", '"a" ',
    "#", "#a", "#a ", "#a-", "-", "a-", "—", "1", "1 ", "1.", ",", ", ", "a, ",
    ":", ": ", ";", "(", ")", "(a", "[", "/", "a/", "://", "www.", "@", "@a ",
    "\t", "\n", "\n\n", "\r", "\u00a0", "a\u00a0", "\u200b", "said ", "Said A ",
    "A said ", "by A ", "By ", "according to ", "he said, “", "The A ", "of ",
    "a\n", "A\n", "#a\n", "* ", "• ", "|", "=", "_", "a_", "é", "É ",
)  # fmt: skip
TAILS = ("", "\x01", "!", "\n")
RATIO = 20.0
SMALL = 500
LARGE = 8 * SMALL
PER_PATTERN_SECONDS = 60.0

AnyPattern = re.Pattern[str] | regex.Pattern[str]


def patterns(module_names: Sequence[str]) -> Iterator[tuple[str, AnyPattern, tuple[str, ...]]]:
    """(name, pattern, methods to run) for every module-level pattern."""
    for info in pkgutil.iter_modules(articleparse.__path__):
        if info.name == "__main__" or (module_names and info.name not in module_names):
            continue
        module = importlib.import_module(f"articleparse.{info.name}")
        for name, value in vars(module).items():
            pattern = getattr(value, "__self__", value)
            if not isinstance(pattern, (re.Pattern, regex.Pattern)):
                continue
            if not isinstance(pattern.pattern, str):
                continue
            method = getattr(value, "__name__", None) if value is not pattern else None
            if method in ("search", "finditer", "findall", "sub", "subn", "split"):
                methods: tuple[str, ...] = (method,)
            elif method in ("match", "fullmatch"):
                methods = (method,)
            else:
                methods = ("search", "finditer")
            yield f"{info.name}.{name}", pattern, methods


def _run(pattern: AnyPattern, method: str, text: str) -> float:
    call: Callable[..., Any] = getattr(pattern, method)
    start = time.thread_time()
    if method in ("finditer",):
        for _ in call(text):
            pass
    elif method in ("sub", "subn"):
        call("", text)
    else:
        call(text)
    return time.thread_time() - start


def _best(pattern: AnyPattern, method: str, text: str) -> float:
    return min(_run(pattern, method, text) for _ in range(3))


def audit_one(name: str, pattern: AnyPattern, methods: tuple[str, ...]) -> list[str]:
    """The first sign of super-linear time in one pattern (empty when none)."""
    found: list[str] = []
    for method in methods:
        reported = len(found)
        for unit in UNITS:
            for tail in TAILS:
                small = _best(pattern, method, unit * SMALL + tail)
                if small < 2e-5:
                    continue  # too quick to time: nothing to scale
                large = _best(pattern, method, unit * LARGE + tail)
                if large / small > RATIO:
                    found.append(
                        f"{name}.{method}: {large / small:.0f}x from {SMALL} to {LARGE}"
                        f" repeats of {unit + tail!r}"
                        f" ({small * 1e3:.2f} ms -> {large * 1e3:.2f} ms)"
                    )
                    break
            if len(found) > reported:
                break
    return found


def _child(name: str, pattern: AnyPattern, methods: tuple[str, ...], out: Any) -> None:
    out.send(audit_one(name, pattern, methods))


def main(argv: Sequence[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv)
    flagged = 0
    total = 0
    for name, pattern, methods in patterns(names):
        total += 1
        receive, send = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(target=_child, args=(name, pattern, methods, send))
        child.start()
        if receive.poll(PER_PATTERN_SECONDS):
            reports: list[str] = receive.recv()
        else:
            reports = [f"{name}: no answer in {PER_PATTERN_SECONDS:.0f} s (a runaway match?)"]
        child.kill()
        child.join()
        for report in reports:
            print(report, flush=True)
        flagged += bool(reports)
    print(f"{total} patterns, {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
