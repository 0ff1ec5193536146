"""Asides in brackets: «لواء الأقصى (إحدى فصائل الجبهة السابقة)» describes the name before it."""

from __future__ import annotations


def in_brackets(text: str, start: int, end: int, reach_before: int, close_before: int) -> bool:
    """Is text[start:end] inside a bracket opened at most `reach_before` characters earlier
    and closed after it, before `close_before`?"""
    opened = text.rfind("(", max(0, start - reach_before), start)
    return opened != -1 and text.find(")", opened, start) == -1 and text.find(")", end, close_before) != -1
