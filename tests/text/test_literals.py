import re

import pytest

from rasad.events.triggers import get_trigger_lexicon
from rasad.text.literals import may_match, required_literals


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"(?:و|ف)?(?:شن|يشن|تشن)\w{0,3} (?:\w+ ){0,3}?هجوم", {("شن", "يشن", "تشن"), ("هجوم",)}),
        (r"قصف (?:مدفعي|جوي)", {("قصف ",), ("مدفعي", "جوي")}),
        (r"(?:قتل|\w+ حتي الموت)", {("قتل", " حتي الموت")}),
        (r"(?:قتل|\w+)", set()),  # an alternative with no word: the alternation needs none
        (r"(?:اشتباك)?ا\w", set()),  # an optional word and one letter require nothing
        (r"(?:ال){1,2}قصف", {("ال",), ("قصف",)}),
        (r"(?i:abc)de", {("de",)}),
        (r"(?=غاره)\w+", set()),  # look-arounds are not counted
    ],
)
def test_required_literals(pattern: str, expected: set) -> None:
    assert set(required_literals(re.compile(pattern))) == expected


def test_case_blind_pattern_requires_nothing() -> None:
    assert required_literals(re.compile("abc", re.IGNORECASE)) == ()


@pytest.mark.parametrize(
    "text,pos,endpos,expected",
    [
        ("شنت الطائرات هجوما", 0, None, True),
        ("شنت الطائرات غارات", 0, None, False),
        ("هجوم. شنت الطائرات", 5, None, False),  # the word lies before the range searched
        ("شنت هجوما. ثم", 0, 6, False),  # … or after it
    ],
)
def test_may_match(text: str, pos: int, endpos: int | None, expected: bool) -> None:
    needs = required_literals(re.compile(r"(?:و|ف)?(?:شن|يشن|تشن)\w{0,3} (?:\w+ ){0,3}?هجوم"))
    assert may_match(needs, text, pos, endpos) is expected


@pytest.mark.parametrize(
    "text",
    [
        "وشنت قوات النظام هجوما واسعا على البلدة",
        "أطلقت قوات الأمن النار على المتظاهرين في الساحة",
        "تبادل الطرفان اطلاق النار قرب الحدود",
        "خرج المحتجون في مسيرة وسط المدينة",
    ],
)
def test_no_trigger_pattern_is_skipped_where_it_matches(text: str) -> None:
    from rasad.text.normalise import normalise

    norm = normalise(text).text
    for pattern, _entry in get_trigger_lexicon().patterns:
        if pattern.search(norm):
            assert may_match(required_literals(pattern), norm)


def test_pattern_gate_opens_only_where_the_words_are() -> None:
    from rasad.text.literals import PatternGate

    gate = PatternGate([re.compile(r"(?:و|ف)?شن\w* هجوم"), re.compile(r"قصف (?:مدفعي|جوي)"), re.compile(r"\w+")])
    assert gate.open("وشنت الطائرات هجوما") == [True, False, True]
    assert gate.open("قصف جوي على البلدة") == [False, True, True]
    assert PatternGate([re.compile(r"\w+")]).open("نص") == [True]


def test_range_gate_answers_as_may_match_does() -> None:
    from rasad.text.literals import RangeGate

    pattern = re.compile(r"(?:لقي|لقوا)\s+(?P<who>\w+)\s+(?:حتفه|مصرعه|مصرعهم)|(?P<w2>\w+)\s+حتي الموت|(?:قتل|استشهد)(?!\w)")
    gate = RangeGate(pattern)
    needs = required_literals(pattern)
    text = "لقي رجل مصرعه. واستشهد شاب. ضرب حتي الموت، وقتلت امرأة ومصرعهم"
    for pos in range(0, len(text), 3):
        for endpos in range(pos, len(text) + 1, 4):
            assert gate.may_match(text, pos, endpos) == may_match(needs, text, pos, endpos), (pos, endpos)
