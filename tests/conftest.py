"""Shared test fixtures: where the read-only shared/ folder lies, when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASAD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present beside the repository")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _isolated_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests build their own gazetteer index instead of using the user's cache."""
    if "RASAD_GAZETTEER" not in os.environ:
        os.environ["RASAD_GAZETTEER"] = str(tmp_path_factory.mktemp("gaz") / "gazetteer.pkl")
    if "RASAD_OPENSYRIA" not in os.environ and (SHARED / "data" / "opensyria-geography").is_dir():
        os.environ["RASAD_OPENSYRIA"] = str(SHARED / "data" / "opensyria-geography")
