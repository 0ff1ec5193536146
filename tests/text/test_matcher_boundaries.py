"""Boundary rules of `PhraseMatcher.find_all`, hit by hit: clitics before, pronouns after,
the article rules, and original spans that keep the marks written on a name's last letter."""

from __future__ import annotations

import pytest

from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import normalise


def _hits(text: str, names: list[str], **kw) -> list[tuple[str, str, str]]:
    m: PhraseMatcher[str] = PhraseMatcher(**kw)
    for name in names:
        m.add(name, name)
    return [(text[h.start:h.end], h.prefix, h.suffix) for h in m.find_all(normalise(text))]


@pytest.mark.parametrize(
    "text,names,kw,expected",
    [
        # marks after the last letter belong to the name as written
        ("سيطرت الفصائلُ على مدينةِ حماةَ صباحاً", ["حماة"], {}, [("حماةَ", "", "")]),
        ("قصفت قوّاتُ النظامِ البلدة", ["قوات النظام"], {}, [("قوّاتُ النظامِ", "", "")]),
        # proclitics before the name, and a word that merely contains it
        ("وصلت التعزيزات وبحماة ساد الهدوء", ["حماة"], {}, [("حماة", "وب", "")]),
        ("قرية حماتا في الريف", ["حماة"], {}, []),
        ("انسحب مقاتلو الفصائل", ["مقاتلو"], {}, [("مقاتلو", "", "")]),
        # «ل» swallows the article's alef: «للنظام» is «ل» + «النظام»
        ("وجهت التهمة للنظام وحده", ["النظام"], {}, [("للنظام", "", "")]),
        ("وللنظام حلفاء", ["النظام"], {}, [("للنظام", "و", "")]),
        ("بللنظام", ["النظام"], {}, []),
        # the article is no proclitic of a name that has one, or of a matcher that forbids it
        ("قال الالنظام", ["النظام"], {}, []),
        ("الحماة", ["حماة"], {"allow_article": False}, []),
        ("الحماة", ["حماة"], {}, [("حماة", "ال", "")]),
        # pronoun suffixes only when the matcher allows them
        ("أعلن مقاتليها الانسحاب", ["مقاتلي"], {"suffixes": ("", "ها")}, [("مقاتلي", "", "ها")]),
        ("أعلن مقاتليها الانسحاب", ["مقاتلي"], {"suffixes": ("",)}, []),
    ],
)
def test_boundaries(text: str, names: list[str], kw: dict, expected: list[tuple[str, str, str]]) -> None:
    assert _hits(text, names, **kw) == expected
