"""Launch StageDesk: ``stagedesk`` or ``python -m stagedesk``."""

from __future__ import annotations

import sys

from stagedesk.cli import main as _cli_main


def main() -> int:
    return _cli_main()


if __name__ == "__main__":
    sys.exit(main())
