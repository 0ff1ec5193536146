"""Where rasad's bundled data files live, and one loader that checks their shape.

Lexicons are data, not code: analysts extend the YAML files under `rasad/data/` without
touching Python. Every loader goes through `load_yaml`, which names the file and the
offending entry when a file breaks its schema.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
# libyaml's loader when PyYAML was built with it: the same safe subset, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """A bundled or user data file does not follow its schema."""


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


@lru_cache(maxsize=None)
def load_yaml(path: Path) -> Any:
    """Parse a YAML data file once per process."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LOADER)
    except yaml.YAMLError as exc:  # pragma: no cover - message only
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc


def require(entry: dict[str, Any], keys: dict[str, type | tuple[type, ...]], where: str) -> None:
    """Check that `entry` has each key with a value of the given type."""
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: expected a mapping, got {type(entry).__name__}")
    for key, typ in keys.items():
        if key not in entry:
            raise DataFileError(f"{where}: missing field '{key}'")
        if not isinstance(entry[key], typ):
            raise DataFileError(f"{where}: field '{key}' should be {typ}, got {type(entry[key]).__name__}")


def word_lists(raw: Any, keys: tuple[str, ...], where: Path | str) -> dict[str, list[str]]:
    """Check that `raw` holds each key as a non-empty list of words, and return those lists."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: expected a mapping, got {type(raw).__name__}")
    for key in keys:
        if not isinstance(raw.get(key), list) or not raw[key] or not all(isinstance(w, str) for w in raw[key]):
            raise DataFileError(f"{where}: '{key}' must be a non-empty list of words")
    return {key: list(raw[key]) for key in keys}
