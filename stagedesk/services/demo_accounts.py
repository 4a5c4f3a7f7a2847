"""The demo college's accounts: one login per role, all with the documented demo password.

Made through services.auth after the demo data (not inside generate_demo: argon2 salts are
random, and the demo's rows must stay byte-identical per seed). The logins are listed in the
setting row ``demo:accounts``, which is what marks a store as a demo store for the login
dialog's hint; the password is never stored there, only its hash in staff_login.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.services import auth
from stagedesk.services.actor import SYSTEM, Actor, require, staff_choices
from stagedesk.services.setting_rows import read_value, write_value

DEMO_PASSWORD = "stagedesk-demo"
SETTING_KEY = "demo:accounts"
# Login name per role, in the order the hint names them. The demo's admin is also a
# coordinator; "coordinator" is another coordinator, who is not an admin.
LOGINS: tuple[tuple[str, StaffRole], ...] = (
    ("beheerder", StaffRole.ADMIN),
    ("coordinator", StaffRole.COORDINATOR),
    ("mentor", StaffRole.MENTOR),
    ("meldpunt", StaffRole.MELDPUNT),
)


@dataclass(frozen=True)
class DemoLogin:
    login: str
    name: str
    roles: frozenset[StaffRole]


def add_demo_accounts(
    sessions: sessionmaker[Session], actor: Actor = SYSTEM
) -> tuple[DemoLogin, ...]:
    """Give one staff member per role a login with DEMO_PASSWORD, on a store without accounts.

    A store that has accounts already is left alone (returns ()): its admin decides.
    """
    require(actor, auth.ADMINS, "create demo accounts")
    if not auth.needs_first_admin(sessions):
        return ()
    people = [(c.id, c.name, c.roles) for c in staff_choices(sessions)]
    made: list[DemoLogin] = []
    taken: set[object] = set()
    for login, role in LOGINS:
        # The admin login goes to an admin; the others to someone holding only that role
        # when there is one, so that each login shows what that role sees.
        candidates = [p for p in people if role in p[2] and p[0] not in taken]
        only = [p for p in candidates if p[2] == {role}]
        chosen = (only or candidates)[:1]
        if not chosen:
            continue
        staff_id, name, roles = chosen[0]
        auth.create_login(sessions, actor, staff_id, login, DEMO_PASSWORD)
        taken.add(staff_id)
        made.append(DemoLogin(login, name, roles))
    if made:
        with sessions.begin() as s:
            write_value(
                s,
                SETTING_KEY,
                [{"login": d.login, "roles": sorted(r.value for r in d.roles)} for d in made],
            )
    return tuple(made)


def demo_logins(sessions: sessionmaker[Session]) -> tuple[str, ...]:
    """The demo's login names when the store is a demo store, else (); for the login hint."""
    with sessions() as s:
        value = read_value(s, SETTING_KEY)
    if not isinstance(value, list):
        return ()
    return tuple(str(item["login"]) for item in value if isinstance(item, dict) and "login" in item)
