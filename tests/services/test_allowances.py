"""The allowance overview: which placements are flagged, and the sums per programme or company."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from stagedesk.domain.enums import AllowanceKind, SearchStatus, StaffRole
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.allowances import GroupBy, allowance_overview
from stagedesk.services.office import Office
from tests.services.attention_store import TODAY, OfficeBuilder, days

NONE, ALLOWANCE, WAGE = AllowanceKind.NONE, AllowanceKind.ALLOWANCE, AllowanceKind.WAGE


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    office = Office.open(tmp_path_factory.mktemp("allowances") / "office.sqlite")
    with office.sessions.begin() as session:
        _fill(OfficeBuilder(session))
    yield office
    office.close()


def _fill(b: OfficeBuilder) -> None:
    zorg = b.programme("Verzorgende-IG", 3)
    kok = b.programme("Kok", 2)
    oost, bakker = b.company("Zorggroep Óost"), b.company("Bakkerij De Korenaar")

    def placed(name: str, programme, company, kind, cents=None, **kw) -> None:
        student = b.student(name, "Student", programme, SearchStatus.IN_BPV)
        start, end = kw.pop("start", days(-30)), kw.pop("end", days(90))
        b.placement(student, company, start, end, allowance=kind, cents=cents, **kw)

    placed("Op", zorg, oost, ALLOWANCE, 30_000)  # equal to the norm: fine
    placed("Net", zorg, oost, ALLOWANCE, 29_999, paid=True)  # one cent below
    placed("Geen", zorg, oost, NONE)
    placed("Ruim", zorg, bakker, ALLOWANCE, 50_000)
    placed("Loon", kok, bakker, WAGE)  # a wage is never flagged
    placed("Later", kok, bakker, NONE, start=days(20), end=days(200))  # upcoming counts
    placed("Afgebroken", kok, oost, NONE, ended_early_on=days(-1))
    placed("Voorbij", kok, oost, ALLOWANCE, 10_000, start=days(-200), end=days(-1))
    placed("Kaal", kok, bakker, ALLOWANCE, None)  # an allowance without amount: below


def test_below_the_norm_and_none_are_flagged_equal_to_the_norm_is_not(office):
    overview = allowance_overview(office.sessions, SYSTEM, TODAY)
    assert overview.norm_cents == 30_000
    flagged = {line.name: (line.kind, line.cents_per_month) for line in overview.lines}
    assert flagged == {
        "Net Student": (ALLOWANCE, 29_999),
        "Geen Student": (NONE, None),
        "Later Student": (NONE, None),
        "Kaal Student": (ALLOWANCE, None),
    }


def test_wage_ended_early_and_past_placements_are_never_flagged(office):
    names = {line.name for line in allowance_overview(office.sessions, SYSTEM, TODAY).lines}
    assert not names & {"Loon Student", "Afgebroken Student", "Voorbij Student"}


def test_lines_say_whether_below_norm_and_paid(office):
    lines = {line.name: line for line in allowance_overview(office.sessions, SYSTEM, TODAY).lines}
    assert lines["Net Student"].below_norm and lines["Net Student"].paid
    assert not lines["Geen Student"].below_norm and not lines["Geen Student"].paid
    assert lines["Net Student"].company == "Zorggroep Óost"
    assert lines["Net Student"].programme == "Verzorgende-IG"


def test_grouped_by_programme_counts_all_live_placements_and_averages_the_allowances(office):
    overview = allowance_overview(office.sessions, SYSTEM, TODAY, "programme")
    assert overview.group_by is GroupBy.PROGRAMME
    groups = {group.name: group for group in overview.groups}
    zorg, kok = groups["Verzorgende-IG"], groups["Kok"]
    assert (zorg.placements, zorg.wage, zorg.without, zorg.below_norm) == (4, 0, 1, 1)
    assert zorg.average_cents == round((30_000 + 29_999 + 50_000) / 3)
    assert (kok.placements, kok.wage, kok.without, kok.below_norm) == (3, 1, 1, 1)
    assert kok.average_cents is None  # its only allowance has no amount
    assert zorg.niveau == 3 and kok.niveau == 2
    assert sum(group.flagged for group in overview.groups) == overview.flagged == 4


def test_grouped_by_company(office):
    overview = allowance_overview(office.sessions, SYSTEM, TODAY, GroupBy.COMPANY)
    groups = {group.name: group for group in overview.groups}
    assert set(groups) == {"Zorggroep Óost", "Bakkerij De Korenaar"}
    oost, bakker = groups["Zorggroep Óost"], groups["Bakkerij De Korenaar"]
    assert (oost.placements, oost.without, oost.below_norm) == (3, 1, 1)
    assert (bakker.placements, bakker.wage, bakker.without, bakker.below_norm) == (4, 1, 1, 1)
    assert bakker.average_cents == 50_000 and oost.niveau is None
    # Lines follow the groups' order.
    order = [group.key for group in overview.groups]
    keys = [line.company_key for line in overview.lines]
    assert keys == sorted(keys, key=order.index)


def test_a_group_without_flagged_placements_is_left_out(tmp_path):
    office = Office.open(tmp_path / "fine.sqlite")
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            student = b.student("Goed", "Betaald", b.programme("Kok"), SearchStatus.IN_BPV)
            b.placement(student, b.company("X"), days(-1), days(10), cents=40_000)
        overview = allowance_overview(office.sessions, SYSTEM, TODAY)
        assert overview.groups == [] and overview.lines == []
    finally:
        office.close()


def test_only_case_workers_see_the_overview(office):
    for role in (StaffRole.MENTOR, StaffRole.MELDPUNT):
        with pytest.raises(PermissionDenied):
            allowance_overview(office.sessions, Actor(None, "X", frozenset({role})), TODAY)


def test_an_unknown_grouping_is_refused(office):
    with pytest.raises(ValidationError) as refused:
        allowance_overview(office.sessions, SYSTEM, TODAY, "region")
    assert refused.value.field == "group_by"


@pytest.mark.parametrize("group_by", list(GroupBy))
def test_postgresql_gives_the_same_overview(pg_url, office, group_by):
    server = Office.open(pg_url)
    try:
        with server.sessions.begin() as session:
            _fill(OfficeBuilder(session))
        on_server = allowance_overview(server.sessions, SYSTEM, TODAY, group_by)
    finally:
        server.close()
    here = allowance_overview(office.sessions, SYSTEM, TODAY, group_by)

    def facts(overview):
        groups = [(g.name, g.placements, g.wage, g.without, g.below_norm, g.average_cents)
                  for g in overview.groups]  # fmt: skip
        lines = [(line.name, line.kind, line.cents_per_month, line.paid) for line in overview.lines]
        return groups, lines

    assert facts(on_server) == facts(here)
