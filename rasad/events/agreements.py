"""An agreement is an event only between parties to a conflict.

ACLED's Agreement is a ceasefire, a peace deal, a prisoner exchange or a handover agreed by
armed sides (or a state and a movement that fights it). «وقّعت وزارة التربية والنقابة محضر
اتفاق ينهي خلافاً حول المنح والترقيات», «وقعت الحكومة اتفاقاً مع شركة موانئ باستثمارات …»: a
ministry and a union, a government and a company, agree on wages or investments; no conflict
event. A state alone named beside an agreement («اتفاق حي الوعر») may have made it with rebels
the sentence leaves unnamed: only the words of pay, jobs and business tell a civil one
(context_words.yaml civil_agreement_words); words of a truce or an exchange keep it.
"""

from __future__ import annotations

from rasad.events.ceasefires import told_as_truce
from rasad.events.context_words import context_words
from rasad.events.taxonomy import ARMED_SIDES
from rasad.types import ActorMention

CIVIL_KINDS = frozenset({"government", "protesters", "civilians", "igo", "ngo", "media", "other"})


def civil_agreement(text: str, sentence: tuple[int, int], parties: list[ActorMention]) -> bool:
    """Is the agreement told in `sentence` one of pay, jobs or business between civil parties
    (a state's ministries, unions, companies), with no armed party, truce or exchange in it?"""
    # (a state's ministries are no armed side; its army and police are)
    if any(m.inter in ARMED_SIDES and not (m.inter == 1 and m.kind in CIVIL_KINDS) for m in parties):
        return False
    if told_as_truce(text[sentence[0]:sentence[1]], exchange=True):
        return False
    return context_words().civil_agreement.search(text, *sentence) is not None
