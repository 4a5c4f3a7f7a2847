"""The small forms of the accounts screen: a login and password, a new password, roles.

Each form takes the service call to make on OK; a refusal shows in the form (in Dutch) and
the form stays open, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.ui import labels
from stagedesk.ui.dialogs.account_fields import (
    account_error,
    error_label,
    ok_cancel,
    password_field,
    password_rule,
    passwords_differ,
)
from stagedesk.ui.text import fill

ROLE_ORDER = (StaffRole.ADMIN, StaffRole.COORDINATOR, StaffRole.MENTOR, StaffRole.MELDPUNT)


class _Form(QDialog):
    """Intro, fields, the message line and OK/Cancel; ``run`` makes the service call."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = error_label("accountFormMessage")
        self.buttons = ok_cancel(self, self.tr("&Opslaan"), self.tr("Annuleren"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def check(self) -> str | None:
        """A message when the fields are not right yet (before any service call)."""
        return None

    def run(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        problem = self.check()
        if problem is not None:
            self.message.setText(problem)
            return
        try:
            self.run()
        except StageDeskError as exc:
            self.message.setText(account_error(exc))
            return
        self.accept()


class _NewPasswordForm(_Form):
    """A form with a new password typed twice, and the rule it must meet."""

    def add_new_password(self, label: str, again_label: str) -> None:
        self.password = password_field("password")
        self.again = password_field("passwordAgain")
        self.form.addRow(label, self.password)
        self.form.addRow(again_label, self.again)
        rule = QLabel(password_rule())
        rule.setWordWrap(True)
        self.form.addRow("", rule)

    def check(self) -> str | None:
        return passwords_differ(self.password, self.again)


class PasswordForm(_NewPasswordForm):
    """A password typed twice; with ``with_login`` a login name too (a new account)."""

    def __init__(
        self,
        staff_name: str,
        action: Callable[[str, str], object],
        *,
        with_login: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("passwordForm", parent)
        if with_login:
            title = self.tr("Account aanmaken")
            intro = fill(
                self.tr(
                    "Een gebruikersnaam en een eerste wachtwoord voor %1. Geef het wachtwoord "
                    "persoonlijk door."
                ),
                staff_name,
            )
        else:
            title = self.tr("Wachtwoord opnieuw instellen")
            intro = fill(
                self.tr(
                    "Een nieuw wachtwoord voor %1. Een blokkade na mislukte pogingen vervalt "
                    "daarmee ook."
                ),
                staff_name,
            )
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.action = action
        self.login = QLineEdit()
        self.login.setObjectName("login")
        if with_login:
            self.form.addRow(self.tr("&Gebruikersnaam"), self.login)
        else:
            self.login.hide()
        self.add_new_password(self.tr("&Wachtwoord"), self.tr("Wachtwoord &nogmaals"))

    def run(self) -> None:
        self.action(self.login.text(), self.password.text())


class RolesForm(_Form):
    """The roles a staff member holds (several may be ticked); with ``with_name`` a new
    staff member's name too."""

    def __init__(
        self,
        staff_name: str,
        roles: frozenset[StaffRole],
        action: Callable[[str, frozenset[StaffRole]], object],
        *,
        with_name: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("rolesForm", parent)
        if with_name:
            title = self.tr("Medewerker toevoegen")
            intro = self.tr(
                "Een nieuwe medewerker en de rollen die hij of zij krijgt. Een account om mee "
                "aan te melden maakt u daarna."
            )
        else:
            title = self.tr("Rollen wijzigen")
            intro = fill(
                self.tr("De rollen van %1. Ze gelden vanaf de volgende keer aanmelden."),
                staff_name,
            )
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.action = action
        self.name = QLineEdit(staff_name)
        self.name.setObjectName("name")
        if with_name:
            self.form.addRow(self.tr("&Naam"), self.name)
        else:
            self.name.hide()
        self.boxes: dict[StaffRole, QCheckBox] = {}
        for role in ROLE_ORDER:
            box = QCheckBox(labels.staff_role(role))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in roles)
            self.boxes[role] = box
            self.form.addRow("" if role is not ROLE_ORDER[0] else self.tr("Rollen"), box)

    def chosen(self) -> frozenset[StaffRole]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def check(self) -> str | None:
        if not self.chosen():
            return self.tr("Kies minstens één rol.")
        return None

    def run(self) -> None:
        self.action(self.name.text(), self.chosen())


class OwnPasswordForm(_NewPasswordForm):
    """Change one's own password: the current one, and the new one twice."""

    def __init__(
        self, action: Callable[[str, str], object], *, parent: QWidget | None = None
    ) -> None:
        super().__init__("ownPasswordForm", parent)
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.intro.setText(self.tr("Geef uw huidige wachtwoord en tweemaal het nieuwe."))
        self.action = action
        self.old = password_field("oldPassword")
        self.form.addRow(self.tr("&Huidig wachtwoord"), self.old)
        self.add_new_password(self.tr("&Nieuw wachtwoord"), self.tr("Nieuw wachtwoord &nogmaals"))

    def run(self) -> None:
        self.action(self.old.text(), self.password.text())
