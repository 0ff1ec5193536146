"""An act named only as what its aftermath is about is told as known, not reported.

«تفقد المحافظ موقع التفجير», «فتح تحقيق في ملابسات الانفجار الذي هز الفندق», «استذكر الكويتيون
ضحايا تفجير مسجد الإمام الصادق», «تعويضات لأصحاب المحال المتضررة من انفجار المرفأ», «نقلت طائرة
جرحى تفجير مقديشو», «أحد الناجين من القصف الكيماوي», «لأسر الجنود الذين سقطوا في معارك بحيرة
تشاد», «ارتفع عدد النازحين جراء المعارك», «أدان الأزهر الهجوم الذي استهدف المصلين»: the visit,
the inquiry, the remembrance, the compensation, the flight, the condemnation are the news; the act
is named as known. When the sentence gives the act no time of its own after its name
(«… الذي استهدف حافلة للزوار أمس الجمعة» dates it: then it is told), it makes no event; the
report that told it, if there is one, has its own trigger. Words: context_words.yaml
(aftermath_heads, condemnation_verbs).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.spans import SpanIndex, sentence_of
from rasad.events.triggers import TriggerHit

REACH = 40  # normalised characters before the act that may hold «أسر الجنود الذين سقطوا في»
CONDEMN_REACH = 90  # … and «أدان الأزهر الشريف بأشد العبارات»
# The acts an aftermath is about: fighting, blasts and strikes, violence against people.
ARMED_ACTS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def named_as_aftermath(text: str, hit: TriggerHit) -> bool:
    """Is the act named as what an aftermath (a site, an inquiry, victims, survivors, the
    displaced, a condemnation) is about?"""
    words = context_words()
    at = hit.norm_start - len(hit.prefix)
    return words.aftermath_head.search(text, max(0, at - REACH), at) is not None \
        or words.condemned.search(text, max(0, at - CONDEMN_REACH), at) is not None


def _toll_after(text: str, start: int, end: int, numbers: SpanIndex, cues: SpanIndex) -> bool:
    """A count of dead after the act: «… إلى 41», «… 12 قتيلاً» (not «خمسة ملايين فرنك»)."""
    for a, b, n in numbers.within(start, end):
        if n.vague:
            continue
        if text.endswith("الي ", 0, a) or any(c.family == "death_cues" for _, _, c in cues.within(b, min(end, b + 14))):
            return True
    return False


def without_aftermath(text: str, sentence_starts: Sequence[int], sentences: Sequence[tuple[int, int]],
                      times: SpanIndex, numbers: SpanIndex, cues: SpanIndex,
                      hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the violent acts named as an aftermath's subject that their sentence gives no
    time or toll after them («ارتفاع ضحايا تفجير المكلا إلى 41» is the toll of the act told).
    A crowd is never one («نظم أهالي الضحايا وقفة احتجاجية»: the victims' kin protest)."""
    kept = []
    for h in hits:
        # («ضحايا تفجير مسجد الإمام الصادق»: a building blown up is typed a bombing later)
        armed = h.entry.event_type in ARMED_ACTS or h.entry.sub_event_type == "Looting/property destruction"
        if armed and named_as_aftermath(text, h):
            end = sentences[sentence_of(sentence_starts, h.norm_start)][1]
            if not times.within(h.norm_end, end) and not _toll_after(text, h.norm_end, end, numbers, cues):
                continue
        kept.append(h)
    return kept
