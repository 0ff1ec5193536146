"""One event's toll from the death counts told about it, wherever in the article.

An article states a toll several times: in the headline and the body, as a first figure
and a later rising tally, as a total and its breakdown. None of these add up. What adds
up is the sides of one fight told in one sentence («تسعة من قسد وخمسة من التنظيم»), or
sides told apart in different sentences. So: each sentence gives one value (its sum, or its
stated total when it has one); each named side keeps its largest figure; the toll is the
largest of the sentence values and the sum over sides. Vague words («العشرات») are no
figure: alone they give null, not a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from rasad.events.fatalities import DeathCount
from rasad.events.spans import sentence_of
from rasad.events.toll_words import running_total
from rasad.text.normalise import normalise_phrase
from rasad.text.words import spelled_at
from rasad.types import PlaceMention

TIE_BEFORE = 3  # «وقضى في حاس رجل»: at most this many characters from a place to its victims
TIE_AFTER = 72  # «مقتل خمسة مدنيين من عائلة واحدة في كنصفرة»: characters from the victims to their place
TIE_NEIGHBOUR = 25  # «رجل وابنه»: a count this close to a tied one shares its place
# Up to eight words of who the dead were and how («مدنيين بينهم ثلاثة أطفال», «من عائلة واحدة بعد
# استهداف منزلهم»), no comma or full stop among them (a clause told after one is no longer about
# these dead), then «في», standing alone or glued to the last word («وب»). Each word is bounded
# by whitespace, so a miss is read in linear time: a word allowed to split anywhere had made
# every miss try each way of cutting up to eight words.
_WORD = r"[^\s،,.؛:]+"
_TIE_AFTER = re.compile(rf"^\s*(?:(?:{_WORD}\s+){{0,8}}|(?:{_WORD}\s+){{0,7}}{_WORD})"
                        r"(?:في|ب|داخل)\s*(?:(?:بلده|مدينه|قريه|بلدتي|مخيم|حي|منطقه)\s+)?$")
_TIE_TIGHT = re.compile(r"^\s*(?:في|ب|داخل)\s*(?:(?:بلده|مدينه|قريه|مخيم|حي|منطقه)\s+)?$")
# «وقضت في حاس عائلة مؤلفة من أب وثلاثة أطفال»: a family's members counted after the family.
_FAMILY_OF = re.compile(r"\s*(?:عائله|اسره)(?:\s+\S+)?\s+(?:مولفه|مكونه|تتالف|تتكون)\s+من\s*$")
_TIE_BEFORE = re.compile(r"(?:^|\s)(?:و?في|و?ب)\s*(?:(?:بلده|مدينه|قريه|مخيم|حي|منطقه)\s+)?$")
# «وفي العشارة، قتل ما لا يقل عن أربعة أشخاص»: a place fronted at the head of the sentence
# is where the sentence's dead fell, however many words stand between it and the count.
_FRONTED = re.compile(r"^\s*(?:و|ف)?(?:في|ب)\s*(?:(?:بلده|مدينه|قريه|مخيم|حي|منطقه)\s+)?$")
FRONT_REACH = 45  # characters from a fronted place to a count it holds



def event_toll(deaths: Sequence[DeathCount], starts: list[int],
               span: Callable[[int, int], tuple[int, int]] | None = None,
               original: str = "") -> tuple[int | None, list[dict]]:
    """(fatalities, fatalities_detail) of one event from every count owned by it; with `span`
    (normalised → original offsets), each count told in one place carries its text span."""
    uniq = [d for d in {(d.norm_start, d.norm_end): d for d in deaths}.values() if not d.vague]
    if not uniq:
        return None, []
    by_sentence: dict[int, list[DeathCount]] = {}
    for d in uniq:
        by_sentence.setdefault(sentence_of(starts, d.norm_start), []).append(d)
    best_value, best_group = -1, []
    for group in by_sentence.values():
        tallies = [d for d in group if d.tally]
        value = max(d.count for d in tallies) if tallies else sum(d.count for d in group)
        if value > best_value:
            best_value, best_group = value, (tallies and [max(tallies, key=lambda d: d.count)]) or group
    # Sides told in different sentences add up: the largest figure each side is given.
    sides: dict[str, DeathCount] = {}
    for group in by_sentence.values():
        per: dict[str, int] = {}
        for d in group:
            if d.actor is not None and not d.tally:
                per[d.actor.actor_id] = per.get(d.actor.actor_id, 0) + d.count
        for actor_id, count in per.items():
            if actor_id not in sides or count > sides[actor_id].count:
                sides[actor_id] = next(d for d in group if d.actor is not None and d.actor.actor_id == actor_id)
                sides[actor_id] = DeathCount(count, sides[actor_id].approx, 0, 0, sides[actor_id].actor)
    if len(sides) >= 2 and sum(d.count for d in sides.values()) > best_value:
        best_value, best_group = sum(d.count for d in sides.values()), list(sides.values())
    # «وقضى ثلاثة آخرون متأثرين بجراحهم»: dead told on top of the toll add to it.
    extra = [d for d in uniq if d.extra and not d.tally and d not in best_group]
    if extra and best_group and not all(d.extra for d in best_group):
        best_value += sum(d.count for d in extra)
        best_group = list(best_group) + extra
    detail = [{"actor": d.actor.actor_id if d.actor else None, "count": d.count, "approx": d.approx,
               **_where(d, span, original)} for d in best_group]
    return best_value, detail


def _where(d: DeathCount, span: Callable[[int, int], tuple[int, int]] | None, original: str) -> dict:
    """The count's span in the original text (none for a side's sum of several counts)."""
    if span is None or d.norm_end <= d.norm_start:
        return {}
    a, b = span(d.norm_start, d.norm_end)
    return {"text": original[a:b], "start": a, "end": b}


def _named_again(text: str, sentence: tuple[int, int], known: Iterable[PlaceMention | None]
                 ) -> list[tuple[int, int, PlaceMention]]:
    """Where the sentence names again a place of the list («… وقضى في حاس رجل»): the place
    stage tags a name once, so its later mentions are found here by their written form."""
    found = []
    for p in known:
        if p is None:
            continue
        for form in {normalise_phrase(p.text), normalise_phrase(p.name_ar)}:
            if not form or text.find(form, sentence[0], sentence[1]) < 0:
                continue  # a match in the sentence holds the form there (most sentences do not)
            for start, end, _ in spelled_at(text, form, _CLITICS, 0, sentence[1]):
                if start >= sentence[0]:
                    found.append((start, end, p))
    return found


_CLITICS = ("و", "ب", "ف", "وب")  # what may stand glued before a place named again


def tied_places(text: str, sentence: tuple[int, int], deaths: Sequence[DeathCount],
                places: Sequence[tuple[int, int, PlaceMention]],
                known: Iterable[PlaceMention | None] = ()) -> dict[int, PlaceMention]:
    """id(count) → the place the text ties it to («وقضى في حاس رجل», «مقتل أربعة في سراقب»).

    Places and counts are in normalised offsets and lie in `sentence`; `known` are the places
    of a list the counts may belong to. A count tied to no place is left out, so a list of
    places shares no toll it does not name a place for.
    """
    places = sorted(list(places) + _named_again(text, sentence, known), key=lambda x: x[0])
    ties: dict[int, PlaceMention] = {}
    for d in deaths:
        before = [(s, e, p) for s, e, p in places if e <= d.norm_start
                  and (d.norm_start - e <= TIE_BEFORE or _FAMILY_OF.match(text, e, d.norm_start))
                  and _TIE_BEFORE.search(text[max(0, s - 14):s])]
        after = [(s, e, p) for s, e, p in places if s >= d.norm_end and s - d.norm_end <= TIE_AFTER
                 and _TIE_AFTER.match(text[d.norm_end:s])]
        # «امرأة في الشقب وطفلين في الصلو»: a place right after its count wins over the one before.
        tight = [a for a in after if _TIE_TIGHT.match(text[d.norm_end:a[0]])]
        if tight:
            ties[id(d)] = tight[0][2]
        elif before:
            ties[id(d)] = before[-1][2]
        elif after:
            ties[id(d)] = after[0][2]
        elif (front := _fronted(text, sentence, d, places)) is not None:
            ties[id(d)] = front
    for d in deaths:
        if id(d) in ties:
            continue
        # («ستة عشر قتيلاً، وقتل تسعة آخرون في الكاظمية»: a comma between them ends the first count's clause)
        near = [t for t in deaths if id(t) in ties and abs(t.norm_end - d.norm_start) <= TIE_NEIGHBOUR
                and not any(ch in text[min(t.norm_end, d.norm_end):max(t.norm_start, d.norm_start)] for ch in "،,.")]
        if near:
            ties[id(d)] = ties[id(near[0])]
    return ties


def _fronted(text: str, sentence: tuple[int, int], d: DeathCount,
             places: Sequence[tuple[int, int, PlaceMention]]) -> PlaceMention | None:
    """The place that heads the sentence («وفي X،») when the count follows it in the same
    clause, no other place or comma in between."""
    head = next(((s, e, p) for s, e, p in places if s >= sentence[0] and _FRONTED.match(text[sentence[0]:s])), None)
    if head is None or not 0 <= d.norm_start - head[1] <= FRONT_REACH:
        return None
    between = text[head[1]:d.norm_start].lstrip(" ،,")
    if any(ch in between for ch in "،,.؛:") or any(head[1] <= s < d.norm_start for s, _, _ in places):
        return None
    return head[2]


def same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return False
    if a.gazetteer_id and b.gazetteer_id:
        return a.gazetteer_id == b.gazetteer_id
    return a.name_ar == b.name_ar


def cumulative(text: str, sentence: tuple[int, int]) -> bool:
    """«منذ بداية العام», «حتى الآن»: the sentence tells a running total, not one event's toll."""
    return running_total(text, *sentence)


