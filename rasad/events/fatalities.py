"""Who died: death counts in a sentence, by side where the text says so.

A figure counts as deaths when the nearest casualty word around it is a death word
(«مقتل 11», «سقط تسعة قتلى») rather than a wound word («وإصابة 46»); a figure that only
breaks down one already given («بينهم 5 أطفال») is not added again. Without a figure,
people nouns after a death word are counted («مقتل امرأة وطفلين» → 3, «أم وأطفالها
الثلاثة» → 4). A figure that counts things («35 غارة») or people who met another fate
(«وتحرير 56 رهينة») is no toll; a figure after a tally phrase («ارتفعت الحصيلة إلى 12») is
marked as a stated total, which later stages take instead of adding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.events.context_words import context_words
from rasad.events.cues import CueHit
from rasad.events.toll_words import TollWords, running_total, toll_words
from rasad.pipeline.numbers import number_lexicon
from rasad.text.literals import RangeGate
from rasad.text.words import finditer_at
from rasad.types import ActorMention, NumberMention

CUE_REACH_BEFORE = 45
CUE_REACH_AFTER = 22
SIDE_REACH = 30


@dataclass
class DeathCount:
    count: int
    approx: bool
    norm_start: int
    norm_end: int
    actor: ActorMention | None = None
    vague: bool = False  # «العشرات»: a word, not a figure
    tally: bool = False  # a stated total («ارتفعت الحصيلة إلى 12»): it replaces, never adds
    extra: bool = False  # «ثلاثة آخرون»: dead on top of a toll already told


def _nearest_cue(pos_s: int, pos_e: int, cues: list[CueHit]) -> CueHit | None:
    """The casualty word (death, wound, or another fate) that governs the figure at pos."""
    best: tuple[int, CueHit] | None = None
    for c in cues:
        if c.family not in ("death_cues", "wound_cues", "other_fate"):
            continue
        # «ثلاثة قتلى وأربعة جرحى»: the noun right after a figure names what it counts.
        if c.end <= pos_s and pos_s - c.end <= CUE_REACH_BEFORE:
            d = pos_s - c.end + 1
        elif c.start >= pos_e and c.start - pos_e <= CUE_REACH_AFTER and c.family != "other_fate":
            d = c.start - pos_e
        else:
            continue
        if best is None or d < best[0]:
            best = (d, c)
    return best[1] if best else None


FIRST_ITEM_REACH = 60  # characters from a death word to the first person it counts
# Between two figures of one list: the first one's noun (and its side), then «و».
_JOINED = re.compile(r"\s*\w+(?:\s+(?:من|في صفوف)(?:\s+\w+){1,3})?\s+و\s?")
TALLY_REACH = 45  # characters from a tally phrase to the total it gives
_WORD = re.compile(r"\w+")


def _definite_count(word: str) -> int:
    """«الثلاثة» → 3: the number that follows a plural of people and gives its size."""
    if not word.startswith("ال"):
        return 0
    lex = number_lexicon()
    w = word[2:]
    return lex.units.get(w) or lex.tens.get(w) or 0


def _people_after(text: str, pos: int, end: int, figures: list[tuple[int, int]],
                  people_nouns: dict[str, int], words: TollWords) -> list[tuple[int, int, int]]:
    """(start, end, count) of the people nouns in the list that follows a death word.

    The list is a run of items joined by «و» or commas: a figure with its noun and «من X»,
    a people noun (one or two persons, «طفليها» too), «أب»/«أم» inside the list, or a plural
    with its size after it («أطفالها الثلاثة»). The first item may stand a few words after the
    death word (subject and adverbs between); the list ends at the first other word.
    """
    found: list[tuple[int, int, int]] = []
    limit = min(end, pos + FIRST_ITEM_REACH)
    started = False
    prev = ""
    i = pos
    while i < end:
        m = _WORD.search(text, i, end)
        if not m:
            break
        w, ws, we = m.group(0), m.start(), m.end()
        if not started and any(c in text[pos:ws] for c in "،,؛"):
            break  # «ثلاثة رعاة قتلوا في طويلة، واختطف المسلحون فتاتين»: the clause has ended
        joined = w.startswith("و") and len(w) > 2
        bare = w[1:] if joined and (_people_count(w[1:], people_nouns) or w[1:] in words.household_heads
                                    or _stem(w[1:]) in words.plural_people) else w
        fig = next(((a, b) for a, b in figures if a <= ws < b or (joined and a == ws + 1)), None)
        nxt = _WORD.search(text, we, end)
        if fig is not None:
            started = True
            # the figure's noun and «من X» / «في صفوف X» belong to it
            i = fig[1]
            nxt = _WORD.search(text, i, end)
            if nxt and not nxt.group(0).startswith("و") and nxt.group(0) not in ("من", "في", "بين", "بينهم"):
                i = nxt.end()
            i = _skip_side(text, i, end)
            prev = w
            continue
        if w in _SUBSET_WORDS:
            break  # «سقط قتيلان بينهما امرأة»: who follows is among the dead already counted
        count = _people_count(bare, people_nouns)
        if not count and bare in words.household_heads and (prev == "من" or (nxt and nxt.group(0).startswith("و"))):
            count = 1  # «عائلة مؤلفة من أب وثلاثة أطفال», «أم وأطفالها»
        if not count and _stem(bare) in words.plural_people and nxt and _definite_count(nxt.group(0)):
            count, we = _definite_count(nxt.group(0)), nxt.end()  # «وأطفالها الثلاثة»
        if count:
            started = True
            found.append((ws, we, count))
            # «شاب فلسطيني», «طفل سوري»: a people noun right after another, with no «و» or comma
            # between, describes the same person (a list joins its items).
            if nxt and text[we:nxt.start()].isspace() and not nxt.group(0).startswith("و") \
                    and _people_count(nxt.group(0), people_nouns):
                we = nxt.end()
            i = _skip_side(text, we, end)
            prev = w
            continue
        if started or ws > limit:
            break
        prev = w
        i = we
    return found


# «بينهم», «منهما», «أحدهما مدني»: who follows is one of the dead already counted.
_SUBSET_WORDS = frozenset({"بينهم", "بينهما", "بينهن", "بينها", "منهم", "منهما", "منهن", "وبينهم", "وبينهما",
                           "احدهما", "احداهما", "احدهم", "احداهم", "احداهن", "اكثرهم", "معظمهم", "اغلبهم", "جميعهم"})
_POSSESSIVE = ("هما", "هم", "ها", "ه")


def _stem(word: str) -> str:
    """«أطفالها» → «اطفال»: a noun without its possessive pronoun."""
    for suffix in _POSSESSIVE:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _people_count(word: str, people_nouns: dict[str, int]) -> int:
    """Persons a noun names: «طفلين» 2, «امراه» 1, «طفلها» 1, «طفليها» 2, «زوجته» 1."""
    if word in people_nouns:
        return people_nouns[word]
    if word.startswith("ال") and people_nouns.get(word[2:]) == 1:
        return 1  # «حيث قتل القيادي»: the one person the text has in mind
    if word.endswith("ا") and people_nouns.get(word[:-1]) == 1:
        return 1  # «أعدم شابا»: the accusative of one person
    for suffix in _POSSESSIVE:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 2 or (suffix == "ه" and stem.endswith("ي")):
            continue  # «عسكرية» folds to «عسكريه»: a feminine adjective, not «his soldier»
        if people_nouns.get(stem) == 1:
            return 1
        if stem.endswith("ت") and people_nouns.get(stem[:-1] + "ه") == 1:
            return 1  # «زوجته», «ابنته»
        if stem.endswith("ي") and people_nouns.get(stem + "ن") == 2:
            return 2  # «طفليها», «ابنيه»: a dual before a pronoun drops its ن
    return 0


_VICTIM_BEFORE = re.compile(r"(?:(?:لقي|لقيت|لقوا)\s+(?P<who>\w+)\s+(?:حتفه|حتفها|حتفهم|مصرعه|مصرعها|مصرعهم)"
                            r"|(?P<who2>\w+)\s+حتي الموت"
                            # «إن متظاهراً قُتل برصاص الأمن»: the person, then the passive killing.
                            # «وإن رجلين على الأقل قتلا برصاص المهاجمين»: two, and the dual verb.
                            r"|(?<!\w)(?:و)?(?:ان|بان|انه)\s+(?P<who3>\w+)\s+(?:علي\s+الاقل\s+)?(?:قتل|قتلت|قتلا|قتلتا|استشهد|استشهدت"
                            r"|استشهدا|استشهدتا|توفي|توفيت|توفيا|لقي\s+(?:حتفه|مصرعه)|لقيت\s+(?:حتفها|مصرعها)"
                            r"|لقيا\s+(?:حتفهما|مصرعهما))(?!\w))")
_SIDE = re.compile(r"\s*(?:من|في صفوف|في|لل|ل)\s*\w+(?:\s+(?!و)\w+)?")


def _skip_side(text: str, pos: int, end: int) -> int:
    """Past «من الحوثيين», «من قوات النظام», «في الشقب» after a counted item."""
    m = _SIDE.match(text, pos, end)
    if m and not m.group(0).strip().startswith("و"):
        return m.end()
    return pos






def _counts_things(norm_text: str, end: int, se: int, words: TollWords) -> bool:
    """«35 غارة», «40 قذيفة»: the noun after the figure is a thing, not a person."""
    m = _WORD.search(norm_text, end, min(se, end + 20))
    return m is not None and m.start() - end <= 2 and m.group(0) in words.things


def _is_additive(norm_text: str, end: int, se: int, words: TollWords) -> bool:
    """«ثلاثة آخرون», «جندي آخر»: the count's noun (or the count) is followed by «another»."""
    following = [m.group(0) for m in _WORD.finditer(norm_text, end, min(se, end + 30))][:2]
    return any(w in words.additive for w in following)


