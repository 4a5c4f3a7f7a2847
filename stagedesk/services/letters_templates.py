"""The office's letter templates: the files under resources/letters, read and checked.

Templates are read from disk on every use (they are small, and the office edits them while
the program runs). See pdf.templates for the file format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.errors import NotFound
from stagedesk.pdf.templates import (
    LetterTemplate,
    LetterTemplateError,
    RecipientKind,
    parse_template,
)
from stagedesk.services.letters_data import PLACEHOLDERS

TEMPLATES_DIR = RESOURCES_DIR / "letters"


@dataclass(frozen=True)
class TemplateInfo:
    """A template as lists show it; ``file`` is where the office edits it."""

    id: str
    title: str
    recipient: RecipientKind
    guardian_copy: bool
    file: Path


def _read_templates(
    directory: Path | None,
) -> tuple[list[LetterTemplate], list[LetterTemplateError]]:
    """The templates that parse, and the errors of the files that do not."""
    folder = directory or TEMPLATES_DIR
    found: list[LetterTemplate] = []
    problems: list[LetterTemplateError] = []
    by_id: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        try:
            template = parse_template(path.name, path.read_text(encoding="utf-8"))
        except LetterTemplateError as exc:
            problems.append(exc)
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(LetterTemplateError(path.name, None, f"cannot be read: {exc}"))
            continue
        if template.id in by_id:
            problems.append(
                LetterTemplateError(
                    path.name, None, f"id {template.id!r} is also the id of {by_id[template.id]}"
                )
            )
            continue
        by_id[template.id] = path.name
        found.append(template)
    return found, problems


def letter_templates(directory: Path | None = None) -> list[TemplateInfo]:
    """The templates in ``directory`` (resources/letters by default), by id.

    A file that cannot be used raises its LetterTemplateError (naming file and line): the
    office should hear about it, not find a letter silently missing from the list.
    """
    folder = directory or TEMPLATES_DIR
    templates, problems = _read_templates(directory)
    if problems:
        raise problems[0]
    infos = [
        TemplateInfo(t.id, t.title, t.recipient, t.guardian_copy, folder / t.source)
        for t in templates
    ]
    return sorted(infos, key=lambda info: info.id)


def load_template(template_id: str, directory: Path | None = None) -> LetterTemplate:
    """The template with ``template_id``, its placeholders checked; NotFound if none.

    A broken file with another letter in it does not stop this one; if the letter is not
    found and some file is broken, that file's error is raised (it may be the one asked for).
    """
    templates, problems = _read_templates(directory)
    for template in templates:
        if template.id == template_id:
            template.check_names(PLACEHOLDERS)
            return template
    if problems:
        raise problems[0]
    known = ", ".join(sorted(t.id for t in templates))
    raise NotFound(f"no letter template {template_id!r} (there are: {known})")
