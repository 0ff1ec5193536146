"""The shapes a time expression takes, compiled once into one regular expression.

Each rule is a pattern over `NormText.text` built from the lexicon's word classes
(month, weekday, ordinal, unit, modifier…) and names the parts the resolver needs
(`d`, `m`, `y`, `mod`, `unit`…). The rules are joined into one alternation, most specific
first, so an article is scanned once; `parse()` yields `Candidate`s with those parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from rasad.text.literals import alt
from rasad.timex.lexicon import TimeLexicon, load_lexicon

# A day of the month in digits (leading zero allowed) and a four-digit year.
DAY_NUM = r"(?:0?[1-9]|[12][0-9]|3[01])(?!\d)"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])(?!\d)"
YEAR_NUM = r"(?:1[3-9]\d\d|20\d\d)(?!\d)"
DASH = r"[-–—]"


def _rules(lex: TimeLexicon) -> list[tuple[str, str]]:
    """(rule name, pattern) pairs, in the order they are tried at one position."""
    month = alt(lex.gregorian)
    hmonth = alt(lex.hijri)
    wd = alt(lex.weekdays)
    ordinal = alt(lex.ordinals)
    mod = alt(lex.modifiers)
    part_day = alt(lex.parts_of_day)
    year_noun = alt(lex.year_nouns)
    month_noun = alt(lex.month_nouns)
    day_noun = alt(lex.day_nouns)
    this = alt(lex.this_words)
    periods = alt(lex.periods)
    year_periods = alt(w for w, k in lex.periods.items() if k == "year")
    opener = alt(lex.range_openers)
    link = alt(lex.range_links)
    reld = alt(lex.relative_days)
    offset = alt(lex.offset_words)
    approx = alt(lex.approximators)
    plural_units = alt(w for w, u in lex.units.items() if u.count is None)
    counted_units = alt(w for w, u in lex.units.items() if u.count is not None)
    numword = alt(lex.number_words)
    one = alt(w for w, n in lex.number_words.items() if n == 1)  # «قبل يوم واحد»
    few = alt(lex.few_words)
    recent = alt(lex.recent_days)
    recent_mod = alt(lex.recent_modifiers)
    blast = alt(lex.before_last)
    of = alt(lex.of_words)
    # «منتصف», «أواخر» or «الأيام الأخيرة من», «العشر الأواخر من» before a month or a year.
    part = rf"(?:{alt(lex.period_parts)}|{alt(lex.part_phrases)} {of})"
    pair = alt(lex.year_pair_nouns)
    epithet = alt(lex.month_epithets)
    month_periods = alt(w for w, k in lex.periods.items() if k == "month")
    season = alt(lex.seasons)
    hday = alt(lex.hijri_days)
    eve = alt(lex.eve_words)
    nth = rf"(?:{alt(lex.nth_days)}) (?:{alt(lex.nth_day_nouns)})"  # «ثالث أيام»
    dual_units = alt(w for w, u in lex.units.items() if u.count == 2)
    dual_mod = alt(lex.dual_modifiers)
    last_mod = alt(lex.last_modifiers)
    within = alt(lex.within_words)
    hour_units = alt(w for w, u in lex.units.items() if u.unit == "hour")
    count = rf"(?:\d{{1,3}}(?!\d)|{numword})"
    # «منذ ساعات الصباح الأولى», «قبل ساعات الفجر»: hours named by a part of the day are that
    # part of the story's day, not «hours ago».
    hours_of_day = alt({w.split(" ")[1] for w in lex.parts_of_day if w.count(" ") >= 1
                        and w.split(" ")[0] in lex.units}
                       | {w for w in lex.parts_of_day if " " not in w})
    night = alt(w for w in lex.parts_of_day if w.startswith("ليل"))  # «ليلة», «ليل»
    # «2017م», «1438 هـ»: the era mark belongs to the year.
    year_suffix = rf"(?: ?{alt(lex.gregorian_era)}(?!\w))?"
    hijri_suffix = rf"(?: ?{alt(lex.hijri_era)}(?!\w))?"

    # «الـ15 من آذار»: the article before a day number (its tatweel is gone after folding).
    day = rf"(?:(?:ال ?)?{DAY_NUM}|{ordinal})"
    # «شباط/فبراير», «آذار (مارس)», «شباط - فبراير»: the same month in a second convention.
    # «أيار (مايو - ماي)»: a site may print two more conventions in the brackets.
    more = rf"(?: ?(?:{DASH}|/|[،,]) ?{month})*"
    # Wire copy also writes the pair with a bare space («12 مارس آذار 2020», «يونيو حزيران»).
    second_month = rf"(?P<alt> ?\( ?{month}{more} ?\)| ?[/\\] ?{month}{more}| ?{DASH} ?{month}{more}| {month})"
    year_tail = rf"(?:[،,]? (?:{of} )?(?:{year_noun} )?(?P<y>{YEAR_NUM}){year_suffix})"
    # «من العام الماضي», «من هذا العام» after a month.
    rel_year_tail = rf"(?: (?:{of} )?(?P<yrel>(?:{year_periods} {mod})|(?:{this} {year_periods})))"
    # «يوم الخميس 16 شباط», «الخميس، 16 شباط», «يوم 20 سبتمبر»: a weekday naming the same date.
    # «يوم السبت (7 نيسان)»: a bracket opened after the weekday is closed after the date.
    wd_prefix = rf"(?:(?:{part_day} )?(?:{day_noun} )?(?:{wd} ?[،,]? ?(?P<po>\( ?)?)?)?"
    wd_close = r"(?(po) ?\))"

    # The first month of a range, with its own second convention and year
    # («من 20 آذار/مارس 2016 إلى 5 نيسان 2017»): the same shapes, without named groups.
    first_alt = rf"(?: ?\( ?{month}{more} ?\)| ?[/\\] ?{month}{more})?"
    first_year = rf"(?:[،,]? (?:{of} )?(?:{year_noun} )?(?P<y1>{YEAR_NUM}){year_suffix})?"
    range_tail = rf"{second_month}?(?:{year_tail}| (?P<mod>{mod}|{alt(lex.dual_modifiers)}))?"

    return [
        ("range_dm", rf"{opener} (?P<d1>{day})(?: (?:{of} )?(?:{month_noun} )?(?P<m1>{month}){first_alt}{first_year})? ?{link} ?"
                     rf"(?P<d2>{day}) (?:{of} )?(?:{month_noun} )?(?P<m>{month}){range_tail}"),
        ("range_dm", rf"(?P<d1>{DAY_NUM}) ?(?P<dash>{DASH}) ?(?P<d2>{DAY_NUM}) (?:{of} )?(?P<m>{month}){range_tail}"),
        # «في 10 و11 آذار»: two days of one month, read as the range they span.
        ("range_dm", rf"(?P<d1>{DAY_NUM}) ?و ?(?P<d2>{DAY_NUM}) (?:{of} )?(?:{month_noun} )?(?P<m>{month}){range_tail}"),
        # «بين 10 و12 من الشهر الجاري».
        ("range_dom", rf"{opener} (?P<d1>{day}) ?{link} ?(?P<d2>{day}) {of} (?:{this} )?(?P<per>{month_periods})"
                      rf"(?: (?P<mod>{mod}))?"),
        # «من آذار إلى أيار 2016», «بين نيسان وحزيران الماضيين».
        # «بين مطلع حزيران وأواخر آب 2018»: parts of the two months keep month precision.
        ("range_month", rf"{opener} (?:{part} )?(?:{month_noun} )?(?P<m1>{month}){first_alt}{first_year} ?{link} ?"
                        rf"(?:{part} )?(?:{month_noun} )?(?P<m>{month}){range_tail}"),
        ("range_year", rf"{opener} (?:{pair} )?(?P<y1>{YEAR_NUM}) ?(?:{link}|{DASH}) ?"
                       rf"(?:{year_noun} )?(?P<y2>{YEAR_NUM})"),
        # «23/5/2020», «٢٣ / ٥ / ٢٠٢٠» (spaces around the slashes), «2020-05-23».
        ("numeric", rf"{wd_prefix}(?:(?P<d>{DAY_NUM}) ?(?P<s>[/.-]) ?(?P<m>{MONTH_NUM}) ?(?P=s) ?(?P<y>{YEAR_NUM})"
                    rf"|(?P<y2>{YEAR_NUM}) ?(?P<s2>[/.-]) ?(?P<m2>{MONTH_NUM}) ?(?P=s2) ?(?P<d2>{DAY_NUM})){wd_close}"),
        # «ليلة الرابع إلى الخامس من يونيو»: a night told from one day to the next starts on the first.
        ("range_dm", rf"(?:{night}) (?P<d1>{day}) ?(?:{DASH}|/|(?:الي|علي) ) ?(?P<d2>{day}) (?:{of} )?(?:{month_noun} )?(?P<m>{month})"
                     rf"{range_tail}"),
        # «في 12آذار»: a day in digits glued to its month, as pages print it.
        ("day_month", rf"{wd_prefix}(?P<d>{day}|{DAY_NUM}(?=\w)) ?(?:{of} )?(?:{month_noun} )?(?P<m>{month}){second_month}?"
                      rf"(?:{year_tail}| (?P<mod>{mod})|{rel_year_tail})?{wd_close}"),
        # «عيد الأضحى», «عشية عيد الفطر», «ثالث أيام عيد الأضحى 1440», «صباح عيد الفطر».
        ("hijri_day", rf"(?:(?P<pd>{part_day}) )?(?:(?P<eve>{eve}) |(?P<nth>{nth}) )?(?P<hd>{hday})"
                      rf"(?: (?:{of} )?(?:{year_noun} )?(?P<y>1[34]\d\d)(?!\d){hijri_suffix}| (?P<mod>{mod}))?"),
        ("hijri", rf"{wd_prefix}(?:(?P<d>{day}) (?:{of} )?|(?P<part>{part}) |(?P<nth>{nth}) )?(?P<mn>{month_noun} )?(?P<hm>{hmonth})"
                  rf"(?: {epithet})?(?: (?:{of} )?(?:{year_noun} )?(?P<y>1[34]\d\d)(?!\d){hijri_suffix}"
                  rf"| (?P<mod>{mod}))?{wd_close}"),
        # «يوم الخميس 17 من الشهر الجاري»: a weekday naming the same day of the month.
        ("day_of_month", rf"{wd_prefix}(?:{day_noun} )?(?P<d>{day}) {of} (?:{this} )?(?P<per>{month_periods})"
                         rf"(?: (?P<mod>{mod}))?{wd_close}"),
        # «يوم 3 الشهر الجاري», «الخميس 17 الشهر الجاري»: without «من» only after a day's noun or
        # name («قتل 3 الشهر الماضي» counts the dead).
        ("day_of_month", rf"(?:(?:{part_day} )?(?:{day_noun} )?{wd} ?[،,]? ?|{day_noun} )(?P<d>{day}) (?:{this} )?"
                         rf"(?P<per>{month_periods})(?: (?P<mod>{mod}))?"),
        # «يوم 17 الجاري», «في 28 الماضي»: a day of this (or last) month, the month left unsaid.
        ("day_of_month", rf"{wd_prefix}(?:{day_noun} )?(?P<d>{day}) (?:{of} )?(?P<mod>{mod}){wd_close}"),
        ("month", rf"(?:(?P<part>{part}) (?:{month_noun} )?|(?P<mn>{month_noun} ))?(?P<m>{month}){second_month}?"
                  rf"(?:{year_tail}| (?P<mod>{mod})|{rel_year_tail})?"),
        ("ago", rf"(?P<dir>{offset}) (?:{approx} )?(?:(?P<n>\d{{1,3}}|{numword}) (?P<unitn>{plural_units}|{counted_units})"
                rf"|(?P<few>{few}) (?P<unitf>{plural_units})|(?P<unit>{counted_units}|{plural_units})"
                rf"(?! (?:ال)?(?:{hours_of_day})(?!\w))(?: {one})?)"),
        ("year", rf"(?:(?P<part>{part}) (?:{year_noun} )?|(?P<yn>{year_noun}) )?(?P<y>{YEAR_NUM}){year_suffix}"),
        # Before «last_n»: «الأسبوعين الأخيرين من الشهر الماضي» is a part of last month,
        # not the last two weeks.
        ("period", rf"(?:(?P<part>{part}) )?(?:(?P<this>{this}) )?(?P<per>{periods})(?: (?P<blast>{blast})| (?P<mod>{mod}))?"),
        # «صيف 2015», «شتاء العام الماضي», «الصيف الماضي», «هذا الشتاء».
        ("season", rf"(?:(?P<s2>{season}) (?:(?:{of} )?(?:{year_noun} )?(?P<y>{YEAR_NUM}){year_suffix}"
                   rf"|(?:{of} )?(?P<yrel>(?:{year_periods} {mod})|(?:{this} {year_periods})))"
                   rf"|ال(?P<s1>{season}) (?P<mod>{mod})|(?P<this>{this}) ال(?P<s0>{season}))"),
        # «اليومين الماضيين», «الساعات الـ24 الماضية», «الـ48 ساعة الأخيرة», «خلال 24 ساعة».
        ("last_n", rf"(?:ال(?P<dual>{dual_units}) (?:{dual_mod})"
                   rf"|ال(?P<pl>{plural_units}) ال ?(?P<n>{count}) (?:{recent_mod})"
                   rf"|ال ?(?P<n2>{count}) (?P<cu>{plural_units}|{counted_units}) (?:{last_mod})"
                   rf"|(?P<w>{within}) (?:{approx} )?(?P<n3>{count}) (?:{hour_units})(?: (?:{last_mod}))?)"),
        ("recent", rf"(?P<rd>{recent}) (?P<rm>{recent_mod})"),
        ("relday", rf"(?:(?P<pd>{part_day}) )?(?:{day_noun} )?(?P<rel>{reld})"
                   rf"(?: ?[،,(]? ?(?:{day_noun} )?(?P<wd>{wd})(?: ?\))?)?"),
        ("weekday", rf"(?:(?P<pd>{part_day}) )?(?:(?P<yom>{day_noun}) )?(?P<wd>{wd})(?: (?P<blast>{blast})| (?P<mod>{mod}))?"
                    # «ليل الجمعة – السبت», «ليلة الأحد إلى الإثنين», «ليل السبت على الأحد»
                    rf"(?:(?: ?{DASH} ?| ?/ ?| | (?:الي|علي) )(?:{day_noun} )?(?P<wd2>{wd}))?"),
    ]


def _first_words(lex: TimeLexicon) -> set[str]:
    """Every word a rule can begin with (digits aside)."""
    phrases: list[str] = [*lex.range_openers, *lex.ordinals, *lex.parts_of_day, *lex.day_nouns,
                          *lex.weekdays, *lex.gregorian, *lex.hijri, *lex.month_nouns,
                          *lex.period_parts, *lex.part_phrases, *lex.offset_words, *lex.year_nouns, *lex.this_words,
                          *lex.periods, *lex.recent_days, *lex.relative_days, *lex.seasons,
                          *("ال" + w for w in lex.seasons), *lex.within_words,
                          *("ال" + w for w, u in lex.units.items() if u.count != 1),
                          *("ال" + w for w in lex.number_words), *lex.hijri_days, *lex.eve_words, *lex.nth_days]
    return {p.split(" ", 1)[0] for p in phrases}


@dataclass(frozen=True)
class Candidate:
    """One rule's match: its normalised span and the named parts it found."""

    rule: str
    start: int
    end: int
    parts: dict[str, str]


