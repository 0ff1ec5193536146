"""A weapon named as the means of a strike is that strike, not a second event.

«قصفت الطائرات الحربية البلدة بالصواريخ», «شنت طائرات التحالف غارات … بصواريخ موجهة»,
«استهدفت … الأحياء بعدة قذائف»: the weapon noun is a shelling trigger on its own («سقطت
صواريخ على …»), but introduced by «ب» after a strike told earlier in its sentence it only says
how that strike was made. ACLED codes one event, of the strike's sub-type. So with a clash
fought «بالأسلحة الثقيلة والقذائف» or one «استخدمت فيها القذائف الصاروخية»: one battle. An
attack made with such weapons alone («هاجمت القوات السوق بالمدفعية الثقيلة») is the strike.
Words: rasad/data/events/context_words.yaml (instrument_nouns, instrument_quantities,
weapon_use_leads, new_clause_openers).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasad.events.context_words import context_words
from rasad.events.triggers import TriggerHit
from rasad.text.sentences import clause_bounds

STRIKES = "Explosions/Remote violence"
BATTLES = "Battles"
_WINDOW = 24  # how far back a quantity word («بعشرات من») may stand


def _is_weapon(hit: TriggerHit) -> bool:
    """Is `hit` a strike trigger that is a bare weapon noun («صواريخ», «قذائف الهاون»)?"""
    return hit.entry.event_type == STRIKES and hit.key in context_words().instrument_nouns


def is_instrument(text: str, hit: TriggerHit) -> bool:
    """Is `hit` a weapon noun introduced by «ب» (on itself or on a quantity just before it)?"""
    if not _is_weapon(hit):
        return False
    words = context_words()
    if hit.prefix.lstrip("وف").startswith("ب"):
        return True
    return words.instrument_lead.search(text, max(0, hit.norm_start - _WINDOW), hit.norm_start) is not None


def _same_report(text: str, sentence: tuple[int, int], strike: TriggerHit, hit: TriggerHit,
                 actor_starts: Sequence[int]) -> bool:
    """Does `hit` still belong to the report that `strike` opens? Commas alone do not part
    them («استهدفت طائرات …، فجر اليوم، أحياء … بعدة صواريخ»); a later clause that opens
    with «كما», «ثم» … or names a party of its own starts another report."""
    words = context_words()
    strike_clause_end = clause_bounds(text, sentence, strike.norm_start)[1]
    at = strike_clause_end
    while at < hit.norm_start:
        start, end = clause_bounds(text, sentence, at + 1)
        if words.new_clause.match(text, start):
            return False
        at = max(end, at + 1)
    return not any(strike_clause_end <= a < hit.norm_start for a in actor_starts)


def drop_instruments(text: str, sentence: tuple[int, int], hits: list[TriggerHit],
                     actor_starts: Sequence[int] = ()) -> list[TriggerHit]:
    """The sentence's triggers without the weapons that are the means of a strike told before
    them in the same report. `actor_starts`: where the sentence names its parties."""
    kept: list[TriggerHit] = []
    for hit in sorted(hits, key=lambda h: h.norm_start):
        if is_instrument(text, hit):
            acts = [k for k in kept if k.entry.event_type in (STRIKES, BATTLES) and k.norm_end <= hit.norm_start]
            if acts and _same_report(text, sentence, acts[-1], hit, actor_starts):
                if _shelled(text, sentence, acts[-1]):
                    kept.remove(acts[-1])  # «هاجمت القوات السوق بالمدفعية»: a shelling, told as an attack
                    kept.append(hit)
                continue
        elif _used_in_fight(text, sentence, hit) and any(k.entry.event_type == BATTLES and k.norm_end <= hit.norm_start
                                                         for k in kept):
            continue  # «اشتباكات … استخدمت فيها القذائف الصاروخية»: the clash's weapons
        elif hit.entry.event_type == STRIKES and kept and context_words().weapon_destroyed.search(
                text, max(sentence[0], hit.norm_start - 32), hit.norm_start) is not None:
            continue  # «حررت قرى … بعد معارك أسفرت عن قتل 47 إرهابياً وتدمير 9 عجلات مفخخة»: what the fight destroyed
        kept.append(hit)
    return kept


def _shelled(text: str, sentence: tuple[int, int], act: TriggerHit) -> bool:
    """Is `act` an attack («هاجم», «هجوم») made with the remote weapons after it alone? ACLED
    codes it as the weapons' strike; with small arms or a fight beside them it stays a battle."""
    words = context_words()
    return act.entry.event_type == BATTLES and words.attack.search(act.key) is not None \
        and words.small_arms.search(text, *sentence) is None


def _used_in_fight(text: str, sentence: tuple[int, int], hit: TriggerHit) -> bool:
    """Is `hit` a weapon named as what a fight was fought with («استخدمت فيها القذائف»)?"""
    return _is_weapon(hit) and context_words().weapon_use.search(text, max(sentence[0], hit.norm_start - 48), hit.norm_start) is not None
