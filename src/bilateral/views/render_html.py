"""The brief as one self-contained HTML page: inline style and SVG, nothing fetched, so it can be
mailed, archived or opened offline. Report text is untrusted, so autoescaping is always on."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bilateral.views.brief import OUTCOMES, Brief
from bilateral.views.chart import chart_svg
from bilateral.views.progress import TARGET_PROGRESS
from bilateral.views.progress_chart import progress_chart_svg
from bilateral.views.text import web_url

_ENV = Environment(loader=PackageLoader("bilateral.views", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_ENV.filters["web_url"] = web_url


def render_html(brief: Brief) -> str:
    """The page; the charts are the only markup not escaped, and each escapes its own labels."""
    svg = Markup(chart_svg(brief.chart)) if brief.chart else None
    progress = brief.progress_chart
    progress_svg = Markup(progress_chart_svg(progress)) if progress else None
    return _ENV.get_template("brief.html.j2").render(brief=brief, chart=brief.chart, chart_svg=svg,
                                                     outcomes=OUTCOMES, progress=progress,
                                                     progress_svg=progress_svg, target_progress=TARGET_PROGRESS)
