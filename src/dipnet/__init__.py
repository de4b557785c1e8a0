"""dipnet: Chinese-language diplomatic news to structured, evidence-backed data."""

from dipnet.errors import DipnetError, InputError, NotFound, QueryError, StoreError
from dipnet.model import Brief, Document, Entity, Event, Fact, Mention, Page, Relation, Role, Segment
from dipnet.pipeline import extract

__all__ = [
    "Brief", "DipnetError", "Document", "Entity", "Event", "Fact", "InputError", "Mention", "NotFound",
    "Page", "QueryError", "Relation", "Role", "Segment", "StoreError", "extract",
]
__version__ = "0.1.0"
