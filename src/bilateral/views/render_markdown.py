"""The brief as Markdown, for notes, chat and version control: bullets, each with its quoted sources;
a thread's bullet adds its stage history, disagreements and silence on lines of their own."""

from __future__ import annotations

from bilateral.views.amounts import Money, Totals
from bilateral.views.brief import OUTCOMES, Brief, Section
from bilateral.views.lines import Citation, Line
from bilateral.views.text import web_url


def _one_line(text: str) -> str:
    """Report text may hold line breaks; inside a bullet or a quote they would break the structure."""
    return " ".join(text.split())


def _citation(c: Citation) -> str:
    title = _one_line(c.source).replace("[", "\\[").replace("]", "\\]")
    url = web_url(c.url)
    source = f"[{title}]({url.replace(' ', '%20').replace(')', '%29')})" if url else title
    date = f", {c.date}" if c.date else ""
    moved = f"→ {c.stage}: " if c.stage else ""
    return f'{moved}"{_one_line(c.quote)}" — {source}{date}'


def _notes(line: Line) -> list[str]:
    """What a thread adds below its text: the stages it went through, disagreements, silence."""
    notes = [f"*{line.progress}*"] if line.history else []
    notes += [_one_line(c) for c in line.conflicts]
    return [*notes, line.silence] if line.silence else notes


def _bullet(line: Line) -> list[str]:
    # A backslash at the end of a line is a hard break: each note stays on a line of its own.
    text = "\\\n  ".join([_one_line(line.text), *_notes(line)])
    quotes = "\n  >\n".join(f"  > {_citation(c)}" for c in line.citations)
    return [f"- {text}", quotes] if quotes else [f"- {text}"]


def _amounts(figures: tuple[Money, ...]) -> str:
    return "; ".join(str(m) for m in figures) or "none reported"


def _totals(totals: Totals) -> list[str]:
    return [f"- **Signed:** {_amounts(totals.signed)}",
            f"- **Pledged** (not included in the signed total): {_amounts(totals.pledged)}",
            f"- **Intended** (not included in the signed total): {_amounts(totals.intended)}", ""]


def _section(section: Section, level: int, lead: list[str] | None = None) -> list[str]:
    out = [f"{'#' * level} {section.title}", "", *(lead or [])]
    if section.empty:
        return [*out, "Nothing reported.", ""]
    for line in section.lines:
        out += _bullet(line)
    if section.lines:
        out.append("")
    for part in section.parts:
        if not part.empty:
            out += _section(part, level + 1)
    return out


def render_markdown(brief: Brief) -> str:
    """Heading, summary, then Objectives, Outcomes (with totals), Targets and indicators, Open items."""
    s = brief.summary
    out = [f"# {_one_line(brief.title)}", "", f"*{_one_line(brief.scope)}*", "", "## Summary", "",
           f"- **Who:** {s.who}",
           f"- **When:** {s.when}",
           f"- **Where:** {', '.join(s.places) or 'not stated'}",
           f"- **Reports:** {s.reports}", ""]
    if s.events:
        out += ["### Events", ""]
        for line in s.events:
            out += _bullet(line)
        out.append("")
    for section in brief.sections:
        out += _section(section, 2, _totals(brief.totals) if section.title == OUTCOMES else None)
    return "\n".join(out).rstrip() + "\n"
