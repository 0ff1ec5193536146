"""Counts in the text, in digits or words, with an approximate flag.

«11», «١١», «ألفي», «أحد عشر», «خمسة وعشرين», «نحو 400», «العشرات», «ما لا يقل عن 28».
Fatalities and group sizes are read from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from rasad.datafiles import data_path, load_yaml
from rasad.text.normalise import NormText, normalise_phrase
from rasad.text.words import words as text_words
from rasad.types import NumberMention

_WORD = re.compile(r"\w+")
# A figure stands alone or behind one proclitic («و15», «ب3»), never inside a code or a date.
_DIGITS = re.compile(r"(?:(?<![\w.,/:-])|(?<=(?<!\w)[وبلفك]))(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,/:]\d)")
_DIGIT_RUN = re.compile(r"\d\d*")  # opens on a digit class: the engine skips ahead to the next digit
_CLITICS = ("و", "ب", "ل")


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, int]
    teen_suffix: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    thousands: dict[str, int]
    vague: dict[str, int]
    approx_before: tuple[str, ...]
    approx_after: tuple[str, ...]
    starters: frozenset[str]  # every word a number can begin with, clitics included


def _forms(table: dict) -> dict[str, int]:
    return {normalise_phrase(str(form)): int(value) for value, forms in table.items() for form in forms}


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    raw = load_yaml(data_path("numbers", "number_words.yaml"))
    tables = [_forms(raw[k]) for k in ("units", "tens", "hundreds", "thousands", "vague")]
    words = {w for t in tables for w in t}
    starters = frozenset(words | {c + w for w in words for c in _CLITICS})
    return NumberLexicon(
        starters=starters,
        units=_forms(raw["units"]),
        teen_suffix=frozenset(normalise_phrase(w) for w in raw["teen_suffix"]),
        tens=_forms(raw["tens"]),
        hundreds=_forms(raw["hundreds"]),
        thousands=_forms(raw["thousands"]),
        vague=_forms(raw["vague"]),
        approx_before=tuple(sorted((normalise_phrase(w) for w in raw["approx_before"]), key=len, reverse=True)),
        approx_after=tuple(sorted((normalise_phrase(w) for w in raw["approx_after"]), key=len, reverse=True)),
    )


def _strip_clitic(word: str, table: dict[str, int]) -> str:
    if word in table:
        return word
    if len(word) > 3 and word[0] in _CLITICS and word[1:] in table:
        return word[1:]
    return word


def _word_value(words: list[tuple[str, int, int]], i: int, lex: NumberLexicon) -> tuple[int, int] | None:
    """(value, number of words used) of a number-word sequence starting at words[i]."""
    total = 0
    j = i
    current = 0
    used_any = False
    while j < len(words):
        w = words[j][0]
        if used_any:
            if w.startswith("و") and len(w) > 2:
                w = w[1:]
            elif j != i:
                # Words of one number are joined by «و», except «ثلاثة آلاف», «أحد عشر».
                pass
        key_u = _strip_clitic(w, lex.units) if not used_any else w
        if w in lex.hundreds or (not used_any and _strip_clitic(w, lex.hundreds) in lex.hundreds):
            current += lex.hundreds[w if w in lex.hundreds else _strip_clitic(w, lex.hundreds)]
        elif w in lex.thousands or (not used_any and _strip_clitic(w, lex.thousands) in lex.thousands):
            value = lex.thousands[w if w in lex.thousands else _strip_clitic(w, lex.thousands)]
            if current and value == 1000:
                total += current * 1000
            else:
                total += value
            current = 0
        elif key_u in lex.units:
            unit = lex.units[key_u]
            if j + 1 < len(words) and words[j + 1][0] in lex.teen_suffix and unit < 10:
                current += 10 + unit
                j += 1
            else:
                current += unit
        elif w in lex.tens or (not used_any and _strip_clitic(w, lex.tens) in lex.tens):
            current += lex.tens[w if w in lex.tens else _strip_clitic(w, lex.tens)]
        else:
            break
        used_any = True
        j += 1
        # Only «و» joins further parts, or a scale word follows directly.
        if j < len(words):
            nxt = words[j][0]
            joined = nxt.startswith("و") and (nxt[1:] in lex.units or nxt[1:] in lex.tens or nxt[1:] in lex.hundreds)
            scale = nxt in lex.thousands or nxt in lex.hundreds
            if not (joined or scale):
                break
    if not used_any:
        return None
    return total + current, j - i


def _figures(text: str) -> Iterator[re.Match[str]]:
    """`_DIGITS.finditer(text)`, tried only where a run of digits starts: its look-behinds
    stop the engine from skipping ahead, and a figure never starts inside a run (a digit
    before it fails both look-behinds)."""
    end = 0
    for run in _DIGIT_RUN.finditer(text):
        if run.start() >= end and (m := _DIGITS.match(text, run.start())):
            end = m.end()
            yield m


def find_numbers(norm: NormText) -> list[NumberMention]:
    """All counts in the text, in text order; vague words only where no figure stands."""
    lex = number_lexicon()
    text = norm.text
    found: list[tuple[int, int, int, bool]] = []
    vague_at: set[int] = set()
    for m in _figures(text):
        value = int(m.group(1).replace(",", ""))
        # «1000» right after a figure is a scale: «3 آلاف».
        end = m.end()
        after = text[end:end + 6].strip().split(" ")[0] if end < len(text) else ""
        if after in ("الاف", "الف"):
            value *= 1000
            end = text.index(after, end) + len(after)
        found.append((m.start(), end, value, False))
    words = text_words(norm)  # shared with the later stages' patterns (rasad.text.words)
    in_figure = bytearray(len(text) + 1)  # characters inside a figure already read
    for a, b, _, _ in found:
        in_figure[a:b] = b"\x01" * (b - a)
    i = 0
    while i < len(words):
        w, s, _ = words[i]
        if w not in lex.starters or in_figure[s]:
            i += 1
            continue
        parsed = _word_value(words, i, lex)
        if parsed:
            value, n = parsed
            # «الأول», «أحد» as a pronoun: a lone «احد»/«احدي» is not a count.
            if not (n == 1 and w in ("احد", "احدي", "واحد", "واحده")):
                found.append((s, words[i + n - 1][2], value, False))
            i += n
            continue
        key = _strip_clitic(w, lex.vague)
        if key in lex.vague:
            found.append((s, words[i][2], lex.vague[key], True))
            vague_at.add(s)
        i += 1
    found.sort()
    mentions: list[NumberMention] = []
    for s, e, value, approx in found:
        vague = s in vague_at
        before = text[max(0, s - 16):s].rstrip()
        for cue in lex.approx_before:
            if before.endswith(cue):
                s = s - (len(text[max(0, s - 16):s]) - len(before)) - len(cue)
                approx = True
                break
        after = text[e:e + 40].lstrip(" ،,")
        # The cue may follow the counted noun: «17 مقاتلا على الأقل».
        skipped = after.split(" ", 1)[1] if " " in after else ""
        if any(after.startswith(cue) or skipped.startswith(cue) for cue in lex.approx_after):
            approx = True
        a, b = norm.span(s, e)
        mentions.append(NumberMention(norm.original[a:b], a, b, value, approx, vague))
    return mentions
