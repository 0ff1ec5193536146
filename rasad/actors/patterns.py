"""Names the dictionary lacks, found by their shape so that no mention is silently lost.

Two families, both run on the normalised text with precompiled regexes:
- organisations: a unit noun (لواء، كتيبة، جيش، فيلق …) followed by a name of one to three
  words, or by a quoted name («لواء “…”»), which wins because quotes mark names reliably;
- people: kunyas («أبو محمد الحلبي»), «المدعو X», «ويدعى “X”» and titles («القيادي X»).
Each hit gets a stable id `new:<slug>`, a transliteration of its normalised name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rasad.text.literals import GatedPattern
from rasad.text.normalise import QUOTES, NormText
from rasad.text.words import matches_at, spelled_with

# Heads that name an armed unit even without quotes, and heads that are common nouns too
# («حركة النزوح», «جبهة حلب», «تجمع للأهالي», «فرقة الإطفاء») and so need a quoted name.
_FREE_HEADS = ("لواء", "كتيبه", "كتائب", "الويه", "سرايا", "سريه", "فيلق", "جيش", "فرقه", "غرفه عمليات")
_QUOTED_HEADS = ("حركه", "جبهه", "تجمع", "جماعه", "تنظيم", "قوات", "مجلس")
_HEAD_RE = re.compile(
    r"(?<!\w)(?:[وفبلك]|لل|وب|ول|فب|فل)?(" + "|".join(h.replace(" ", r"\s") for h in _FREE_HEADS + _QUOTED_HEADS) + r")(?!\w)"
)
# It opens on a whole word (a clitic, then the head): it is tried only at such words.
_HEAD_FIRSTS = spelled_with(("و", "ف", "ب", "ل", "ك", "لل", "وب", "ول", "فب", "فل"), _FREE_HEADS + _QUOTED_HEADS)
# Rare phrases (council, «المدعو», titles) are tried only over texts that hold their words.
# «مجلس منبج العسكري»: a council named by its town, then «العسكري».
_COUNCIL_RE = GatedPattern(re.compile(r"(?<!\w)(?:[وفبلك]|لل)?(مجلس)\s(\w{2,}(?:\s\w{2,})?)\s(العسكري)(?!\w)"))
_KUNYA_RE = re.compile(r"(?<!\w)(?:[وفبلك]|ول|فل|وب)?(ابو|ابي|ام)\s((?:عبد\s)?\w{2,})(?:\s(ال\w{2,}))?(?!\w)")
_KUNYA_FIRSTS = spelled_with(("و", "ف", "ب", "ل", "ك", "ول", "فل", "وب"), ("ابو", "ابي", "ام"))
_CALLED_RE = GatedPattern(re.compile(r"(?<!\w)(?:و)?(المدعو|المدعوه|يدعي|تدعي|الملقب\sب|الملقبه\sب|الملقب|الملقبه)(?!\w)"))
_TITLE_RE = GatedPattern(re.compile(
    r"(?<!\w)(?:و|ل)?(القيادي|القائد\sالعام|القائد\sالعسكري|القائد\sالميداني|القائد|الاداري\sالسابق|الاداري|الشرعي|الامير|امير)(?!\w)"
))

_TITLE_ADJECTIVES = frozenset(
    "البارز السابق الميداني العسكري الامني الشرعي المعروف الكبير المنشق العام المحلي الاول".split()
)
# Words that end a name: prepositions, relatives, adjectives of affiliation, common verbs.
STOP_WORDS = frozenset(
    """في من علي الي عن مع بين ضد بعد قبل منذ خلال عند لدي حتي او ام و ثم ف ب ل ك حيث اذ اذا لكن بل
    التي الذي الذين اللذين اللتين اللواتي ما ماذا لا لم لن قد كان كانت يكون تكون كانوا ان انه انها
    هو هي هم هذا هذه ذلك تلك هناك هنا نفسه نفسها ذاته ذاتها ايضا اخري اخر اخرين جديد جديده الجديد
    الجديده السابق السابقه الحالي المنحل المنحله الاخير الاخيره الاول الثاني كامل كامله واحد واحده
    كبير كبيره صغير اي كل بعض عدد عدا غير سوي التابع التابعه التابعين التابعون تابع تابعه تابعين
    المدعوم المدعومه المعارض المعارضه الموالي المواليه الموالين المقرب المقربه العامل العامله
    العاملين المسلح المسلحه المسلحين المتشدد المتشدده المنضوي المنضويه المبايع المبايعه المتحالف
    المتحالفه المرتبط المرتبطه المتهم المتهمه المصنف المصنفه عسكري عسكريه مقاتل مقاتله مقاتلين
    يضم تضم يتبع تتبع باسم بقياده يقوده تقوده يقودها قوامه اسمه سابقا حاليا يوم امس اليوم غدا
    النظام الاحتلال الاسد العدو الدوله البلاد المنطقه الحكومه الحكومي الحكوميه قال قالت اعلن اعلنت
    افاد افادت اكد اكدت ذكر ذكرت نفي نفت شن شنت قتل قتلت اسر اسرت هاجم هاجمت سيطر سيطرت
    عناصر عنصر قائد قياده القياده مسؤول المسؤول عضو اعضاء رتبه برتبه المتقاعد الركن""".split()
)
# Words before a kunya that make it a place («بلدة أبو الظهور», «في أبو كمال»).
_PLACE_CUES = frozenset(
    "في بلده قريه مدينه مطار منطقه ناحيه حي جبل تل بئر ريف قاعده بلدات قري مخيم حاجز دوار شارع "
    "ساحه جامع مسجد مزرعه مزارع الي باتجاه نحو قرب محيط اطراف اتجاه وادي سد".split()
)
_ORG_STOP_FIRST = STOP_WORDS | {"ال"}

_TRANSLIT = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "", "ئ": "y",
}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class UnknownName:
    """A name found by shape: normalised span, its kind and, for groups, the head noun."""

    norm_start: int
    norm_end: int
    kind: str  # "group" | "person" | "clan"
    head: str | None = None  # normalised head noun of a group («لواء»), for anaphora
    # A clan named after a dual head («عشيرتي بني مالك والسعد»): the singular head to name it by.
    clan_head: str | None = None


def slug(normalised_name: str) -> str:
    """A stable ASCII id part for a normalised Arabic name (transliteration, else a hash)."""
    words = []
    for w in normalised_name.split():
        words.append("".join(_TRANSLIT.get(c, c if c.isascii() and c.isalnum() else "") for c in w))
    s = "_".join(w for w in words if w)[:48]
    if s:
        return s
    return hashlib.sha1(normalised_name.encode("utf-8")).hexdigest()[:10]


def _words_after(text: str, pos: int, max_words: int, *, first_may_be_definite: bool = True,
                 chain: bool = True) -> int:
    """End of a 1–`max_words` name after the space at `pos`, or `pos` when there is none.

    A name stops at punctuation, a line break or a stop word; after a definite word
    («اليرموك») only further definite words (adjectives: «الإسلامية») may follow.
    """
    end = pos
    prev_definite = False
    i = pos
    count = 0
    while count < max_words:
        if i >= len(text) or text[i] != " ":
            break
        m = _WORD.match(text, i + 1)
        if not m:
            break
        w = m.group(0)
        definite = w.startswith("ال") and len(w) > 3
        if w in STOP_WORDS or len(w) < 2:
            break
        if count == 0 and definite and not first_may_be_definite:
            break
        if count and chain and prev_definite and not definite:
            break
        if w.isdigit() and count:
            break
        end = m.end()
        prev_definite = definite
        count += 1
        i = end
    return end


def _quoted_after(norm: NormText, norm_pos: int) -> tuple[int, int] | None:
    """A quoted name starting right at `norm_pos` (only spaces or «لـ» before the quote)."""
    orig = norm.original
    o = norm.offsets[norm_pos] if norm_pos < len(norm.offsets) else len(orig)
    # Step back over the space that stands for the opening quote.
    k = o
    while k > 0 and orig[k - 1] in " \u00a0ـ":
        k -= 1
    if k == 0 or orig[k - 1] not in QUOTES:
        return None
    q = k - 1
    close = q + 1
    limit = min(len(orig), q + 60)
    while close < limit and orig[close] not in QUOTES and orig[close] not in "\n.,،؛:":
        close += 1
    if close >= limit or orig[close] not in QUOTES:
        return None
    ns, ne = norm.norm_index(q + 1), norm.norm_index(close)
    while ns < ne and norm.text[ns] == " ":
        ns += 1
    while ne > ns and norm.text[ne - 1] == " ":
        ne -= 1
    return (ns, ne) if ne - ns >= 2 else None


def _opening_quote_before(norm: NormText, norm_pos: int) -> tuple[int, int] | None:
    """When a head is itself inside quotes («“لواء الأقصى”»), the quoted span."""
    orig = norm.original
    o = norm.offsets[norm_pos]
    k = o
    while k > 0 and orig[k - 1] in "وفبلكـ":
        k -= 1
    if k == 0 or orig[k - 1] not in QUOTES:
        return None
    close = o
    limit = min(len(orig), o + 60)
    while close < limit and orig[close] not in QUOTES and orig[close] not in "\n.,،؛:":
        close += 1
    if close >= limit or orig[close] not in QUOTES:
        return None
    return norm_pos, norm.norm_index(close)


# Words before «لواء» that make it a rank or one of Jordan's districts, not a brigade.
_DISTRICT_PEOPLE = frozenset("رتبه برتبه ابناء اهالي سكان اهل متصرف متصرفيه مناطق قري بلدات".split())


# Words of place before «سرايا» that make it the Serail, a government house («أمام سرايا صيدا»).
_BUILDING_BEFORE = frozenset("امام قرب داخل عند محيط باحه مبني مدخل بوابه باتجاه نحو".split())


def find_groups(norm: NormText) -> list[UnknownName]:
    """Unit nouns with a name: «لواء “…”», «كتيبة شهداء X», «غرفة عمليات X»."""
    text = norm.text
    out: list[UnknownName] = []
    for m in matches_at(_HEAD_RE, norm, _HEAD_FIRSTS):
        head = m.group(1).replace("\n", " ")
        hs = m.start(1)
        inner = _opening_quote_before(norm, hs)
        if inner and inner[1] > m.end(1) + 1:
            out.append(UnknownName(hs, inner[1], "group", head))
            continue
        after = m.end(1)
        quoted = _quoted_after(norm, after + 1) if after < len(text) and text[after] == " " else None
        if quoted and quoted[0] <= after + 2:
            out.append(UnknownName(hs, quoted[1], "group", head))
            continue
        if head in _QUOTED_HEADS:
            continue
        a, b = norm.span(hs, m.end(1))
        if head.endswith("ه") and norm.original[a:b].endswith("ه"):
            continue  # «فرقه» with a pronoun («his teams»), not «فرقة» (a division)
        prev = text[max(0, hs - 7):hs].split()
        if head == "لواء" and prev and prev[-1] in _DISTRICT_PEOPLE:
            continue  # «برتبة لواء»: a rank; «أبناء لواء ذيبان», «متصرف لواء الرمثا»: Jordan's districts
        if head == "سرايا" and prev and prev[-1] in _BUILDING_BEFORE:
            continue  # «وقفة احتجاجية أمام سرايا صيدا»: the Serail, a government house, no brigades
        end = _words_after(text, after, 3)
        if end > after:
            out.append(UnknownName(hs, end, "group", head))
    for m in _COUNCIL_RE.finditer(text):
        if not any(w in STOP_WORDS for w in m.group(2).split()):
            out.append(UnknownName(m.start(1), m.end(3), "group", "مجلس"))
    return out


# The two sides of a feud: «بين عشيرتي بني مالك والسعد», «بين عائلتي آل X وآل Y», «بين آل X وآل Y»,
# «بين عشيرة X وعشيرة Y» (ACLED names each side's militia: «Bani Malik Tribal Militia»). A name
# is one word after up to two kin words («بني مالك», «آل عبد الرحيم», «البو نمر», «أولاد علي»).
_KIN = r"(?:(?:بني|بنو|ابو|البو|بو|ابناء|ال|عبد|اولاد|بيت)\s){0,2}"
_CLAN_NAME = _KIN + r"(?!(?:" + "|".join(sorted(STOP_WORDS, key=len, reverse=True)) + r")(?!\w))\w{2,}"
_CLAN_MEMBERS = r"(?:(?:ابناء|افراد|مسلحين|مسلحي|مسلحون|رجال|مقاتلين|مقاتلي|عناصر|مليشيات|ميليشيات|مليشيا|ميليشيا)\s(?:من\s)?)?"
# («بين مجموعتي الهوسا والفونج», «بين مكوني المساليت والعرب»: Sudan's papers name peoples so)
_DUAL_HEADS = {"عشيرتي": "عشيرة", "قبيلتي": "قبيلة", "عائلتي": "عائلة", "اسرتي": "أسرة", "مجموعتي": "مجموعة",
               "مكوني": "مكون"}
_CLAN_PAIR_RE = GatedPattern(re.compile(
    r"(?<!\w)و?بين\s" + _CLAN_MEMBERS + r"(" + "|".join(_DUAL_HEADS) + r")\s(" + _CLAN_NAME + r")\sو(" + _CLAN_NAME + r")(?!\w)"))
_SINGLE_HEADS = r"(?:عشيره|قبيله|عائله|اسره|ال)"
_CLAN_EACH_RE = GatedPattern(re.compile(
    r"(?<!\w)و?بين\s" + _CLAN_MEMBERS + r"(" + _SINGLE_HEADS + r"\s" + _CLAN_NAME + r")\sو" + _CLAN_MEMBERS
    + r"(" + _SINGLE_HEADS + r"\s" + _CLAN_NAME + r")(?!\w)"))


# One named tribe that fights: «مسلحين من قبيلة الزوية», «رجال قبائل آل عواض», «اشتباكات مع قبيلة
# أولاد سليمان» (the tribe's name after a fighters' word, or after «بين/مع» that pairs it with a side).
_TRIBE = r"(?:قبيله|قبائل|عشيره|عشائر)\s" + _CLAN_NAME
_CLAN_FIGHTERS_RE = GatedPattern(re.compile(
    r"(?<!\w)(?:و)?(?:مسلحين|مسلحي|مسلحو|مسلحون|مقاتلين|مقاتلي|مقاتلو|رجال|ابناء|كتائب|عناصر|اخرين|اخرون)\s(?:من\s)?(?:ابناء\s)?("
    + _TRIBE + r")(?!\w)"))
_CLAN_SIDE_RE = GatedPattern(re.compile(r"(?<!\w)(?:و?بين|مع|و)\s?(" + _TRIBE + r")(?!\w)"))


def find_clans(norm: NormText) -> list[UnknownName]:
    """Both sides of a clan or tribal feud, each a group of its own (see _CLAN_PAIR_RE), and
    a named tribe whose men fight (_CLAN_FIGHTERS_RE, _CLAN_SIDE_RE)."""
    text = norm.text
    out: list[UnknownName] = []
    for pattern in (_CLAN_FIGHTERS_RE, _CLAN_SIDE_RE):
        for m in pattern.finditer(text):
            out.append(UnknownName(m.start(1), m.end(1), "clan"))
    for m in _CLAN_PAIR_RE.finditer(text):
        head = _DUAL_HEADS[m.group(1)]
        out += [UnknownName(m.start(2), m.end(2), "clan", clan_head=head),
                UnknownName(m.start(3), m.end(3), "clan", clan_head=head)]
    for m in _CLAN_EACH_RE.finditer(text):
        out += [UnknownName(m.start(1), m.end(1), "clan"), UnknownName(m.start(2), m.end(2), "clan")]
    return out


def find_people(norm: NormText) -> list[UnknownName]:
    """Kunyas, «المدعو X», «ويدعى “X”» and titled names («القيادي X»)."""
    text = norm.text
    out: list[UnknownName] = []
    for m in matches_at(_KUNYA_RE, norm, _KUNYA_FIRSTS):
        if m.group(2) in STOP_WORDS:
            continue
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1] in _PLACE_CUES:
            continue
        end = m.end(3) if m.group(3) and m.group(3) not in STOP_WORDS else m.end(2)
        out.append(UnknownName(m.start(1), end, "person"))
    for m in _CALLED_RE.finditer(text):
        pos = m.end(1)
        quoted = _quoted_after(norm, pos + 1) if pos + 1 < len(text) else None
        if quoted and quoted[0] <= pos + 2:
            out.append(UnknownName(quoted[0], quoted[1], "person"))
            continue
        end = _words_after(text, pos, 3, chain=False)
        if end > pos:
            out.append(UnknownName(pos + 1, end, "person"))
    for m in _TITLE_RE.finditer(text):
        pos = m.end(1)
        while pos < len(text) and text[pos] == " ":
            w = _WORD.match(text, pos + 1)
            if not w or w.group(0) not in _TITLE_ADJECTIVES:
                break
            pos = w.end()
        if pos >= len(text) or text[pos] != " ":
            continue
        end = _words_after(text, pos, 3, first_may_be_definite=False, chain=False)
        if end > pos:
            out.append(UnknownName(pos + 1, end, "person"))
    return out


def find_unknown(norm: NormText) -> list[UnknownName]:
    """Every shape-found name, in text order, none overlapping another (longest first)."""
    hits = sorted(find_clans(norm) + find_groups(norm) + find_people(norm), key=lambda u: (-(u.norm_end - u.norm_start), u.norm_start))
    kept: list[UnknownName] = []
    for u in hits:
        if any(u.norm_start < k.norm_end and k.norm_start < u.norm_end for k in kept):
            continue
        kept.append(u)
    kept.sort(key=lambda u: u.norm_start)
    return kept
