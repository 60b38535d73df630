"""HTML pages and plain text become document fields: the article only, with its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.documents.html import html_to_document_fields, text_fields

ARTICLE = Path(__file__).parent / "data" / "documents" / "article.html"


def test_article_page_gives_main_text_and_metadata() -> None:
    fields = html_to_document_fields(ARTICLE.read_text(encoding="utf-8"), url="https://news.example/a")
    assert "raise bilateral trade to $500 million by 2027" in fields["text"]
    assert "Zhibek Zholy border crossing" in fields["text"]
    assert "Politics" not in fields["text"]  # navigation
    assert "newsletter" not in fields["text"]  # footer
    assert "Reader42" not in fields["text"]  # readers' comments
    assert fields["title"] == "Kazakhstan and Uzbekistan agree on $500 million trade target"
    assert fields["published"] == "2025-04-27"
    assert fields["lang"] == "en"  # from <html lang="en-GB">


def test_bytes_are_accepted_and_decoded_by_the_page_charset() -> None:
    page = ('<html lang="ru"><head><meta charset="windows-1251"></head><body><article>'
            "<p>Казахстан и Узбекистан подписали соглашение о торговле на 500 миллионов долларов.</p>"
            "</article></body></html>").encode("cp1251")
    fields = html_to_document_fields(page)
    assert "Казахстан и Узбекистан подписали соглашение" in fields["text"]
    assert fields["lang"] == "ru"
    assert fields["published"] is None


@pytest.mark.parametrize("page", ["<html><body></body></html>",
                                  "<html><head><script>var x = 1;</script></head><body></body></html>"])
def test_page_without_main_text_is_a_value_error(page: str) -> None:
    with pytest.raises(ValueError, match="no main text found in the HTML"):
        html_to_document_fields(page)


def test_text_title_is_the_first_short_line() -> None:
    fields = text_fields("\n\n  Deal signed in Tashkent  \nThe two sides agreed...\n")
    assert fields == {"text": "\n\n  Deal signed in Tashkent  \nThe two sides agreed...\n",
                      "title": "Deal signed in Tashkent"}


def test_text_with_a_long_first_line_has_no_title() -> None:
    assert text_fields("word " * 60)["title"] is None
