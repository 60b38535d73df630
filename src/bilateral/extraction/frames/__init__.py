"""One frame per fact type: each reads a document's sentences and states the facts it finds."""
