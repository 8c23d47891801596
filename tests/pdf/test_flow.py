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
