"""Where StageDesk keeps its files (platformdirs) and the defaults it starts from."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "StageDesk"
ORGANISATION = "StageDesk"
DEMO_STUDENTS = 2_000
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False, ensure_exists=True)
    return Path(path)


def default_store_path() -> Path:
    """The embedded store used when no --db is given."""
    return data_dir() / "stagedesk.sqlite"


def demo_store_path() -> Path:
    """The demo store ``stagedesk --demo`` creates on first use and opens after."""
    return data_dir() / "demo.sqlite"
