"""Who works in the window: logging in on a store, logging out, and how the window names them.

The Actor that logging in gives (with every role the account holds) is ``office.actor``, the
one every service call of the window passes. A visit pack has no accounts: its actor is the
pack's mentor, as the pack says (dialogs.pack_opened).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from stagedesk.services import auth
from stagedesk.services.actor import Actor, StaffChoice
from stagedesk.services.office import Office
from stagedesk.ui import labels
from stagedesk.ui.dialogs.first_admin_dialog import FirstAdminDialog
from stagedesk.ui.dialogs.login_dialog import LoginDialog
from stagedesk.ui.dialogs.pack_opened import opened_pack
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.main_window import MainWindow


def describe(choice: StaffChoice | Actor) -> str:
    roles = ", ".join(labels.staff_role(role) for role in sorted(choice.roles))
    return fill(QCoreApplication.translate("ActorDialog", "%1 (%2)"), choice.name, roles)


def sign_in(office: Office, parent: QWidget | None = None) -> bool:
    """Log in on ``office``: the first admin on a store without accounts, else the login
    dialog; a visit pack needs neither. True when someone logged in (``office.actor`` set)."""
    if opened_pack(office) is not None:
        return True
    if auth.needs_first_admin(office.sessions):
        dialog: FirstAdminDialog | LoginDialog = FirstAdminDialog(office, parent)
    else:
        dialog = LoginDialog(office, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return False
    office.actor = dialog.actor
    return True


def switch_user(window: MainWindow) -> bool:
    """Log out and let someone (else) log in; the window then reloads as them.

    While the login dialog shows, the window hides its lists and closes every case: the next
    person must not read what the last one had open. Giving up closes the window.
    """
    window.cases.close_all()
    central = window.centralWidget()
    central.hide()
    try:
        signed_in = sign_in(window.office, window)
    finally:
        central.show()
    if not signed_in:
        window.close()
        return False
    window.retranslate()
    window.reload()
    return True
