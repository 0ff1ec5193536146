"""Ground taken without a fight is a non-violent transfer of territory (ACLED).

«استعاد الجيش بلدة عدن يابال بعد انسحاب مقاتلي الشباب منها دون قتال», «دخلت قوات النظام
قرية فليفل دون قتال»: the wording of a capture, but the sentence says nobody fought for it.
Words: rasad/data/events/context_words.yaml (no_fight_words).
"""

from __future__ import annotations

from rasad.events.context_words import context_words

TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def retype_taking(etype: str, sub: str, text: str, sentence: tuple[int, int]) -> tuple[str, str]:
    """(type, sub-type) of a capture told in `sentence`: a transfer when no fight was fought."""
    if etype == "Battles" and sub in TAKINGS and context_words().no_fight.search(text, *sentence):
        return "Strategic developments", "Non-violent transfer of territory"
    return etype, sub
