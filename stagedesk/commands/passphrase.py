"""Where the command line gets passphrases: STAGEDESK_PASSPHRASE, else a prompt on a terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from stagedesk.domain.errors import StoreError
from stagedesk.store import cipher

ENV = "STAGEDESK_PASSPHRASE"


def given(path: Path) -> str | None:
    """The passphrase of an encrypted store: the environment's, or asked on a terminal."""
    value = os.environ.get(ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Passphrase for {path.name}: ") or None


def install() -> None:
    """Let every store the command opens ask here when it turns out to be encrypted."""
    cipher.set_passphrase_source(given)


def new_passphrase(what: str) -> str:
    """A passphrase to encrypt ``what`` with: the environment's, or typed twice on a terminal."""
    value = os.environ.get(ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise StoreError(f"give a passphrase for {what}: set {ENV} or run on a terminal")
    first = getpass.getpass(f"New passphrase for {what}: ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise StoreError("the two passphrases differ; nothing was encrypted")
    return first
