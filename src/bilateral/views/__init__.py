"""Views: what bilateral writes for readers, built from plain lists of FactRecord (no CLI, no database)."""

from bilateral.views.amounts import Chart, ChartRow, Money, Totals
from bilateral.views.brief import Brief, BriefError, Section, Summary, event_brief, pair_brief
from bilateral.views.chart import chart_svg
from bilateral.views.lines import Citation, Line, Milestone
from bilateral.views.progress import ProgressChart, ReportedPoint, progress_part
from bilateral.views.progress_chart import progress_chart_svg
from bilateral.views.render_html import render_html
from bilateral.views.render_markdown import render_markdown

__all__ = ["Brief", "BriefError", "Chart", "ChartRow", "Citation", "Line", "Milestone", "Money", "ProgressChart",
           "ReportedPoint", "Section", "Summary", "Totals", "chart_svg", "event_brief", "pair_brief",
           "progress_chart_svg", "progress_part", "render_html", "render_markdown"]
