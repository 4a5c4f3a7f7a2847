"""The student list service: filter as you type, status/programme filters, sorting, paging."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stagedesk.domain.enums import SearchStatus
from stagedesk.services.directory import ListFilter, SortColumn, StudentDirectory


def numbers(directory: StudentDirectory, ids) -> list[str]:
    return [row.student_number for row in directory.rows(ids)]


def find(directory: StudentDirectory, text: str = "", **kw) -> list[str]:
    directory._recent.clear()  # each call stands alone unless a test is about narrowing
    return numbers(directory, directory.filter(ListFilter(text=text, **kw)))


def test_name_with_or_without_tussenvoegsel_and_diacritics_finds_the_student(tiny_office):
    d = tiny_office.directory
    for query in ["Zoë van der Berg", "zoe berg", "van der berg", "BERG", "berg, zoe"]:
        assert find(d, query) == ["100001"], query
    assert find(d, "sukru yilmaz") == ["100002"]
    assert find(d, "ijsbrand") == ["100003"]
    assert find(d, "'t hart") == ["100005"]


def test_student_number_programme_and_company_are_searchable(tiny_office):
    d = tiny_office.directory
    assert find(d, "100004") == ["100004"]
    assert sorted(find(d, "software developer")) == ["100002", "100004", "100006"]
    assert sorted(find(d, "25655")) == ["100001", "100003", "100005"]
    assert sorted(find(d, "zorggroep oost")) == ["100002", "100005"]
    assert find(d, "bytes") == ["100003"]
    assert find(d, "nobody like this") == []


def test_status_and_programme_filters_combine_with_text(tiny_office):
    d = tiny_office.directory
    assert sorted(find(d, status=SearchStatus.SEARCHING)) == ["100001", "100004"]
    software = next(p for p in d.programmes() if p.name == "Software developer")
    assert find(d, status=SearchStatus.SEARCHING, programme_id=software.id) == ["100004"]
    assert find(d, "berg", status=SearchStatus.SEARCHING) == ["100001"]
    assert find(d, "berg", status=SearchStatus.APPLYING) == []


def test_sorting_by_name_ignores_the_tussenvoegsel(tiny_office):
    d = tiny_office.directory
    d.set_sort(SortColumn.NAME)
    # Aalst (van), Bakker, Berg (van der), Hart ('t), Vries (de), Yılmaz
    assert find(d) == ["100006", "100004", "100001", "100005", "100003", "100002"]
    d.set_sort(SortColumn.NAME, descending=True)
    assert find(d) == ["100002", "100003", "100005", "100001", "100004", "100006"]


def test_sorting_by_status_follows_the_process_and_by_days_in_status(tiny_office):
    d = tiny_office.directory
    d.set_sort(SortColumn.STATUS)
    statuses = [r.status for r in d.rows(d.filter(ListFilter()))]
    order = list(SearchStatus)
    assert statuses == sorted(statuses, key=order.index)
    d.set_sort(SortColumn.DAYS_IN_STATUS)
    since = [r.status_since for r in d.rows(d.filter(ListFilter()))]
    assert since == sorted(since, reverse=True)  # fewest days in status first
    d.set_sort(SortColumn.DAYS_IN_STATUS, descending=True)
    assert [r.status_since for r in d.rows(d.filter(ListFilter()))] == sorted(since)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(alphabet="abeg zrsv0135", max_size=8))
def test_narrowing_while_typing_gives_the_same_result_as_filtering_afresh(tiny_office, typed):
    d = tiny_office.directory
    d._recent.clear()
    # Type the text, then delete it again, as a user does; compare with a fresh directory.
    steps = [typed[:end] for end in range(len(typed) + 1)]
    steps += steps[-2::-1]
    fresh = StudentDirectory(tiny_office.store.sessions)
    fresh.reload()
    for text in steps:
        fresh._recent.clear()
        assert list(d.filter(ListFilter(text=text))) == list(fresh.filter(ListFilter(text=text)))


def test_rows_are_fetched_once_and_served_from_the_cache(tiny_office, monkeypatch):
    from stagedesk.store import queries

    d = tiny_office.directory
    calls = []
    real = queries.student_rows
    monkeypatch.setattr(
        queries, "student_rows", lambda s, ids: calls.append(len(ids)) or real(s, ids)
    )
    ids = d.filter(ListFilter())
    d.rows(ids[:3])
    d.rows(ids[:3])
    d.rows(ids[:5])
    assert calls == [3, 2]


def test_summary_shows_programme_status_and_company(tiny_office):
    d = tiny_office.directory
    (student_id,) = d.filter(ListFilter(text="100002"))
    summary = d.summary(student_id)
    assert summary is not None
    assert summary.row.programme == "Software developer"
    assert summary.row.status is SearchStatus.APPLYING
    assert summary.row.company == "Zorggroep Óost"
    assert summary.row.mentor == "Fatima el Amrani"
    assert summary.application_count == 0 and summary.placement is None


def test_stats_count_entities_and_students_per_status(tiny_office):
    stats = tiny_office.stats()
    assert stats.entities["student"] == 6
    assert stats.entities["company"] == 2
    assert stats.students_per_status[SearchStatus.SEARCHING] == 2
    assert stats.students_per_status[SearchStatus.COMPLETED] == 0
    assert sum(stats.students_per_status.values()) == 6


def test_a_result_knows_where_each_key_stands_and_which_it_left_out(tiny_office):
    d = tiny_office.directory
    everyone = d.filter(ListFilter())
    searching = d.filter(ListFilter(status=SearchStatus.SEARCHING))
    for position, key in enumerate(searching):
        assert searching.index(key) == position
        assert everyone[everyone.index(key)] == key
    left_out = next(key for key in everyone if key not in list(searching))
    with pytest.raises(ValueError):
        searching.index(left_out)
    with pytest.raises(ValueError):
        searching.index("not-a-key")
    assert searching[0:1] == [searching[0]]
