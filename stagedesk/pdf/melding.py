"""The melding for SBB as a PDF: on the letterhead, only what the student agreed to share.

It is built from a ``domain.meldingen.SbbReport``, which holds None for every fact the student
did not consent to; this module shows the consented facts and says that the rest was left out,
without naming what it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO

from stagedesk.domain.dates import format_date, format_date_long
from stagedesk.domain.enums import DiscriminationGround
from stagedesk.domain.meldingen import FollowUp, SbbReport, SbbShare
from stagedesk.pdf.document import Letterhead, Part, write_documents
from stagedesk.pdf.factsheet import Block, Facts, FactSheet, Prose, factsheet_part

GROUND_NL = {
    DiscriminationGround.ORIGIN: "afkomst",
    DiscriminationGround.RELIGION: "godsdienst of levensovertuiging",
    DiscriminationGround.GENDER: "geslacht of genderidentiteit",
    DiscriminationGround.DISABILITY: "handicap of chronische ziekte",
    DiscriminationGround.SEXUAL_ORIENTATION: "seksuele gerichtheid",
    DiscriminationGround.AGE: "leeftijd",
    DiscriminationGround.OTHER: "anders",
}
KIND_NL = {
    FollowUp.FORMAL_SBB: "Formele melding stagediscriminatie",
    FollowUp.SIGNAL_SBB: "Anoniem signaal stagediscriminatie",
}
SHARE_NL = {
    SbbShare.STUDENT: "naam en studentnummer",
    SbbShare.COMPANY: "leerbedrijf",
    SbbShare.INCIDENT_DATE: "datum van het voorval",
    SbbShare.INCIDENT_PLACE: "plaats van het voorval",
    SbbShare.GROUND: "grond",
    SbbShare.DESCRIPTION: "wat er gebeurde",
    SbbShare.WISHES: "wat de student wil",
}


def sbb_report_part(report: SbbReport, school_name: str, contact: str, on: date) -> Part:
    """The report as one document made ``on``; ``contact`` is who SBB can reach."""
    facts: list[tuple[str, str | None]] = [
        ("Referentie", report.reference),
        ("School", school_name),
        ("Ontvangen door het meldpunt", format_date(report.received_on)),
    ]
    if report.student is not None:
        facts.append(("Student", report.student))
    if report.company is not None:
        facts.append(("Leerbedrijf", report.company))
    if report.incident_on is not None:
        facts.append(("Datum van het voorval", format_date(report.incident_on)))
    if report.incident_place is not None:
        facts.append(("Plaats van het voorval", report.incident_place))
    if report.ground is not None:
        facts.append(("Grond", GROUND_NL[report.ground]))
    blocks: list[Block] = [Facts("De melding", tuple(facts))]
    if report.description is not None:
        blocks.append(Prose("Wat er gebeurde", report.description))
    if report.wishes is not None:
        blocks.append(Prose("Wat de student wil", report.wishes))
    shared = ", ".join(SHARE_NL[item] for item in SbbShare if item in report.shared)
    consent = (
        f"De student gaf toestemming om met SBB te delen: {shared}. "
        if shared
        else "De student gaf geen toestemming om gegevens over de melding te delen. "
    )
    consent += "Wat de student niet wilde delen, staat niet in dit document."
    blocks.append(Prose("Toestemming van de student", consent))
    sheet = FactSheet(
        reference=report.reference,
        title=KIND_NL[report.kind],
        subtitle=f"Aan SBB, {format_date_long(on)}",
        blocks=tuple(blocks),
        closing=f"Contact bij het meldpunt stagediscriminatie: {contact}.",
    )
    return factsheet_part(sheet)


def write_sbb_report(
    target: str | Path | IO[bytes],
    report: SbbReport,
    letterhead: Letterhead,
    contact: str,
    on: date,
) -> None:
    part = sbb_report_part(report, letterhead.school_name, contact, on)
    write_documents(target, [part], letterhead, title=KIND_NL[report.kind])
