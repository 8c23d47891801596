"""Reading a merge's recipients from a file: CSV (any common encoding and delimiter) or vCard.

The same reader as the app's address-book import (``composer.core.importing``).
"""

from composer.core.importing import read_contacts

__all__ = ["read_contacts"]
