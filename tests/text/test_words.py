import json
from pathlib import Path

import pytest

from rasad.text.normalise import normalise
from rasad.text.words import matches_at, spelled_with, words

CHALLENGE = Path(__file__).resolve().parents[2] / "eval" / "challenge"
SENTENCES = [
    "وقال أبو محمد الحلبي إن لواء “شهداء بدر” وكتيبة أحرار الشام قاتلا في بلدات (التح، وجرجناز)",
    "غارات للمقاتلات التركية على مواقع لقوات سوريا الديمقراطية قرب القرى الكردية في ريف الحسكة",
    "أعلن الجيش الليبي والمسلحين اليمنيين وأم علي في قرى التح وجرجناز",
]


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for path in sorted(CHALLENGE.glob("*.articles.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _patterns() -> list[tuple[str, object, frozenset[str]]]:
    from rasad.actors import patterns
    from rasad.actors.nationality import nationality_assets
    from rasad.places import resolver, unlisted

    lead, _stop, lead_words = unlisted._lexicon()
    assets = nationality_assets()
    return [("heads", patterns._HEAD_RE, patterns._HEAD_FIRSTS), ("kunyas", patterns._KUNYA_RE, patterns._KUNYA_FIRSTS),
            ("assets", assets.pattern, assets.firsts), ("nisba", resolver._NISBA_RE, resolver._NISBA_WORDS),
            ("lists", lead, lead_words)]


@pytest.mark.parametrize("name,pattern,firsts", _patterns())
def test_matches_at_finds_what_finditer_finds(name: str, pattern, firsts: frozenset[str]) -> None:
    for text in _texts():
        norm = normalise(text)
        assert [m.span() for m in matches_at(pattern, norm, firsts)] == [m.span() for m in pattern.finditer(norm.text)]


def test_words_are_scanned_once_per_document() -> None:
    norm = normalise("قتل 12 شخصا، بينهم طفلان.")
    assert [w for w, _, _ in words(norm)] == ["قتل", "12", "شخصا", "بينهم", "طفلان"]
    assert words(norm) is words(norm)


def test_spelled_with_glues_each_clitic_to_each_first_word() -> None:
    assert spelled_with(("و",), ("غرفه عمليات", "لواء")) == {"غرفه", "لواء", "وغرفه", "ولواء"}


def test_search_at_finds_what_search_finds_in_a_range() -> None:
    from rasad.events.toll_words import toll_words
    from rasad.text.sentences import split_sentences
    from rasad.text.words import finditer_at, search_at

    tw = toll_words()
    for text in _texts()[:120]:
        norm = normalise(text)
        t = norm.text
        ranges = split_sentences(norm) + [(0, len(t)), (3, max(3, len(t) // 2)), (len(t) // 3, len(t) - 5)]
        for a, b in ranges:
            for pattern, firsts in ((tw.cumulative, tw.cumulative_firsts), (tw.other_fate, tw.other_fate_firsts)):
                found = search_at(pattern, t, firsts, a, b)
                expected = pattern.search(t, a, b)
                assert (found.span() if found else None) == (expected.span() if expected else None)
                assert [m.span() for m in finditer_at(pattern, t, firsts, a, b)] == \
                    [m.span() for m in pattern.finditer(t, a, b)]


SPELLED = [
    # (text, form, clitics, lo, hi, hits): places and names asked about by their written form
    ("قصف الطيران حاس وكفرنبل، وقضى في حاس رجل وبحاس امرأة", "حاس", ("و", "ب", "ف", "وب"), 0, None, 3),
    ("خرج المحتجون في أحياء بري والصحافة، وأطلق الأمن النار عليهم ببري", "بري", ("ب",), 0, None, 2),
    ("قتل شاب في الحاسة وفي حاسين", "حاس", ("ب",), 0, None, 0),  # longer words hold no «حاس»
    ("وفي حماة قتل رجل، وفي الحماة", "حماه", ("ال",), 0, None, 2),
    ("في بلدة اللطامنة قصف واللطامنة", "اللطامنه", ("و", "ب"), 9, 31, 1),
]


@pytest.mark.parametrize(("text", "form", "clitics", "lo", "hi", "hits"), SPELLED)
def test_spelled_at_finds_what_its_pattern_finds(text, form, clitics, lo, hi, hits):
    import re

    from rasad.text.words import spelled_at

    norm = normalise(text).text
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, clitics))})?{re.escape(form)}(?!\w)")
    expected = [(m.start(), m.end()) for m in pattern.finditer(norm, lo, len(norm) if hi is None else hi)]
    found = [(s, e) for s, e, _ in spelled_at(norm, form, clitics, lo, hi)]
    assert found == expected
    assert len(found) == hits
