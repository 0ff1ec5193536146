import pytest

from rasad.text.clitics import segment
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import normalise

NAMES = ["حماة", "إدلب", "النظام", "هيئة تحرير الشام", "تنظيم الدولة الإسلامية", "ريف حماة", "اشتباكات"]


def _matcher(bulk: bool = False) -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    if bulk:  # the gazetteer's way: every name in one call
        m.add_all((name, name) for name in NAMES)
        return m
    for name in NAMES:
        m.add(name, name)
    return m


@pytest.mark.parametrize(
    "text,expected",
    [
        ("نقلت الفصائل عتادها من مواقعها بحماة وإدلب شمالا", ["حماة", "إدلب"]),
        ("خاضعة للنظام منذ عامين", ["النظام"]),
        ("محادثات جرت مع “هيئة تحرير الشام” مساء الأحد", ["هيئة تحرير الشام"]),
        ("قرى خاضعة لنفوذ تنظيم “الدولة الإسلامية”، حسب مصادر", ["تنظيم الدولة الإسلامية"]),
        ("اشتباكات في ريف حماة الشمالي", ["اشتباكات", "ريف حماة"]),
        ("وكاناشتباكات اندلعت صباح الخميس", ["اشتباكات"]),
        ("قرية حماتا ليست حماة", ["حماة"]),
        ("المدلبي ليس إدلب", ["إدلب"]),
    ],
)
@pytest.mark.parametrize("bulk", [False, True])
def test_clitic_aware_matching(text: str, expected: list[str], bulk: bool) -> None:
    found = [h.payload[0] for h in _matcher(bulk).find(normalise(text))]
    assert found == expected


def test_hit_spans_are_original_offsets() -> None:
    text = "بين “فيلق الرحمن” و”هيئة تحرير الشام” في ريف حماة"
    hits = _matcher().find(normalise(text))
    assert [text[h.start:h.end] for h in hits] == ["هيئة تحرير الشام", "ريف حماة"]


@pytest.mark.parametrize(
    "word,prefixes,stem,suffix",
    [
        ("وبحماة", ("و", "ب"), "حماه", ""),
        ("للنظام", ("ل", "ال"), "نظام", ""),
        ("وإدلب", ("و",), "ادلب", ""),
        ("مقاتليها", (), "مقاتلي", "ها"),
        ("عناصره", (), "عناصر", "ه"),
        ("سيخرج", ("س",), "يخرج", ""),
    ],
)
def test_segment(word: str, prefixes: tuple[str, ...], stem: str, suffix: str) -> None:
    assert segment(word) == (prefixes, stem, suffix)


def test_tokens_carry_their_clitics() -> None:
    from rasad.pipeline import create_pipeline

    nlp = create_pipeline(exclude=("rasad_places", "rasad_actors", "rasad_events"))
    doc = nlp("نقلت الفصائل عتادها بحماة وإدلب")
    assert [t._.clitics for t in doc][-2:] == [(("ب",), "حماه", ""), (("و",), "ادلب", "")]


def test_shared_scan_gives_each_matcher_its_own_hits() -> None:
    from rasad.text.matcher import SharedScan

    def build(phrases: list[str]) -> PhraseMatcher[str]:
        m: PhraseMatcher[str] = PhraseMatcher(suffixes=("",))
        for p in phrases:
            m.add(p, p)
        return m

    lists = [["حماة", "ريف حماة", "النظام"], ["اشتباكات", "حماة"], ["قصف", "القصف"]]
    texts = ["اشتباكات في ريف حماة وقصف للنظام", "والقصف على حماة", "لا شيء هنا"]
    alone = [[[(h.norm_start, h.norm_end, h.prefix, h.payload) for h in build(p).find_all(normalise(t))] for t in texts]
             for p in lists]
    members = [build(p) for p in lists]
    SharedScan(members)
    shared = [[[(h.norm_start, h.norm_end, h.prefix, h.payload) for h in m.find_all(normalise(t))] for t in texts]
              for m in members]
    assert shared == alone
