"""Line breaking and pagination."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from composer.pdf.flow import Item, TextMeasurer, keep_together, paginate, wrap
from composer.pdf.fonts import BOLD, REGULAR


def lines_of(text: str, width: float = 200.0) -> list[str]:
    return [line.text for line in wrap([(text, REGULAR)], width, 10, 12, TextMeasurer())]


def test_breaks_at_spaces_and_keeps_words_whole() -> None:
    text = "the quick brown fox jumps over the lazy dog " * 4
    lines = lines_of(text.strip())
    assert " ".join(lines) == text.strip()
    assert len(lines) > 1


def test_forced_breaks_and_typed_indentation_are_kept() -> None:
    assert lines_of("one\n  two\n\nthree") == ["one", "  two", "", "three"]


def test_a_word_longer_than_the_line_is_split() -> None:
    url = "https://example.org/" + "a" * 200
    lines = lines_of(url, 100)
    assert "".join(lines) == url and len(lines) > 3


def test_styles_touching_stay_one_word() -> None:
    spans = [("a " * 20 + "bold", BOLD), (", after", REGULAR)]
    lines = wrap(spans, 60, 10, 12, TextMeasurer())
    assert all(not line.text.startswith(",") for line in lines)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab cdéԱԲ\n-"), max_size=300),
    st.floats(min_value=20, max_value=400),
)
def test_no_line_is_wider_than_the_frame_and_no_text_is_lost(text: str, width: float) -> None:
    lines = wrap([(text, REGULAR)], width, 10, 12, TextMeasurer())
    for line in lines:
        assert line.width <= width + 0.01 or len(line.text.strip()) == 1
    joined = "".join(line.text for line in lines)
    assert joined.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_pagination_respects_keep_together_and_drops_top_gaps() -> None:
    items = [Item(10) for _ in range(8)] + [Item(5, kind="gap")]
    items += keep_together([Item(10), Item(10), Item(10)])
    pages = paginate(items, [100])
    assert [len(p) for p in pages] == [9, 3] or [len(p) for p in pages] == [8, 3]
    assert pages[1][0].kind != "gap"


def test_group_taller_than_a_page_still_breaks() -> None:
    items = keep_together([Item(40) for _ in range(10)])
    pages = paginate(items, [100])
    assert [len(p) for p in pages] == [2, 2, 2, 2, 2]


_SEGMENT_TEXT = st.lists(
    st.sampled_from(
        ["word", "Ձեզ", "a", " ", "  ", "\n", "\n\n", "averyveryverylongwordthatwraps", "é,"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_SEGMENT_TEXT, st.sampled_from([REGULAR, BOLD])), min_size=1, max_size=4),
    st.sampled_from([60.0, 150.0, 400.0]),
)
def test_breaking_each_part_between_line_breaks_is_the_same_as_breaking_the_whole(
    spans: list[tuple[str, int]], width: float
) -> None:
    from composer.pdf.flow import _wrap

    whole = _wrap(spans, width, 11.0, 14.0, TextMeasurer())
    parts = wrap(spans, width, 11.0, 14.0, TextMeasurer())
    assert [(ln.pieces, ln.size, ln.leading) for ln in parts] == [
        (ln.pieces, ln.size, ln.leading) for ln in whole
    ]


def test_a_keystroke_re_breaks_only_its_own_part_of_a_long_value() -> None:
    from composer.pdf.flow import _wrapped

    paragraphs = [
        f"Paragraph {i} has a few words in it, enough for a line or two." for i in range(30)
    ]
    text = "\n\n".join(paragraphs)
    wrap([(text, REGULAR)], 300.0, 11.0, 14.0, TextMeasurer())
    before = _wrapped.cache_info()
    wrap([(text + " More", REGULAR)], 300.0, 11.0, 14.0, TextMeasurer())
    after = _wrapped.cache_info()
    assert after.misses - before.misses == 1  # only the last paragraph was broken again
