"""Lists of places that one action covers: ACLED codes one event per place.

«قصف الطيران بلدات كفرنبل وحاس والبارة», «شهدت مدن حمص وحماة ودرعا مظاهرات», «على
مديريات (صرواح، ومجزر، ونهم)»: the items of a list are joined by «و» or commas (inside
brackets or not), may carry their own settlement word («وبلدة»), and may be followed by the
area that holds them («… في ريف إدلب الجنوبي»), which says where they lie and is no item.
The event stage asks for the list that governs a trigger: the first one after it in its
clause, else the last one before it (the trigger may close the sentence: «… مظاهرات»).
"""

from __future__ import annotations

import re

from rasad.places.geo import haversine_km
from rasad.text.normalise import normalise_phrase
from rasad.types import PlaceMention

PlaceSpan = tuple[int, int, PlaceMention]  # normalised start, end, place

# Items that can stand side by side in a list: settlements and administrative units
# (a governorate list «محافظات بغداد والبصرة وذي قار» is one event per governorate).
ITEM_FEATURES = frozenset({"town", "site", "admin3", "admin2", "admin1"})
# Between two items: a comma, «و», or both, with brackets and a settlement word allowed.
# «المليحة الغربية وناحتة»: a compass word may end the name before (the gazetteer knows the
# village without it).
_LIST_GAP = re.compile(r"^(?:\s+(?:الغربيه|الشرقيه|الشماليه|الجنوبيه|الغربي|الشرقي|الشمالي|الجنوبي|الفوقاني|التحتاني|الكبري|الصغري|الكبير|الصغير|الجديده|القديمه))?"
                       r"[\s()]*(?:[،,]?\s*(?:اضافه الي|بالاضافه الي|علاوه علي|فضلا عن)|[،,][\s()]*(?:و)?|و)[\s()]*"
                       r"(?:(?:قريه|بلده|مدينه|قري|بلدات|حي|احياء|ناحيه|نواحي|منطقه|مناطق|مخيم|مخيمات|محافظه|محافظات"
                       r"|مديريه|مديريات|قضاء|اقضيه|مدن|ولايه|ولايات|بلدتي|قريتي|مدينتي|محافظتي|مديريتي|معتمديه|معتمديات"
                       r"|بلديه|بلديات|محليه|محليات|ناحيتي|منطقتي|بلدتا|قريتا|مدينتا|محافظتا|منطقتا)\s+)?$")
# Between an item and the area that holds it: «في ريف إدلب», «بريف حلب», or nothing.
_IN_AREA = re.compile(r"^\s*(?:ب|في|في\s+)?\s*$")
# After such an area the list goes on only with an item that names its own kind
# («وبلدة أ بريف إدلب وبلدة ب»); «بريف حماة وإدلب» is one area told twice.
_AFTER_AREA = re.compile(r"^[\s،,]*و?\s*(?:قريه|بلده|مدينه|حي|مخيم|قري|بلدات|بلدتي|قريتي)\s+$"
                         # «… في حيي الشجاعية والزيتون شرق مدينة غزة وفي مخيم النصيرات»: the preposition told again
                         r"|^[\s،,]*و\s*في\s+(?:(?:قريه|بلده|مدينه|حي|مخيم|قري|بلدات|بلدتي|قريتي|مخيمي)\s+)?$")


_COMMA_ONLY = re.compile(r"^\s*[،,]\s*$")
# «… في محافظة الخليل», «بولاية سطيف»: the unit that holds the items before it.
_IN_UNIT = re.compile(r"^\s*(?:ب|في\s+)(?:محافظه|مدينه|ولايه|قضاء|مديريه|محليه|اقليم)\s+$")
# «الطريق الرابط بين مدينتي دولو وبلد حاوو»: two places that bound a road or an area, not a list.
_BETWEEN = re.compile(r"(?<!\w)بين\s+(?:\w+\s+)?$")


def list_runs(text: str, places: list[PlaceSpan]) -> list[list[PlaceSpan]]:
    """Every list of two or more places in `places` (in text order), as runs of items."""
    runs: list[list[PlaceSpan]] = []
    run: list[PlaceSpan] = []
    kind: str | None = None  # "item" for settlements and units, "area" for countrysides
    end = -1
    after_area = False
    held_by_town = False  # the last item was followed by the town that holds it («… في جنين»)

    def close() -> None:
        if len(run) >= 2:
            runs.append(list(run))

    for s, e, p in sorted(places, key=lambda x: (x[0], -x[1])):
        gap = text[end:s] if end >= 0 else ""
        this = "item" if p.feature in ITEM_FEATURES else "area" if p.feature == "area" else None
        if this is None:
            close()
            run, kind, end, after_area, held_by_town = [], None, -1, False, False
            continue
        if run and kind == "item" and this == "item" and (_COMMA_ONLY.match(gap) or not gap.strip()) \
                and _BEARING.match(normalise_phrase(p.text)):
            # «في مدينة الباب، شرقي حلب», «حيي الشجاعية والزيتون شرق مدينة غزة»: a place told by
            # its bearing right after an item says where the items lie; it is no item of its own.
            # The list goes on after it as after the town that holds its items («من بلدات بيت أمر
            # شمال الخليل وسلواد شرق رام الله وعزون شرق قلقيلية»).
            end, after_area, held_by_town = e, True, True
            continue
        if run and this == kind and (_AFTER_AREA.match(gap) or (held_by_town and _LIST_GAP.match(gap))
                                     if after_area else _LIST_GAP.match(gap)):
            run.append((s, e, p))
            end, after_area, held_by_town = e, False, False
            continue
        if run and kind == "item" and this == "area" and _IN_AREA.match(gap):
            end, after_area = e, True  # the area the items lie in
            continue
        if run and kind == "item" and this == "item" and (gap.strip() in ("ب", "في") or _IN_UNIT.match(gap)) \
                and p.feature in ("town", "admin1", "admin2") \
                and not any(q.feature == "site" for _, _, q in run):
            # «حيي المطرية وعين شمس بالقاهرة وحي سيدي بشر بالإسكندرية»: the city that holds
            # the items; the list goes on with an item that names its own kind, or after a comma
            # («بلدات بيت أمر وسعير في محافظة الخليل، وتقوع في بيت لحم، وعصيرة الشمالية في نابلس»).
            end, after_area, held_by_town = e, True, True
            continue
        close()
        run, kind, end, after_area, held_by_town = [(s, e, p)], this, e, False, False
    close()
    return runs


