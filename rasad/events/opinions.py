"""A commentator's reading of the war is no report of an act.

Long web articles close with what analysts make of it all: «ويرى مراقبون أن الانقسام داخل
المجموعة قد يجعل الخيار العسكري صعباً», «ويقول محللون إن الجماعات كثفت عملياتها منذ انسحاب
القوات الفرنسية», «ويحذر خبراء من أن التنظيم ما زال قادراً على شن هجمات». The acts named there
are general, hypothetical or long past; ANNOTATION.md codes no opinions. An act told in such a
sentence after the commentator is dropped — unless the sentence turns to report it as a past fact
(«…، إذ كان الجيش قد استعاد في مارس الماضي السيطرة على القصر»), which ANNOTATION.md codes.
Words: context_words.yaml (opinion_verbs, report_verbs, commentators, experts).
"""

from __future__ import annotations

from typing import Sequence

from rasad.events.context_words import context_words
from rasad.events.spans import sentence_of
from rasad.events.triggers import TriggerHit


def without_opinions(text: str, sentence_starts: Sequence[int], hits: Sequence[TriggerHit]) -> list[TriggerHit]:
    """`hits` less the acts a commentator's sentence names after the commentator."""
    words = context_words()
    kept = []
    for h in hits:
        start = sentence_starts[sentence_of(sentence_starts, h.norm_start)] if sentence_starts else 0
        end = max(start, h.norm_start - len(h.prefix))
        said = words.opinion.search(text, start, end)
        if said is None or words.pluperfect.search(text, said.end(), end):
            kept.append(h)
    return kept
