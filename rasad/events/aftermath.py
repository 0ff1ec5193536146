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

import re
from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.spans import SpanIndex, sentence_of
from rasad.events.taxonomy import CROWD_TYPES
from rasad.events.triggers import TriggerHit

REACH = 40  # normalised characters before the act that may hold «أسر الجنود الذين سقطوا في»
CONDEMN_REACH = 90  # … and «أدان الأزهر الشريف بأشد العبارات»
# «… الإرهابي الغاشم الذي »: a few words of description, then the relative pronoun.
_RELATIVE_AFTER = re.compile(r"(?:\s+[^\s،,.]+){0,3}?\s+(?:الذي|التي|اللذين|اللتين)\s+$")
# The acts an aftermath is about: fighting, blasts and strikes, violence against people.
ARMED_ACTS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def named_as_aftermath(text: str, hit: TriggerHit) -> bool:
    """Is the act named as what an aftermath (a site, an inquiry, victims, survivors, the
    displaced, a condemnation) is about?"""
    words = context_words()
    at = hit.norm_start - len(hit.prefix)
    return words.aftermath_head.search(text, max(0, at - REACH), at) is not None \
        or words.condemned.search(text, max(0, at - CONDEMN_REACH), at) is not None


def only_feared(text: str, hit: TriggerHit) -> bool:
    """«تحسباً لهجمات محتملة», «لمواجهة أي هجوم»: an act feared or prepared for."""
    at = hit.norm_start - len(hit.prefix)
    return context_words().prospect_head.search(text, max(0, at - REACH), at) is not None


def crowd_named_as_aftermath(text: str, hit: TriggerHit) -> bool:
    """«للتبرع بالدم لصالح جرحى الاحتجاجات»: protests named by their wounded, the head bound to
    them (no article of its own: «نظم أهالي الضحايا وقفة احتجاجية» is the kin's own protest)."""
    at = hit.norm_start - len(hit.prefix)
    m = context_words().aftermath_head.search(text, max(0, at - REACH), at)
    if m is None:
        return False
    head = m.group(0).strip()
    return not head.lstrip("وفبل").startswith("ال") or head.endswith((" من", " جراء", " في"))


def _toll_after(text: str, sentence: tuple[int, int], start: int, numbers: SpanIndex, cues: SpanIndex) -> bool:
    """A count of dead after the act: «ارتفاع ضحايا تفجير المكلا إلى 41», «… 12 قتيلاً» (not «خمسة
    ملايين فرنك», nor «ارتفع عدد النازحين جراء المعارك إلى نحو 300 ألف»)."""
    end = sentence[1]
    dead_told = any(c.family == "death_cues" for _, _, c in cues.within(*sentence))
    for a, b, n in numbers.within(start, end):
        if n.vague:
            continue
        if text.endswith("الي ", 0, a) and dead_told \
                or any(c.family == "death_cues" for _, _, c in cues.within(b, min(end, b + 14))):
            return True
    return False


def without_aftermath(text: str, sentence_starts: Sequence[int], sentences: Sequence[tuple[int, int]],
                      times: SpanIndex, numbers: SpanIndex, cues: SpanIndex,
                      hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the violent acts named as an aftermath's subject that their sentence gives no
    time or toll after them («ارتفاع ضحايا تفجير المكلا إلى 41» is the toll of the act told).
    A crowd is one only when the head is bound to it (`crowd_named_as_aftermath`)."""
    kept = []
    dropped_end = -1
    for h in sorted(hits, key=lambda x: x.norm_start):
        # («ضحايا تفجير مسجد الإمام الصادق»: a building blown up is typed a bombing later)
        armed = h.entry.event_type in ARMED_ACTS or h.entry.sub_event_type == "Looting/property destruction"
        if armed and only_feared(text, h):
            continue
        # («أدان الأزهر الهجوم الإرهابي الذي استهدف المصلين»: the relative clause of an act told as
        # known tells the same act)
        described = 0 <= h.norm_start - dropped_end <= REACH and _RELATIVE_AFTER.match(text, dropped_end, h.norm_start)
        if armed and (described or named_as_aftermath(text, h)) \
                or h.entry.event_type in CROWD_TYPES and crowd_named_as_aftermath(text, h):
            sentence = sentences[sentence_of(sentence_starts, h.norm_start)]
            if not times.within(h.norm_end, sentence[1]) and not _toll_after(text, sentence, h.norm_end, numbers, cues):
                dropped_end = h.norm_end
                continue
        kept.append(h)
    return kept
