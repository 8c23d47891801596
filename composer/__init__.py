"""Letter Composer: from a campaign's sample letter to a signed, printable, personal letter."""

__version__ = "0.1.0"