def _other_fates(norm_text: str, ss: int, se: int, words: TollWords) -> list[CueHit]:
    """Arrest, release, rescue words of the sentence, as cues that compete with death words."""
    return [CueHit("other_fate", m.start(), m.end(), m.group(0), "")
            for m in finditer_at(words.other_fate, norm_text, words.other_fate_firsts, ss, se)]


def _after_tally(norm_text: str, s: int, ss: int, figure_starts: list[int], words: TollWords) -> str | None:
    """The figure at s is the first one after a tally phrase («بلغت حصيلة القتلى 23»):
    "toll" when the phrase names the dead (or the toll) itself, "count" when it does not."""
    window_start = max(ss, s - TALLY_REACH)
    last = None
    for m in words.tally.finditer(norm_text, window_start, s):
        last = m
    if last is None or any(last.end() <= f < s for f in figure_starts):
        return None
    return "toll" if words.toll_nouns.search(norm_text, last.start(), s) else "count"


def death_counts(
    norm_text: str,
    sentence: tuple[int, int],
    numbers: list[tuple[int, int, NumberMention]],
    cues: list[CueHit],
    actors: list[tuple[int, int, ActorMention]],
    people_nouns: dict[str, int],
) -> list[DeathCount]:
    """Death counts stated in `sentence` (normalised offsets), subsets left out."""
    ss, se = sentence
    words = toll_words()
    sent_cues = [c for c in cues if ss <= c.start < se]
    figures = [(s, e) for s, e, _ in numbers if ss <= s < se]
    # Most sentences hold no figure: the figures' rules (and the words they weigh) are skipped.
    out = _figure_counts(norm_text, ss, se, numbers, sent_cues, words) if figures else []
    # «لقي رجل حتفه», «ضرب شاب حتى الموت»: the person stands before the death words.
    if _VICTIM_GATE.may_match(norm_text, ss, se):
        for m in _VICTIM_BEFORE.finditer(norm_text, ss, se):
            who = "who" if m.group("who") else "who2" if m.group("who2") else "who3"
            count = _people_count(m.group(who), people_nouns)
            if count and not any(d.norm_start <= m.start(who) < d.norm_end for d in out):
                out.append(DeathCount(count, False, m.start(who), m.end(who)))
    # «سقط قتيلان», «ارتقى شهيدان»: a dual death word is its own count, unless a figure says more.
    for c in sent_cues:
        if c.family == "death_cues" and c.key in context_words().dual_dead \
                and not any(abs(d.norm_start - c.end) <= 3 or abs(c.start - d.norm_end) <= 3 for d in out):
            out.append(DeathCount(2, False, c.start, c.end))
    # People named without a figure in the list a death word opens: «مقتل امرأة وطفلين»,
    # «مقتل ستة من الحوثيين وجنديين», «أعدمت الحركة، أمس، رجلين».
    counted = [(d.norm_start, d.norm_end) for d in out]
    for c in sent_cues:
        if c.family != "death_cues" or c.key in words.closing:
            continue
        for start, end, value in _people_after(norm_text, c.end, se, figures, people_nouns, words):
            # «راعيين اثنين»: the figure right after the dual noun already counts them
            if any(d.norm_start - end in (0, 1) and d.count == value for d in out):
                continue
            if not any(a <= start < b for a, b in counted):
                out.append(DeathCount(value, False, start, end))
                counted.append((start, end))
    # «خمسة مدنيين في حاس بينهم امرأتان»: people after a subset word, whichever rule read them,
    # are among the dead a count before them gave.
    subset_ends = [c.end for c in sent_cues if c.family == "subset_markers"]
    if subset_ends:
        out = [d for d in out if not any(0 <= d.norm_start - end <= 4 and any(o.norm_end <= end for o in out)
                                         for end in subset_ends)]
    if not out:
        # «… ما أدى إلى مقتله»: the pronoun is the one victim, when nobody else is counted.
        # «مقتل أحد المهاجمين»: one of them.
        context = context_words()
        single = next((c for c in sent_cues if c.family == "death_cues" and (
            c.key in context.single_dead or c.key not in words.closing and context.one_of.match(norm_text, c.end, se))), None)
        if single is not None:
            out.append(DeathCount(1, False, single.start, single.end))
    for dc in out:
        dc.extra = _is_additive(norm_text, dc.norm_end, se, words)
        for s, e, m in actors:
            if dc.norm_end <= s <= dc.norm_end + SIDE_REACH and _SIDE_BEFORE.search(norm_text[dc.norm_end:s]):
                between = norm_text[dc.norm_end:s]
                if _SIDE_WORD.search(between + " ") or between.strip() == "":
                    dc.actor = m
                break
    return out


