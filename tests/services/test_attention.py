"""The attention list: each reason, its boundaries, the order, and who may see what."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import pytest

from stagedesk.domain.enums import (
    ApplicationStatus,
    Leerweg,
    PokStatus,
    SearchStatus,
    StaffRole,
    VisitStatus,
)
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.attention import (
    AttentionItem,
    AttentionReason,
    BblDetail,
    PokDetail,
    RejectionDetail,
    SearchDetail,
    VisitDetail,
    attention_list,
    count_by_reason,
)
from stagedesk.services.office import Office
from stagedesk.services.settings import load_settings, save_settings
from tests.services.attention_store import ADULT, MINOR, TODAY, OfficeBuilder, days

R = AttentionReason
S = SearchStatus


@dataclass(frozen=True)
class Staff:
    coordinator: Actor
    mentor: Actor
    other_mentor: Actor
    meldpunt: Actor


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    office = Office.open(tmp_path_factory.mktemp("attention") / "office.sqlite")
    with office.sessions.begin() as session:
        _fill(OfficeBuilder(session))
    yield office
    office.close()


def _fill(b: OfficeBuilder) -> None:
    n3 = b.programme("Verzorgende-IG", 3)
    n2 = b.programme("Kok", 2)
    n1 = b.programme("Entree", 1)
    bbl = b.programme("Monteur", 3, Leerweg.BBL)
    mentor = b.staff("Fatima el Amrani", StaffRole.MENTOR)
    b.staff("Joost de Wit", StaffRole.MENTOR)
    b.staff("Coco Coördinator", StaffRole.COORDINATOR)
    b.staff("Mila Meldpunt", StaffRole.MELDPUNT)
    firm = b.company("Zorggroep Óost")

    # Searching long: exactly 8 weeks is in, 7 weeks 6 days and 7 weeks are not.
    b.student("Acht", "Weken", n3, S.SEARCHING, days(-56), mentor=mentor)
    b.student("Bijna", "Acht", n3, S.SEARCHING, days(-55))
    b.student("Zeven", "Weken", n3, S.SEARCHING, days(-49))
    b.student("Lang", "Solliciterend", n3, S.APPLYING, days(-100))
    b.student("Lang", "Geplaatst", n3, S.IN_BPV, days(-200))
    b.student("Lang", "Gestopt", n3, S.STOPPED, days(-200))

    # Rejections in the current search: five is in, four is not; earlier rounds don't count.
    vijf = b.student("Vijf", "Afwijzingen", n3, S.SEARCHING, days(-20), mentor=mentor)
    b.applications(vijf, firm, days(-30), 5)
    vier = b.student("Vier", "Afwijzingen", n3, S.SEARCHING, days(-20))
    b.applications(vier, firm, days(-30), 4)
    b.applications(vier, firm, days(-25), 2, ApplicationStatus.WITHDRAWN)
    na_bpv = b.student("Na", "Bpv", n3, S.SEARCHING, days(-20))
    b.placement(na_bpv, firm, date(2026, 2, 1), date(2026, 6, 30))
    b.applications(na_bpv, firm, date(2026, 1, 10), 4)  # before the bpv
    b.applications(na_bpv, firm, date(2026, 6, 30), 1)  # on its last day: still that round
    b.applications(na_bpv, firm, days(-10), 4)  # this round: 4
    afgebroken = b.student("Na", "Afbreken", n3, S.SEARCHING, days(-20))
    b.placement(
        afgebroken, firm, date(2026, 9, 1), date(2027, 1, 31), ended_early_on=date(2026, 10, 1)
    )
    b.applications(afgebroken, firm, date(2026, 8, 1), 3)  # before the break-off
    b.applications(afgebroken, firm, date(2026, 10, 1), 1)  # on the day itself: this round
    b.applications(afgebroken, firm, days(-5), 4)  # this round: 5 with the one above
    geplaatst = b.student("Wel", "Geplaatst", n3, S.PLACED, days(-5))
    b.applications(geplaatst, firm, days(-40), 7)

    # Entree and niveau 2 without a place, however recent; niveau 3 or placed is not.
    b.student("Niveau", "Twee", n2, S.SEARCHING, days(-3))
    b.student("Niveau", "Een", n1, S.NOT_STARTED, days(-100))
    b.student("Niveau", "Drie", n3, S.SEARCHING, days(-3))
    b.student("Twee", "Geplaatst", n2, S.PLACED, days(-3))

    # BBL without a complete POK (inside the 8-week window before 31 December).
    b.student("Bbl", "Zoekend", bbl, S.SEARCHING, days(-3))
    met_pok = b.student("Bbl", "Met Pok", bbl, S.IN_BPV, days(-60))
    leerbaan = b.placement(met_pok, firm, days(-60), days(300))
    b.visit(leerbaan, VisitStatus.HELD, days(-30))

    # POK near the start: 7 days is in, 8 is not; started without POK is in.
    zeven = b.student("Pok", "Zeven", n3, S.PLACED_AWAITING_POK, days(-10), born=MINOR)
    b.placement(zeven, firm, days(7), days(100), PokStatus.SENT, signed=("student",))
    acht = b.student("Pok", "Acht", n3, S.PLACED_AWAITING_POK, days(-10))
    b.placement(acht, firm, days(8), days(100), PokStatus.SENT)
    begonnen = b.student("Pok", "Begonnen", n3, S.PLACED_AWAITING_POK, days(-30), born=ADULT)
    started = b.placement(begonnen, firm, days(-3), days(100), PokStatus.DRAFT)
    b.visit(started, VisitStatus.PLANNED, days(10))
    geannuleerd = b.student("Pok", "Geannuleerd", n3, S.SEARCHING, days(-2))
    b.placement(geannuleerd, firm, days(3), days(100), PokStatus.CANCELLED)
    afgebroken_pok = b.student("Pok", "Afgebroken", n3, S.SEARCHING, days(-2))
    b.placement(afgebroken_pok, firm, days(-20), days(100), PokStatus.SENT, ended_early_on=days(-2))

    # Visits: running without any visit is in; a planned or held one is enough; a cancelled
    # one is not; an upcoming placement counts from 14 days before its start.
    zonder = b.student("Bezoek", "Zonder", n3, S.IN_BPV, days(-30))
    b.placement(zonder, firm, days(-30), days(60))
    gepland = b.student("Bezoek", "Gepland", n3, S.IN_BPV, days(-30))
    b.visit(b.placement(gepland, firm, days(-30), days(60)), VisitStatus.PLANNED, days(5))
    afgezegd = b.student("Bezoek", "Afgezegd", n3, S.IN_BPV, days(-30))
    b.visit(b.placement(afgezegd, firm, days(-30), days(60)), VisitStatus.CANCELLED, days(5))
    veertien = b.student("Bezoek", "Veertien", n3, S.PLACED, days(-30))
    b.placement(veertien, firm, days(14), days(100))
    vijftien = b.student("Bezoek", "Vijftien", n3, S.PLACED, days(-30))
    b.placement(vijftien, firm, days(15), days(100))
    klaar = b.student("Bezoek", "Afgerond", n3, S.COMPLETED, days(-30))
    b.placement(klaar, firm, days(-200), days(-31))


@pytest.fixture(scope="module")
def staff(office: Office) -> Staff:
    from stagedesk.services.actor import staff_choices

    by_name = {c.name: Actor(c.id, c.name, c.roles) for c in staff_choices(office.sessions)}
    return Staff(
        by_name["Coco Coördinator"],
        by_name["Fatima el Amrani"],
        by_name["Joost de Wit"],
        by_name["Mila Meldpunt"],
    )


@pytest.fixture(scope="module")
def items(office: Office) -> list[AttentionItem]:
    return attention_list(office.sessions, SYSTEM, TODAY)


def reasons(items: list[AttentionItem], name: str) -> set[AttentionReason]:
    return {item.reason for item in items if item.name == name}


def only(items: list[AttentionItem], name: str, reason: AttentionReason) -> AttentionItem:
    found = [item for item in items if item.name == name and item.reason is reason]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def test_searching_exactly_n_weeks_is_on_the_list_one_day_less_is_not(items):
    item = only(items, "Acht Weken", R.SEARCHING_LONG)
    assert item.detail == SearchDetail(S.SEARCHING, days(-56), 8)
    assert item.mentor == "Fatima el Amrani" and item.programme == "Verzorgende-IG"
    assert R.SEARCHING_LONG not in reasons(items, "Bijna Acht")
    assert R.SEARCHING_LONG not in reasons(items, "Zeven Weken")
    assert only(items, "Lang Solliciterend", R.SEARCHING_LONG).detail.weeks == 14


def test_placed_and_stopped_students_are_not_searching_long(items):
    assert reasons(items, "Lang Geplaatst") == set()
    assert reasons(items, "Lang Gestopt") == set()


def test_n_rejections_in_the_current_search_are_on_the_list_n_minus_one_are_not(items):
    item = only(items, "Vijf Afwijzingen", R.MANY_REJECTIONS)
    assert item.detail == RejectionDetail(5, days(-30))
    assert R.MANY_REJECTIONS not in reasons(items, "Vier Afwijzingen")


def test_rejections_before_a_completed_placement_belong_to_an_earlier_search(items):
    # 4 before the bpv and 1 on its last day do not count; the 4 since do: below 5.
    assert R.MANY_REJECTIONS not in reasons(items, "Na Bpv")


def test_a_break_off_starts_a_new_search_on_the_day_itself(items):
    assert only(items, "Na Afbreken", R.MANY_REJECTIONS).detail.rejections == 5


def test_rejections_of_a_placed_student_are_not_a_signal_any_more(items):
    assert R.MANY_REJECTIONS not in reasons(items, "Wel Geplaatst")


def test_entree_and_niveau_2_without_a_place_are_on_the_list_niveau_3_is_not(items):
    assert only(items, "Niveau Twee", R.ENTREE_OR_N2_SEARCHING).detail.status is S.SEARCHING
    assert only(items, "Niveau Een", R.ENTREE_OR_N2_SEARCHING).detail.weeks == 14
    assert reasons(items, "Niveau Drie") == set()
    assert reasons(items, "Twee Geplaatst") == set()


def test_bbl_without_complete_pok_inside_the_window_is_on_the_list(items):
    item = only(items, "Bbl Zoekend", R.BBL_DEADLINE)
    assert item.detail == BblDetail(date(2026, 12, 31), 37, S.SEARCHING)
    assert item.leerweg is Leerweg.BBL
    assert R.BBL_DEADLINE not in reasons(items, "Bbl Met Pok")


@pytest.mark.parametrize(
    ("today", "flagged"),
    [
        (date(2026, 11, 5), True),  # exactly 8 weeks before 31 December
        (date(2026, 11, 4), False),
        (date(2026, 9, 1), False),
        (date(2027, 2, 1), True),  # past the deadline, same school year
    ],
)
def test_the_bbl_warning_starts_n_weeks_before_31_december(office, today, flagged):
    items = attention_list(office.sessions, SYSTEM, today)
    assert (R.BBL_DEADLINE in reasons(items, "Bbl Zoekend")) is flagged
    if flagged:
        detail = only(items, "Bbl Zoekend", R.BBL_DEADLINE).detail
        assert isinstance(detail, BblDetail)
        assert detail.deadline == date(2026, 12, 31)


def test_pok_pending_from_seven_days_before_the_start_names_who_must_sign(items):
    item = only(items, "Pok Zeven", R.POK_PENDING)
    assert item.detail == PokDetail(
        "Zorggroep Óost", days(7), 7, PokStatus.SENT, ("guardian", "school", "company")
    )
    assert R.POK_PENDING not in reasons(items, "Pok Acht")


def test_a_started_placement_without_pok_is_pending_and_most_urgent(items):
    item = only(items, "Pok Begonnen", R.POK_PENDING)
    assert isinstance(item.detail, PokDetail)
    assert item.detail.days_until_start == -3
    assert item.detail.missing_parties == ("student", "school", "company")  # an adult
    assert items[0] == item


def test_cancelled_or_broken_off_placements_need_no_pok(items):
    assert R.POK_PENDING not in reasons(items, "Pok Geannuleerd")
    assert R.POK_PENDING not in reasons(items, "Pok Afgebroken")
    assert R.NO_VISIT_PLANNED not in reasons(items, "Pok Afgebroken")


def test_a_running_placement_without_a_planned_or_held_visit_is_on_the_list(items):
    item = only(items, "Bezoek Zonder", R.NO_VISIT_PLANNED)
    assert item.detail == VisitDetail("Zorggroep Óost", days(-30), days(60), -30)
    assert reasons(items, "Bezoek Gepland") == set()
    assert R.NO_VISIT_PLANNED in reasons(items, "Bezoek Afgezegd")
    assert R.NO_VISIT_PLANNED not in reasons(items, "Bbl Met Pok")  # a held visit counts


def test_an_upcoming_placement_needs_a_visit_from_14_days_before_its_start(items):
    assert R.NO_VISIT_PLANNED in reasons(items, "Bezoek Veertien")
    assert R.NO_VISIT_PLANNED not in reasons(items, "Bezoek Vijftien")
    assert reasons(items, "Bezoek Afgerond") == set()


def test_a_student_appears_once_per_reason_that_holds(items):
    assert reasons(items, "Pok Zeven") == {R.POK_PENDING, R.NO_VISIT_PLANNED}
    keys = {item.student_key for item in items if item.name == "Pok Zeven"}
    assert len(keys) == 1 and len(next(iter(keys))) == 32


def test_the_list_is_ordered_by_reason_then_urgency(items):
    priority = list(AttentionReason)
    ranks = [priority.index(item.reason) for item in items]
    assert ranks == sorted(ranks)
    pending = [item.name for item in items if item.reason is R.POK_PENDING]
    assert pending == ["Pok Begonnen", "Pok Zeven"]
    searching = [item.name for item in items if item.reason is R.SEARCHING_LONG]
    assert searching == ["Lang Solliciterend", "Acht Weken"]


def test_counts_per_reason_cover_every_reason(items):
    counts = count_by_reason(items)
    assert list(counts) == list(AttentionReason)
    assert sum(counts.values()) == len(items)
    assert counts[R.SEARCHING_LONG] == 2 and counts[R.MANY_REJECTIONS] == 2


def test_a_mentor_sees_only_their_own_students(office, staff):
    items = attention_list(office.sessions, staff.mentor, TODAY)
    assert {item.name for item in items} == {"Acht Weken", "Vijf Afwijzingen"}
    assert attention_list(office.sessions, staff.other_mentor, TODAY) == []


def test_a_coordinator_sees_everyone(office, staff, items):
    assert attention_list(office.sessions, staff.coordinator, TODAY) == items


def test_the_meldpunt_may_not_see_the_attention_list(office, staff):
    with pytest.raises(PermissionDenied):
        attention_list(office.sessions, staff.meldpunt, TODAY)


def test_the_thresholds_are_school_settings(tmp_path):
    office = Office.open(tmp_path / "settings.sqlite")
    try:
        with office.sessions.begin() as session:
            b = OfficeBuilder(session)
            programme = b.programme("Verzorgende-IG")
            b.student("Drie", "Weken", programme, S.SEARCHING, days(-21))
            b.applications(b.student("Twee", "Afwijzingen", programme), b.company("X"), TODAY, 2)
        assert attention_list(office.sessions, SYSTEM, TODAY) == []
        settings = replace(load_settings(office.sessions), searching_weeks=3, rejections=2)
        save_settings(office.sessions, SYSTEM, settings)
        items = attention_list(office.sessions, SYSTEM, TODAY)
        assert [(item.name, item.reason) for item in items] == [
            ("Twee Afwijzingen", R.MANY_REJECTIONS),
            ("Drie Weken", R.SEARCHING_LONG),
        ]
    finally:
        office.close()


def test_details_turn_into_json_values(items):
    detail = only(items, "Pok Zeven", R.POK_PENDING).detail
    assert detail.as_json() == {
        "company": "Zorggroep Óost",
        "start_date": "2026-12-01",
        "days_until_start": 7,
        "pok_status": "sent",
        "missing_parties": ["guardian", "school", "company"],
    }


def test_postgresql_gives_the_same_list(pg_url, items):
    office = Office.open(pg_url)
    try:
        with office.sessions.begin() as session:
            _fill(OfficeBuilder(session))
        on_server = attention_list(office.sessions, SYSTEM, TODAY)
    finally:
        office.close()

    def facts(found: list[AttentionItem]) -> list[tuple[object, ...]]:
        return [(i.name, i.reason, i.detail, i.urgency, i.mentor) for i in found]

    assert facts(on_server) == facts(items)
