"""A trigger word inside the quoted title of a work names the work, not an act.

«ألقى الشاعر قصيدته «مطر القصف»», «صدرت رواية بعنوان «ليل الغارات»», «عرض فيلم «المعركة
الأخيرة»»: the poem, the novel, the film are the news; the bombing in their titles happened to
no one. Title words (context_words.yaml: title_words) stand right before the opening quote.
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.triggers import TriggerHit
from rasad.text.normalise import normalise_phrase

_OPENING = "«\"“"
_CLOSING = "»\"”"
TITLE_REACH = 40  # characters of a title before the trigger inside it


def in_title(original: str, hit: TriggerHit) -> bool:
    """Does `hit` stand inside quotation marks opened right after a title word?"""
    before = original[max(0, hit.start - TITLE_REACH):hit.start]
    opening = max(before.rfind(q) for q in _OPENING)
    if opening < 0 or any(q in before[opening + 1:] for q in _CLOSING):
        return False
    lead = normalise_phrase(before[:opening])
    return context_words().title_lead.search(lead + " ") is not None


def without_titles(original: str, hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the words of a work's quoted title."""
    return [h for h in hits if not in_title(original, h)]