def governing_list(anchor: tuple[int, int], clause: tuple[int, int], places: list[PlaceSpan],
                   text: str) -> list[PlaceMention]:
    """The list of places the trigger at `anchor` acts on, or [] when none does.

    `places` are the places of the trigger's sentence, in text order; the list must reach
    into the trigger's clause (its commas may split the clause: «بلدات (أ، ب، ج) بغارات»). A list
    before the trigger counts only when no place follows it (the place after a verb is its
    object: «… في A وB، وقصفت C» strikes C).
    """
    ts, te = anchor
    c0, c1 = clause
    runs = [r for r in list_runs(text, places) if r[0][0] < c1 and r[-1][1] > c0
            and not _BETWEEN.search(text, max(0, r[0][0] - 20), r[0][0])]
    places = [p for p in places if c0 <= p[0] < c1]
    after = [r for r in runs if r[0][0] >= te]
    if after:
        return [p for _, _, p in after[0]]
    before = [r for r in runs if r[-1][1] <= ts]
    # (an area or a bearing after the trigger, «… قرب مدينة الحسيمة», only says where the list lies)
    if before and not any(s >= te and p.feature in ITEM_FEATURES and not _BEARING.match(normalise_phrase(p.text))
                          for s, _, p in places):
        return [p for _, _, p in before[-1]]
    return []


# «جنوب جنين», «قرب تل تمر», «أطراف إدلب»: a place told by its bearing from a town.
_BEARING = re.compile(r"^(?:و|ب|في\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|قرب|بالقرب من|محيط|اطراف|ضواحي|جوار)\s")


def _settlement(p: PlaceMention) -> bool:
    """A town, village or district as a place of its own (not an area, a site inside a town,
    or a bearing from a town)."""
    return p.feature in ("town", "admin3", "admin2") and not _BEARING.match(normalise_phrase(p.text))


def named_apart(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Are these two different settlements (so that two items of lists are two places,
    however close the gazetteer puts them)? An area, a site or a bearing may hold a town."""
    if a is None or b is None:
        return False
    if not (_settlement(a) and _settlement(b)):
        # «قرب مدينة الرمادي» beside «الفلوجة»: a town told as near another is apart from a
        # third town when they lie far apart (the few kilometres of «قرب» aside).
        near = [p for p in (a, b) if _NEAR.match(normalise_phrase(p.text))]
        return bool(near) and all(_settlement(p) or p in near for p in (a, b)) \
            and a.feature in _TOWNISH and b.feature in _TOWNISH and a.name_ar != b.name_ar \
            and None not in (a.lat, a.lon, b.lat, b.lon) \
            and haversine_km(a.lat, a.lon, b.lat, b.lon) > BEARING_APART_KM  # type: ignore[arg-type]
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return False
    return a.name_ar != b.name_ar


_TOWNISH = frozenset({"town", "admin3", "admin2"})
# «قرب مدينة الرمادي»: a town told as near another (a compass bearing may reach far: «غرب مأرب»).
_NEAR = re.compile(r"^(?:و|ب|في\s+)?(?:قرب|بالقرب من|محيط|اطراف|ضواحي|جوار)\s")
BEARING_APART_KM = 15.0


def continues_list(kind: str, sentence: int, told: list[tuple[str, int]]) -> int | None:
    """Index in `told` ((sub-event type, last sentence telling it) of the events told before, in text order)
    of the event whose list a later sentence carries on («… قرى أ وب. كما طال القصف بلدتي ج
    ود»), or None. Only an event of the same sub-type told in one of the two sentences before
    counts."""
    for i in range(len(told) - 1, -1, -1):
        told_kind, first = told[i]
        if told_kind == kind and 0 < sentence - first <= 2:
            return i
    return None


# «أطراف مدينة X», «محيط بلدة X»: a town's surroundings, told by the words before its name.
_OUTSKIRTS = re.compile(r"(?:و|ب|في\s+)?(?:اطراف|محيط|ضواحي|مشارف|تخوم|جوار)\s")
VICINITY_KM = 5.0  # how far from a town's point another town may lie and be its outskirts


def outskirts(p: PlaceMention) -> bool:
    """Is `p` a listed town's surroundings («كما طال القصف أطراف مدينة معرة النعمان»: the town's
    own point, precision 2), rather than an area or a village the gazetteer lacks? They are a
    place of their own, not the villages around them."""
    return p.feature == "town" and p.geo_precision == 2 and p.gazetteer_id is not None \
        and _OUTSKIRTS.match(normalise_phrase(p.text)) is not None
