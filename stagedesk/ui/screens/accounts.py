"""Gebruikers en rollen (Instellingen menu, admins only): the staff with their login, roles and
state; add a staff member, give a login, reset a password, change roles, (de)activate, unlock.

Every action goes through services.accounts / services.auth, which check the admin role,
refuse what would leave no admin, and write the audit trail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import accounts, auth
from stagedesk.services.accounts import AccountRow
from stagedesk.services.office import Office
from stagedesk.ui import labels
from stagedesk.ui.dialogs.account_fields import account_error, error_label
from stagedesk.ui.screens.accounts_forms import (
    ROLE_ORDER,
    OwnPasswordForm,
    PasswordForm,
    RolesForm,
)
from stagedesk.ui.text import fill

NAME, LOGIN, ROLES, STATE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole


def may_manage_accounts(office: Office) -> bool:
    return office.actor.has(StaffRole.ADMIN)


class AccountsDialog(QDialog):
    """The staff list and the buttons that act on the selected staff member."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.office = office
        self.rows: list[AccountRow] = []
        self.setWindowTitle(self.tr("Gebruikers en rollen"))
        intro = QLabel(
            self.tr(
                "Wie met StageDesk werkt, met welke rollen. Een medewerker zonder account kan "
                "niet aanmelden; een gedeactiveerde medewerker ook niet, en wordt niet meer als "
                "stagebegeleider of bezoeker aangeboden."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Gebruikersnaam"), self.tr("Rollen"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLES, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = self._button("addStaff", self.tr("Medewerker &toevoegen…"), self.add)
        self.login_button = self._button(
            "createLogin", self.tr("&Account aanmaken…"), self.create_login
        )
        self.password_button = self._button(
            "resetPassword", self.tr("&Wachtwoord opnieuw instellen…"), self.reset_password
        )
        self.roles_button = self._button("changeRoles", self.tr("&Rollen wijzigen…"), self.roles)
        self.active_button = self._button("toggleActive", "", self.toggle_active)
        self.unlock_button = self._button("unlock", self.tr("&Ontgrendelen"), self.unlock)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.login_button,
            self.password_button,
            self.roles_button,
            self.active_button,
            self.unlock_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        self.message = error_label("accountsMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 480)
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- the list --------------------------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the staff again; keep (or move) the selection."""
        keep = select or self.selected_id()
        try:
            self.rows = accounts.list_accounts(self.office.sessions, self.office.actor)
        except StageDeskError as exc:
            self.rows = []
            self.message.setText(account_error(exc))
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            cells = (row.name, row.login or self.tr("— geen account —"), roles_text(row), "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(row.staff_id))
                self.table.setItem(n, column, item)
            self.table.item(n, STATE).setText(self.state_text(row))
        index = next((n for n, r in enumerate(self.rows) if r.staff_id == keep), 0)
        if self.rows:
            self.table.selectRow(index)
        self._update_buttons()

    def state_text(self, row: AccountRow) -> str:
        if not row.active:
            return self.tr("gedeactiveerd")
        if row.locked_until is not None:
            local = row.locked_until.astimezone()
            return fill(self.tr("geblokkeerd tot %1"), local.strftime("%H:%M:%S"))
        if row.login is None:
            return self.tr("kan niet aanmelden")
        return self.tr("actief")

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.rows[rows[0].row()]

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return None if row is None else row.staff_id

    def _update_buttons(self) -> None:
        row = self.selected()
        has = row is not None
        self.login_button.setEnabled(has and row is not None and row.login is None)
        self.password_button.setEnabled(has and row is not None and row.login is not None)
        self.roles_button.setEnabled(has)
        self.active_button.setEnabled(has)
        self.unlock_button.setEnabled(row is not None and row.locked)
        active = row is None or row.active
        self.active_button.setText(self.tr("&Deactiveren") if active else self.tr("A&ctiveren"))

    # --- actions ---------------------------------------------------------------------------------

    def add(self) -> None:
        made: list[uuid.UUID] = []

        def action(name: str, roles: frozenset[StaffRole]) -> None:
            row = accounts.add_staff_member(self.office.sessions, self.office.actor, name, roles)
            made.append(row.staff_id)

        form = RolesForm("", frozenset({StaffRole.MENTOR}), action, with_name=True, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._done(made[0] if made else None)

    def create_login(self) -> None:
        self._password_form(with_login=True)

    def reset_password(self) -> None:
        self._password_form(with_login=False)

    def _password_form(self, *, with_login: bool) -> None:
        row = self.selected()
        if row is None:
            return
        sessions, actor = self.office.sessions, self.office.actor

        def action(login: str, password: str) -> None:
            if with_login:
                auth.create_login(sessions, actor, row.staff_id, login, password)
            else:
                auth.set_password(sessions, actor, row.staff_id, password)

        form = PasswordForm(row.name, action, with_login=with_login, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._done(row.staff_id)

    def roles(self) -> None:
        row = self.selected()
        if row is None:
            return
        form = RolesForm(
            row.name,
            row.roles,
            lambda _name, roles: accounts.set_roles(
                self.office.sessions, self.office.actor, row.staff_id, roles
            ),
            parent=self,
        )
        if form.exec() == QDialog.DialogCode.Accepted:
            self._done(row.staff_id)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self._act(
                row.staff_id,
                lambda: accounts.set_active(
                    self.office.sessions, self.office.actor, row.staff_id, not row.active
                ),
            )

    def unlock(self) -> None:
        row = self.selected()
        if row is not None:
            self._act(
                row.staff_id,
                lambda: accounts.unlock(self.office.sessions, self.office.actor, row.staff_id),
            )

    def _act(self, staff_id: uuid.UUID, call: Callable[[], object]) -> None:
        try:
            call()
        except StageDeskError as exc:
            self.message.setText(account_error(exc))
            return
        self._done(staff_id)

    def _done(self, staff_id: uuid.UUID | None) -> None:
        self.message.clear()
        self.refresh(select=staff_id)


def roles_text(row: AccountRow) -> str:
    return ", ".join(labels.staff_role(role) for role in ROLE_ORDER if role in row.roles)


def show_accounts_dialog(office: Office, parent: QWidget | None = None) -> None:
    """Gebruikers en rollen, for admins (the menu offers it only to them)."""
    dialog = AccountsDialog(office, parent)
    dialog.exec()
    dialog.deleteLater()


def may_change_own_password(office: Office) -> bool:
    """Whoever logged in (a visit pack's mentor did not, and has no password there)."""
    return auth.has_account(office.sessions, office.actor)


def change_own_password(office: Office, parent: QWidget | None = None) -> bool:
    """Wachtwoord wijzigen…: True when the password was changed."""
    staff_id = office.actor.staff_id
    if staff_id is None:
        return False

    def action(old: str, new: str) -> None:
        auth.set_password(office.sessions, office.actor, staff_id, new, old_password=old)

    form = OwnPasswordForm(action, parent=parent)
    changed = form.exec() == QDialog.DialogCode.Accepted
    form.deleteLater()
    return changed
