"""«الأخير», «الطرفين», «المهاجمون»: mentions that point back to actors already named.

«الأخير» takes the most recently named actor; «الطرفين» the two most recent distinct ones;
«المهاجمون», «المسلحون», «الجناة» the most recently named armed party; «الجنود» the most
recently named state or foreign force.
The new mentions copy their referent's link and are marked `anaphor=True`, so the span in
the output is the anaphor's own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date
from functools import lru_cache

from rasad.datafiles import data_path, load_yaml
from rasad.events.taxonomy import ARMED_SIDES, STATE_FORCES
from rasad.text.asides import in_brackets
from rasad.text.matcher import PhraseMatcher
from rasad.text.normalise import NormText
from rasad.types import ActorMention


@lru_cache(maxsize=1)
def anaphor_matcher() -> PhraseMatcher[str]:
    raw = load_yaml(data_path("text", "anaphora.yaml"))
    matcher: PhraseMatcher[str] = PhraseMatcher(suffixes=("",))
    for kind in ("latest", "pair", "armed", "soldiers"):
        for word in raw[kind]:
            matcher.add(str(word), kind)
    return matcher


LOOKBACK_NAMES = 12  # named actors looked back over for a referent
ASIDE_REACH = 120  # characters an aside in brackets may span before its name
SENTENCE_REACH = 600  # longest sentence looked back over
_COORDINATION = re.compile(r"^\s*(?:و|و\s*تنظيم|وتنظيم|وحركه|وقوات|و\s*بين)?\s*$")


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - SENTENCE_REACH)
    found = max(text.rfind(".", lo, pos), text.rfind("\n", lo, pos), text.rfind("؟", lo, pos))
    return found + 1 if found != -1 else lo


def _last_pair(norm: NormText, before: list[ActorMention], sentence_start: int) -> list[ActorMention]:
    """The two sides named in the anaphor's own sentence, else the two last named together
    («بين A و B», «A و B»), else the last two named."""
    own: list[ActorMention] = []
    for m in reversed([m for m in before if m.start >= sentence_start]):
        if all(r.actor_id != m.actor_id for r in own):
            own.append(m)
    if len(own) >= 2:
        return list(reversed(own[:2]))
    for i in range(len(before) - 1, 0, -1):
        a, b = before[i - 1], before[i]
        if a.actor_id == b.actor_id:
            continue
        na, nb = norm.norm_index(a.end), norm.norm_index(b.start)
        if _COORDINATION.match(norm.text[na:nb]):
            return [a, b]
    refs: list[ActorMention] = []
    for m in reversed(before):
        if all(r.actor_id != m.actor_id for r in refs):
            refs.append(m)
        if len(refs) == 2:
            return list(reversed(refs))
    return []


def _unidentified(norm: NormText, ns: int, ne: int, country: str | None, published: date | None) -> ActorMention | None:
    from rasad.actors import get_linker
    from rasad.actors.linker import UNIDENTIFIED

    return get_linker().generic_at(norm, ns, ne, UNIDENTIFIED, country, published)


def resolve_anaphora(norm: NormText, actors: list[ActorMention], country: str | None = None,
                     published: date | None = None) -> list[ActorMention]:
    """`actors` plus one mention per anaphor that has a referent, in text order. Armed men
    told of as known («المسلحون», «المهاجمون») with no armed party named before them are the
    unidentified armed group of the article's country, as «مسلحون» would be."""
    named = sorted((m for m in actors if not m.is_person and not m.generic), key=lambda m: m.start)
    named_starts = [m.start for m in named]
    covered = bytearray(len(norm.original) + 1)  # characters already inside an actor mention
    for m in actors:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = list(actors)
    for hit in anaphor_matcher().find(norm):
        if covered[hit.start]:
            continue
        # Only the last few names before the anaphor can be its referent.
        i = bisect.bisect_left(named_starts, hit.start)
        recent = named[max(0, i - LOOKBACK_NAMES):i]
        before = [m for m in recent if m.end <= hit.start and not in_brackets(norm.original, m.start, m.end, ASIDE_REACH, hit.start)]
        if hit.payload[0] == "armed" and not any(m.inter in ARMED_SIDES for m in before):
            unknown = _unidentified(norm, hit.norm_start, hit.norm_end, country, published)
            if unknown is not None:
                out.append(unknown)
            continue
        if not before:
            continue
        if hit.payload[0] == "latest":
            refs = [before[-1]]
        elif hit.payload[0] == "armed":
            # «أكد ناطق باسم الحركة أن قواته اشتبكت مع المهاجمين»: a party named in the
            # anaphor's own sentence is the other side; the attackers were told of before it.
            armed = [m for m in before if m.inter in ARMED_SIDES]
            earlier = [m for m in armed if m.end <= _sentence_start(norm.original, hit.start)]
            refs = (earlier or armed)[-1:]
            if not refs:
                continue
        elif hit.payload[0] == "soldiers":
            refs = [m for m in before if m.inter in STATE_FORCES][-1:]
            if not refs:
                continue
        else:
            refs = _last_pair(norm, before, _sentence_start(norm.original, hit.start))
            if not refs:
                continue
        for ref in refs:
            out.append(dataclasses.replace(ref, text=hit.text, start=hit.start, end=hit.end, anaphor=True))
    out.sort(key=lambda m: (m.start, m.end))
    return out
