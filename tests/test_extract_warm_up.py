"""warm_up loads the extractor and freezes what it loaded out of the garbage collector's scans."""

import gc

from bilateral.documents import Document
from bilateral.extraction import extract, warm_up


def test_warm_up_freezes_and_extraction_still_works() -> None:
    try:
        warm_up()
        assert gc.get_freeze_count() > 0
        facts = extract(Document(id="t", text="Kazakhstan signed 3 agreements with Uzbekistan in Tashkent.",
                                 published="2025-05-02"))
        assert [f.type for f in facts if f.type == "agreement"] == ["agreement"]
    finally:
        gc.unfreeze()
