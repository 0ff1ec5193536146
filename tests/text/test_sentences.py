import pytest

from rasad.text.normalise import normalise
from rasad.text.sentences import _SENTENCE_END, _sentence_ends, split_sentences


@pytest.mark.parametrize("text", ["قتل 3.5 شخص. وأصيب آخرون!\n\nوقال؟ نعم...", "a.b 1.2 ...\n\n?!؟ 3. .4 x..y", ".", ""])
def test_sentence_ends_are_the_pattern_matches(text: str) -> None:
    norm = normalise(text).text if text else text
    assert [m.span() for m in _sentence_ends(norm)] == [m.span() for m in _SENTENCE_END.finditer(norm)]


def test_split_sentences() -> None:
    norm = normalise("قتل 3.5 شخص. وأصيب آخرون!\nوقال")
    assert [norm.text[a:b] for a, b in split_sentences(norm)] == ["قتل 3.5 شخص.", "واصيب اخرون!", "وقال"]
