"""Facts: the typed statements extracted from reports, and their JSON Lines form."""

from bilateral.facts.models import (
    FACT_TYPES,
    SECTORS,
    STAGES,
    Agreement,
    Commitment,
    Event,
    Fact,
    Indicator,
    Quantity,
    Target,
)

__all__ = ["FACT_TYPES", "SECTORS", "STAGES", "Agreement", "Commitment", "Event", "Fact", "Indicator",
           "Quantity", "Target"]
