"""The first start of a store without accounts: make the first admin, then log in as them."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.services import auth
from stagedesk.services.actor import Actor, staff_choices
from stagedesk.services.office import Office
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


class FirstAdminDialog(QDialog):
    """Name, login name and password (twice) of the store's first admin."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.office = office
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Eerste beheerder — StageDesk"))
        intro = QLabel(
            self.tr(
                "Deze store heeft nog geen gebruikers. Maak uw eigen account aan: u wordt de "
                "eerste beheerder en kunt daarna collega's een account en rollen geven."
            )
        )
        intro.setWordWrap(True)
        # An office that used StageDesk before accounts existed: the admin is likely on staff.
        self.who = QComboBox()
        self.who.setObjectName("who")
        self.who.addItem(self.tr("een nieuwe medewerker"), "")
        self._names: dict[str, str] = {}
        for choice in staff_choices(office.sessions):
            roles = ", ".join(labels.staff_role(role) for role in sorted(choice.roles))
            self.who.addItem(fill(self.tr("%1 (%2)"), choice.name, roles), str(choice.id))
            self._names[str(choice.id)] = choice.name
        self.who.currentIndexChanged.connect(self._who_changed)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = password_field("password")
        self.again = password_field("passwordAgain")
        rule = QLabel(password_rule())
        rule.setObjectName("passwordRule")
        rule.setWordWrap(True)
        form = QFormLayout()
        if self.who.count() > 1:
            form.addRow(self.tr("&Wie bent u?"), self.who)
        else:
            self.who.hide()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Gebruikersnaam"), self.login)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        form.addRow(self.tr("Wachtwoord &nogmaals"), self.again)
        form.addRow("", rule)
        self.message = error_label("firstAdminMessage")
        buttons = ok_cancel(self, self.tr("Beheerder &maken"), self.tr("&Afsluiten"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.name.setFocus()

    def submit(self) -> None:
        differ = passwords_differ(self.password, self.again)
        if differ is not None:
            self.message.setText(differ)
            self.again.setFocus()
            return
        chosen = str(self.who.currentData() or "")
        try:
            auth.create_first_admin(
                self.office.sessions,
                self.name.text(),
                self.login.text(),
                self.password.text(),
                staff_id=uuid.UUID(chosen) if chosen else None,
            )
            # Logging in (rather than using the returned actor) puts the login on the trail.
            self.actor = auth.authenticate(
                self.office.sessions, self.login.text(), self.password.text()
            )
        except StageDeskError as exc:
            self.message.setText(account_error(exc))
            return
        self.accept()

    def _who_changed(self) -> None:
        chosen = str(self.who.currentData() or "")
        self.name.setEnabled(not chosen)
        self.name.setText(self._names.get(chosen, ""))