class Grammar:
    """All rules in one compiled pattern, plus the bookkeeping to read a match back."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lexicon = lex
        branches: list[str] = []
        self._groups: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        for i, (rule, pattern) in enumerate(_rules(lex)):
            tag = f"r{i}"
            # Group names must be unique across the alternation: prefix them with the branch.
            body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{tag}_\1>", pattern)
            body = re.sub(r"\(\?P=(\w+)\)", rf"(?P={tag}_\1)", body)
            body = re.sub(r"\(\?\((\w+)\)", rf"(?({tag}_\1)", body)
            names = re.findall(r"\(\?P<" + tag + r"_(\w+)>", body)
            self._groups[tag] = (rule, [(f"{tag}_{n}", n) for n in names])
            branches.append(f"(?P<{tag}>{body})")
        # An expression starts a word, possibly after a conjunction or preposition glued to it,
        # and that word is one a rule can start with: the lookahead turns every other word
        # away after a few characters, which keeps a scan of an article well under 1 ms.
        trigger = rf"(?=\d|ال ?\d|{alt(_first_words(lex))}(?!\w))"
        self.pattern = re.compile(r"(?<!\w)(?:[وف]?[بلك]?)" + trigger + "(?:" + "|".join(branches) + r")"
                                  # A year glued to the next word («2018اعتقالات», page furniture) still ends.
                                  r"(?:(?<=\d)(?!\d)|(?!\w))")

    def parse(self, text: str) -> Iterator[Candidate]:
        """Leftmost matches; the caller says where to resume after each one (`send`)."""
        pos = 0
        search = self.pattern.search
        while True:
            m = search(text, pos)
            if m is None:
                return
            tag = m.lastgroup or ""
            rule, groups = self._groups[tag]
            parts = {short: m.group(full) for full, short in groups if m.group(full) is not None}
            resume = yield Candidate(rule, m.start(tag), m.end(tag), parts)
            pos = resume if resume is not None else m.end()


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar, built at first use from the YAML lexicon."""
    return Grammar(load_lexicon())
