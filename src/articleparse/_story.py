# Stage 1b: find the story among the lines: the headline, the lines around the
# story that are not story (bylines, datelines, a page's menus and footers), and
# decide whether the text is an article's own text or a whole page.
#
# Contract: takes the labels of _chrome and returns them refined, one per line;
# it may relabel "body" lines (as headline or chrome) and leaves the others.
from __future__ import annotations

from collections.abc import Sequence

from ._lines import Line


def label_story(text: str, lines: Sequence[Line], labels: Sequence[str], mode: str) -> list[str]:
    """Refine the labels: headline, bylines and page chrome (placeholder: no change)."""
    return list(labels)
