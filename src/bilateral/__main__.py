"""``python -m bilateral`` is the ``bilateral`` command."""

from bilateral.cli import app

app()
