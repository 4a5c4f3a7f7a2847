"""GUI-thread time of exporting the whole student list (Bestand → Exporteren…).

Usage: QT_QPA_PLATFORM=offscreen python bench/bench_export.py [STORE]  (default the 50k demo)

'cell by cell' is table_export.snapshot(view), what the export did on the GUI thread before
the student model offered export_rows; 'export_rows' is what the GUI thread does now (the
check in table_export._fast_rows plus the model's snapshot), and 'worker' the rows' reading
that moved off it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableView

from stagedesk.services.directory import StudentDirectory
from stagedesk.store.opening import open_store
from stagedesk.ui.models.student_table import StudentTableModel
from stagedesk.ui.table_export import _fast_rows, snapshot, visible_columns


def main() -> None:
    store_path = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/demo-50000.sqlite")
    app = QApplication.instance() or QApplication([])
    store = open_store(store_path, create=False, upgrade=False, daily_backup=False)
    try:
        directory = StudentDirectory(store.sessions)
        directory.reload()
        model = StudentTableModel(directory)
        view = QTableView()
        view.setModel(model)
        print(f"{model.rowCount()} students")
        start = time.perf_counter()
        old = snapshot(view)
        print(f"cell by cell (GUI thread): {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        fast = _fast_rows(view, visible_columns(view))
        print(f"export_rows (GUI thread):  {(time.perf_counter() - start) * 1000:.0f} ms")
        assert fast is not None
        start = time.perf_counter()
        new = [list(row) for row in fast()]
        print(f"export_rows (worker part): {time.perf_counter() - start:.2f} s")
        assert [[str(v) for v in r] for r in new] == [[str(v) for v in r] for r in old.rows], (
            "differs"
        )
        print("same rows")
    finally:
        store.close()
    del app


if __name__ == "__main__":
    main()
