"""Where rasad's bundled data files live, and one loader that checks their shape.

Lexicons are data, not code: analysts extend the YAML files under `rasad/data/` without
touching Python. Every loader goes through `load_yaml`, which names the file and the
offending entry when a file breaks its schema.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

import yaml

T = TypeVar("T")

DATA_DIR = Path(__file__).parent / "data"
# libyaml's loader when PyYAML was built with it: the same safe subset, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """A bundled or user data file does not follow its schema."""


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


CACHE_FORMAT = 1


def cache_dir() -> Path:
    """Where rasad keeps what it builds from its data: $RASAD_CACHE_DIR, else the user cache."""
    env = os.environ.get("RASAD_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rasad"


class _ParsedYaml:
    """Parsed YAML files kept between runs (one pickle), so start-up does not parse ~30 files:
    an entry counts only while its file's size and modification time are unchanged."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[int, int, Any]] | None = None
        self._dirty = False

    def _path(self) -> Path:
        # One file per installed copy of rasad: checkouts and clones never load each other's.
        where = hashlib.sha1(str(DATA_DIR.resolve()).encode("utf-8")).hexdigest()[:10]
        return cache_dir() / f"yaml-v{CACHE_FORMAT}-{where}.pkl"

    def _load(self) -> dict[str, tuple[int, int, Any]]:
        if self._entries is None:
            try:
                with open(self._path(), "rb") as fh:
                    entries = pickle.load(fh)
                self._entries = entries if isinstance(entries, dict) else {}
            except Exception:  # noqa: BLE001 - a missing or broken cache is rebuilt
                self._entries = {}
        return self._entries

    def get(self, path: Path) -> Any:
        st = path.stat()
        key = str(path.resolve())
        with self._lock:
            hit = self._load().get(key)
            if hit is not None and hit[:2] == (st.st_size, st.st_mtime_ns):
                return hit[2]
        data = _parse_yaml(path)
        with self._lock:
            self._load()[key] = (st.st_size, st.st_mtime_ns, data)
            if not self._dirty:
                atexit.register(self.save)
            self._dirty = True
        return data

    def save(self) -> None:
        """Write the cache if this process parsed anything new (atomically; best effort)."""
        with self._lock:
            if not self._dirty or self._entries is None:
                return
            target = self._path()
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(f".{os.getpid()}.tmp")
                live = {k: v for k, v in self._entries.items() if os.path.exists(k)}  # files since removed go
                with open(tmp, "wb") as fh:
                    pickle.dump(live, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, target)
                self._dirty = False
            except OSError:
                pass


_PARSED = _ParsedYaml()


def derived(name: str, key: str, build: Callable[[], T]) -> T:
    """A value computed from data files (e.g. every spelling of every actor name), kept between
    runs in the cache folder under `name` while `key` (a digest of everything it was computed
    from) is unchanged; rebuilt and rewritten otherwise. A broken or unwritable cache only costs
    the build."""
    path = cache_dir() / f"derived-{name}-v{CACHE_FORMAT}.pkl"
    try:
        with open(path, "rb") as fh:
            stored_key, value = pickle.load(fh)
        if stored_key == key:
            return value
    except Exception:  # noqa: BLE001 - absent, stale or broken: rebuilt below
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value


def stamp(*paths: Path) -> str:
    """Names, sizes and modification times of files, for a `derived` key."""
    out = []
    for p in paths:
        st = p.stat()
        out.append(f"{p.name}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(out)


def _parse_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LOADER)
    except yaml.YAMLError as exc:  # pragma: no cover - message only
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc


@lru_cache(maxsize=None)
def load_yaml(path: Path) -> Any:
    """Parse a YAML data file once per process (and once per change, across processes)."""
    return _PARSED.get(Path(path))


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
