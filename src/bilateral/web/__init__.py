"""The web dashboard and JSON API (``bilateral serve``): FastAPI over the same store and core functions
as the command line."""

from bilateral.web.app import create_app

__all__ = ["create_app"]
