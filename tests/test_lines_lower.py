"""Lowering a text whole: `lower_whole` gives what str.lower() gives.

A text that is not ASCII is lowered as UTF-8 bytes when its only characters
with a case are ASCII letters; these tests hold that to str.lower() on any
text, and on texts mixing ASCII with the characters that change the answer
(a capital with a case, a final sigma, a dotted capital I, a lone surrogate).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleparse._lines import WHOLE_LOWER_CHARS, _lower_ascii_letters, lower_whole

# ASCII, caseless marks of news text, and characters with a case (one of which
# lowers to two characters, one by its context).
_MIXED = st.text(
    alphabet=st.sampled_from(
        [
            *"Ab z.\n",
            "\N{LEFT DOUBLE QUOTATION MARK}",
            "\N{EM DASH}",
            "\N{NO-BREAK SPACE}",
            "\N{LATIN CAPITAL LETTER E WITH ACUTE}",
            "\N{GREEK CAPITAL LETTER SIGMA}",
            "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}",
            "\N{CYRILLIC CAPITAL LETTER A}",
            "\ud800",  # a lone surrogate
            "\U0001f600",
        ]
    ),
    max_size=40,
)


@given(text=st.text() | _MIXED)
def test_lowering_as_bytes_gives_what_str_lower_gives(text: str) -> None:
    assert _lower_ascii_letters(text) == text.lower()


@given(text=st.text() | _MIXED)
def test_lower_whole_keeps_each_character_at_its_offset(text: str) -> None:
    lowered = text.lower()
    assert lower_whole(text) == (lowered if len(lowered) == len(text) else None)


def test_a_long_text_is_not_lowered_whole() -> None:
    assert lower_whole("A" * (WHOLE_LOWER_CHARS + 1)) is None
    assert lower_whole("\N{EM DASH}A" * (WHOLE_LOWER_CHARS // 2)) == (
        "\N{EM DASH}a" * (WHOLE_LOWER_CHARS // 2)
    )