@dataclass
class Told:
    """What the orphan-toll rule needs to know of a candidate event."""

    sentence: int
    violent: bool
    location: PlaceMention | None
    split: bool  # one of several events made from a list of places


def orphan_target(si: int, deaths: Sequence[DeathCount], ties: dict[int, PlaceMention],
                  told: Sequence[Told]) -> list[int]:
    """Indexes into `told` of the event(s) a trigger-less sentence's toll belongs to.

    The event the text is telling: the violent event told last before the sentence (all the
    events of that sentence's list when the toll names none of their places, then nothing),
    else the first violent event told after it (a toll in the lead, the strike after).
    """
    before = [i for i, t in enumerate(told) if t.violent and t.sentence < si]
    if before:
        last = told[before[-1]].sentence
        pool = [i for i in before if told[i].sentence == last]
    else:
        after = [i for i, t in enumerate(told) if t.violent and t.sentence > si]
        if not after:
            return []
        first = told[after[0]].sentence
        pool = [i for i in after if told[i].sentence == first]
    if len(pool) == 1 and not told[pool[0]].split:
        return pool
    places = [p for d in deaths if (p := ties.get(id(d))) is not None]
    if not places:
        return [] if any(told[i].split for i in pool) else pool[:1]
    return [i for i in pool if any(same_place(told[i].location, p) for p in places)][:1]


def orphan_share(deaths: Sequence[DeathCount], own: Sequence[DeathCount]) -> list[DeathCount]:
    """What a trigger-less sentence adds to an event that may already have a toll.

    An event with no figure yet takes the sentence's counts. One that has a figure takes only
    stated totals («وارتفعت الحصيلة إلى 12») and more dead («ثلاثة آخرون»): another bare
    figure told apart from the event is a restatement, a breakdown or a party's own claim
    («قالت الحركة إنها قتلت أكثر من 40»), and the conservative reading keeps the figure told
    with the event.
    """
    if not any(not d.vague for d in own):
        return list(deaths)
    return [d for d in deaths if d.tally or d.extra]