_VICTIM_GATE = RangeGate(_VICTIM_BEFORE)
_WOUNDED_TOO = re.compile(r"(?:جرح|اصيب|اصابه)\s*$")  # «قتل وجرح 13»
_AND_WOUNDED = re.compile(r"^\s*و\s*(?:جرح|اصابه|اصيب)")
_SIDE_BEFORE = re.compile(r"(?:من|ل|في صفوف|لل|من عناصر|من مقاتلي)?\s*$")
# «ستة من …», «قتيلان للنظام», «ثلاثة عناصر من …»: the preposition opens a word (the «ل» inside
# «فلسطينيين» is none: «ستة فلسطينيين برصاص قوات الاحتلال» are not the forces' dead).
_SIDE_WORD = re.compile(r"(?:^|\s)(?:من|في صفوف)\s|^\s*(?:\S+\s+)?(?:من|ل)")


def _figure_counts(norm_text: str, ss: int, se: int, numbers: list[tuple[int, int, NumberMention]],
                   sent_cues: list[CueHit], words: TollWords) -> list[DeathCount]:
    """The figures of the sentence that count deaths, by the casualty word nearest each."""
    in_cues = sent_cues + _other_fates(norm_text, ss, se, words)
    subset_ends = [c.end for c in in_cues if c.family == "subset_markers"]
    figure_starts = [s for s, _, _ in numbers if ss <= s < se]
    cumulative = running_total(norm_text, ss, se)
    out: list[DeathCount] = []
    waiting: list[tuple[int, int, NumberMention]] = []  # figures with no casualty word of their own
    for s, e, num in numbers:
        if not (ss <= s < se):
            continue
        if any(0 <= s - end <= 4 for end in subset_ends):
            continue
        if any(c.family == "measure_units" and 0 <= c.start - e <= 2 for c in in_cues):
            continue
        if _counts_things(norm_text, e, se, words) or context_words().unit_number.search(norm_text, max(ss, s - 12), s) \
                or context_words().age_after.match(norm_text, e, min(se, e + 24)):
            continue
        cue = _nearest_cue(s, e, in_cues)
        if cue is None:
            waiting.append((s, e, num))
        elif cue.family == "death_cues" and cue.start >= e and waiting and cumulative is False:
            # «إن 11 عنصراً من قسد و12 مسلحاً من التنظيم لقوا مصرعهم»: figures joined by «و»
            # before the death words that close the list count with the last one.
            chain, nxt = [], s
            for ws, we, wnum in reversed(waiting):
                gap = norm_text[we:nxt] + ("و" if norm_text.startswith("و", nxt) else "")  # «واثني عشر»
                if not _JOINED.fullmatch(gap):
                    break
                chain.append(DeathCount(wnum.value, wnum.approx, ws, we, vague=wnum.vague))
                nxt = ws
            out.extend(reversed(chain))
            waiting = []
        # A running total of a war or a year («منذ بداية العام») is no event's stated total.
        tally = None if cumulative else _after_tally(norm_text, s, ss, figure_starts, words)
        if cue is None and tally != "toll":
            continue
        if cue is not None and cue.family != "death_cues":
            continue
        if cue is not None:
            # «قتل وجرح 13»: both words govern the figure, which is then no death toll.
            if cue.end <= s and _WOUNDED_TOO.search(norm_text[cue.end:s].strip() or "x"):
                continue
            if cue.end <= s and _AND_WOUNDED.match(norm_text[cue.end:s]):
                continue
        out.append(DeathCount(num.value, num.approx, s, e, vague=num.vague, tally=tally is not None))
    return out
