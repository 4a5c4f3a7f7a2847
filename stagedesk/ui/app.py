"""Start the desktop program: the Qt application, its language, the store to open, the window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from stagedesk import config
from stagedesk.domain.errors import PermissionDenied, StageDeskError
from stagedesk.services import auth, packs
from stagedesk.services.actor import Actor
from stagedesk.services.office import Office
from stagedesk.ui.dialogs.actor_dialog import sign_in
from stagedesk.ui.dialogs.passphrase_dialog import install as install_passphrase_source
from stagedesk.ui.i18n import Translations, normalise
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.stores import (
    LANGUAGE_KEY,
    LAST_STORE_KEY,
    open_office,
    ready_office,
    remember_store,
)
from stagedesk.ui.text import fill

BENCH_EXIT_ENV = "STAGEDESK_BENCH_EXIT"
BENCH_T0_ENV = "STAGEDESK_T0"
# For benchmarks, screenshots and scripts: log in without the dialog (both must be set).
LOGIN_ENV = "STAGEDESK_LOGIN"
PASSWORD_ENV = "STAGEDESK_PASSWORD"


def run_gui(location: str | None, *, demo: bool = False, language: str | None = None) -> int:
    """Show the main window on a store and run until it closes; returns the exit code.

    The store is, in order: ``location``; the demo store (created on first use) when ``demo``;
    the last store opened, if it still exists; the default store. ``language`` ("nl"/"en")
    overrides, and replaces, the remembered language.

    Before the window shows, someone logs in (see ``log_in_at_start``); giving up ends the
    program (exit 0), a wrong STAGEDESK_LOGIN/STAGEDESK_PASSWORD too (exit 1, on stderr).
    """
    app = _application()
    settings = QSettings()
    translations = Translations()
    chosen = normalise(language or settings.value(LANGUAGE_KEY, "nl"))
    translations.set_language(chosen)
    if language:
        settings.setValue(LANGUAGE_KEY, chosen)

    # An encrypted store (or a visit pack) asks its passphrase: STAGEDESK_PASSPHRASE, else a dialog.
    install_passphrase_source(QApplication.activeWindow)
    try:
        office = open_chosen_store(location, demo=demo, settings=settings)
    except StageDeskError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("run_gui", "StageDesk"),
            fill(
                QCoreApplication.translate("run_gui", "De store kan niet worden geopend:\n%1"), exc
            ),
        )
        return 1

    try:
        logged_in = log_in_at_start(office)
    except StageDeskError as exc:
        print(f"StageDesk: {LOGIN_ENV}: {exc}", file=sys.stderr)
        office.close()
        return 1
    if not logged_in:
        office.close()
        return 0
    window = MainWindow(office, translations=translations)
    window.login_required = True
    window.show()
    if os.environ.get(BENCH_EXIT_ENV) == "1":
        QTimer.singleShot(0, lambda: _report_interactive(window))
    try:
        return app.exec()
    finally:
        window.office.close()


def log_in_at_start(office: Office) -> bool:
    """Make ``office.actor`` the one who logs in: from STAGEDESK_LOGIN and STAGEDESK_PASSWORD
    when both are set (raises PermissionDenied when they are wrong), else in the login (or
    first-admin) dialog; a visit pack needs no login. False: the user gave up.

    (Checking the environment's login on a thread while the student list is read was tried:
    on a busy 2-core machine argon2's lanes then slowed the read more than they saved.)"""
    actor = environment_login(office)
    if actor is not None:
        office.actor = actor
        return True
    return sign_in(office)


def environment_login(office: Office) -> Actor | None:
    """Who STAGEDESK_LOGIN and STAGEDESK_PASSWORD log in as; None when they are not both set
    or the store is a visit pack (no logins). Wrong: PermissionDenied."""
    login, password = os.environ.get(LOGIN_ENV), os.environ.get(PASSWORD_ENV)
    if not (login and password) or _is_pack(office):
        return None
    if auth.needs_first_admin(office.sessions):
        raise PermissionDenied(
            "this store has no accounts yet: start without STAGEDESK_LOGIN to make the first admin"
        )
    return auth.authenticate(office.sessions, login, password)


def _is_pack(office: Office) -> bool:
    try:
        return packs.pack_info(office.sessions) is not None
    except StageDeskError:
        return False  # a damaged manifest: the store opens as an ordinary one (pack_opened)


def _application() -> QApplication:
    QCoreApplication.setOrganizationName(config.ORGANISATION)
    QCoreApplication.setApplicationName(config.APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName(config.APP_NAME)
    return app


def open_chosen_store(location: str | None, *, demo: bool, settings: QSettings) -> Office:
    """Open the store ``run_gui`` should show (see there for the order); raises StoreError."""
    if location:
        office = open_office(location, create=True)
        remember_store(location)
        return office
    if demo:
        # Imported here: the demo generator (and Faker) is needed only for --demo.
        from stagedesk.services.demo import ensure_demo_store

        store, _summary = ensure_demo_store(config.demo_store_path())
        return ready_office(Office(store))
    last = settings.value(LAST_STORE_KEY)
    if last and Path(str(last)).is_file():
        return open_office(str(last), create=False)
    return open_office(str(config.default_store_path()), create=True)


def _report_interactive(window: MainWindow) -> None:
    """For the start-up benchmark: paint the first page now, print the time taken, and quit."""
    QApplication.processEvents()  # the pending expose and layout, so the repaint really paints
    window.table.viewport().repaint()
    model = window.model
    if model.rowCount():
        model.data(model.index(0, 0))  # fetched by the paint; makes sure of it without a screen
    print(f"interactive {time.time() - _process_start():.3f}", flush=True)
    QCoreApplication.quit()


def _process_start() -> float:
    """When this process started (epoch seconds): the bench's STAGEDESK_T0, else from /proc."""
    given = os.environ.get(BENCH_T0_ENV)
    if given:
        try:
            return float(given)
        except ValueError:
            pass
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 (starttime), counted after the command name
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return _IMPORTED_AT


_IMPORTED_AT = time.time()
