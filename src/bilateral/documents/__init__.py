"""Reports as received: the Document model and the loaders that turn files, stdin and URLs into them."""

from bilateral.documents.errors import DEFAULT_MAX_BYTES, DocumentError
from bilateral.documents.fetch import fetch_url
from bilateral.documents.load import CorpusPart, corpus_parts, iter_corpus, load
from bilateral.documents.model import Document

__all__ = ["DEFAULT_MAX_BYTES", "CorpusPart", "Document", "DocumentError", "corpus_parts", "fetch_url", "iter_corpus",
           "load"]
