import pytest

from rasad.events.triggers import _first_words, _last_words, _spelled


@pytest.mark.parametrize("segment", ["", "كلمة", "قال ، المصدر : إن الطائرات - قصفت ، ، ، البلدة", "أ ب ، ، ، ، ، ، ج د ه و ز"])
@pytest.mark.parametrize("reach", [1, 2, 4, 8, None])
def test_a_context_reads_the_same_words_near_the_hit(segment: str, reach: int | None) -> None:
    full = [v for v in map(_spelled, segment.split()) if v is not None]
    last, first = _last_words(segment, reach), _first_words(segment, reach)
    if reach is None:
        assert last == full and first == full
    else:
        assert last[-reach:] == full[-reach:] and first[:reach] == full[:reach]
