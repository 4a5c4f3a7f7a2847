"""Work off the GUI thread: result, progress, error and cancel arrive by signal on the GUI
thread; a cancelled job's result is dropped; a job nobody holds still reports."""

from __future__ import annotations

import gc
import threading

import pytest

from stagedesk.ui.workers import Cancelled, Job, Progress


def test_the_result_arrives_by_signal_on_the_gui_thread(qtbot):
    where: list[threading.Thread] = []
    job = Job(lambda progress: threading.current_thread())
    job.succeeded.connect(lambda _result: where.append(threading.current_thread()))
    with qtbot.waitSignal(job.succeeded) as result:
        job.start()
    worker = result.args[0]
    assert worker is not threading.main_thread()
    assert where == [threading.main_thread()]
    assert job.is_over()


def test_progress_is_reported_in_order_before_the_result(qtbot):
    def count_to_three(progress: Progress) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return "klaar"

    seen: list[tuple[int, int]] = []
    job = Job(count_to_three)
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded) as result:
        job.start()
    assert result.args == ["klaar"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_an_error_in_the_work_arrives_as_failed_with_the_exception(qtbot):
    def broken(progress: Progress) -> None:
        raise ValueError("kapot")

    job = Job(broken)
    job.succeeded.connect(lambda _result: pytest.fail("no result expected"))
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    assert isinstance(failed.args[0], ValueError) and str(failed.args[0]) == "kapot"


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    may_go_on = threading.Event()
    reached: list[int] = []

    def long_work(progress: Progress) -> str:
        progress(0, 2)
        may_go_on.wait(5)
        reached.append(1)
        progress(1, 2)  # raises Cancelled: the work ends here
        reached.append(2)
        return "te laat"

    job = Job(long_work)
    job.succeeded.connect(lambda _result: pytest.fail("a cancelled job delivers no result"))
    job.failed.connect(lambda _exc: pytest.fail("cancelling is no error"))
    with qtbot.waitSignal(job.progressed):
        job.start()
    with qtbot.waitSignals([job.cancelled, job.finished]):
        job.cancel()
        may_go_on.set()
    assert reached == [1]
    assert job.is_cancelled()


def test_work_that_never_reports_runs_out_but_its_result_is_dropped(qtbot):
    may_finish = threading.Event()
    job = Job(lambda progress: may_finish.wait(5))
    job.succeeded.connect(lambda _result: pytest.fail("a cancelled job delivers no result"))
    job.start()
    with qtbot.waitSignal(job.cancelled):
        job.cancel()
        may_finish.set()


def test_cancelled_is_raised_inside_the_work():
    job = Job(lambda progress: None)
    job.cancel()
    with pytest.raises(Cancelled):
        job._progress(1, 1)


def test_a_job_nobody_holds_still_delivers_its_result(qtbot):
    results: list[object] = []
    go = threading.Event()
    job = Job(lambda progress: go.wait(5) and 42)
    job.succeeded.connect(results.append)
    job.start()
    del job
    gc.collect()
    go.set()
    qtbot.waitUntil(lambda: results == [42])
