# A batch's progress on a terminal: one line on stderr, rewritten in place.
#
# Contract: writes nothing unless the stream is a terminal and the batch has
# run for a moment (a short batch stays quiet); never writes more than a few
# times a second; ``clear`` leaves the line empty so other messages (bad-input
# reports, the end of the batch) print cleanly.
from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]

# A batch shorter than this shows no progress at all.
_QUIET_SECONDS = 1.0
# The line is rewritten at most this often.
_EVERY_SECONDS = 0.2


class Progress:
    """Counts articles and characters and shows the rate on a terminal."""

    def __init__(self, stream: TextIO, *, enabled: bool | None = None) -> None:
        self._stream = stream
        self._enabled = stream.isatty() if enabled is None else enabled
        self._start = time.monotonic()
        self._next = self._start + _QUIET_SECONDS
        self._shown = False
        self.articles = 0
        self.chars = 0

    def advance(self, chars: int) -> None:
        """One more article of ``chars`` characters is done."""
        self.articles += 1
        self.chars += chars
        if not self._enabled:
            return
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + _EVERY_SECONDS
        elapsed = now - self._start
        self._stream.write(
            f"\r\x1b[Karticleparse: {self.articles:,} articles, "
            f"{self.chars / 1e6:,.1f} M chars, {elapsed:,.0f} s, "
            f"{self.articles / elapsed:,.0f} articles/s"
        )
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the progress line, if one is showing."""
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False
