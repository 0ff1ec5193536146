"""Signed browser sessions and their CSRF tokens (HMAC-SHA256, standard library only).

A session cookie says who logged in, until when, the CSRF token the pages must echo in
`X-CSRF-Token`, and a fingerprint of the user's API token, so giving the user a new token
(`rasad users add`) ends every session opened with the old one. The signing key is a store
setting, shared by every process that serves the same store.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

COOKIE = "rasad_session"
LIFETIME = 12 * 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(key: str, name: str, token_hash: str, *, now: float | None = None) -> tuple[str, str]:
    """(cookie value, csrf token) for a new session of user `name`."""
    csrf = secrets.token_urlsafe(24)
    payload = {"u": name, "t": token_hash[:16], "c": csrf, "x": int((now or time.time()) + LIFETIME)}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    mac = hmac.new(key.encode("utf-8"), body.encode("ascii"), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}", csrf


def verify(key: str, cookie: str | None, *, now: float | None = None) -> dict[str, Any] | None:
    """The session's payload when the cookie is intact and unexpired, else None."""
    if not cookie or cookie.count(".") != 1:
        return None
    body, mac = cookie.split(".")
    want = hmac.new(key.encode("utf-8"), body.encode("ascii", "replace"), hashlib.sha256).digest()
    try:
        if not hmac.compare_digest(want, _unb64(mac)):
            return None
        payload = json.loads(_unb64(body))
    except (ValueError, TypeError):
        return None
    if not isinstance(payload, dict) or payload.get("x", 0) < (now or time.time()):
        return None
    return payload
