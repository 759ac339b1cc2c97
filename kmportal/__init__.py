"""kmportal: knowledge management and Thai semantic search for a PAO."""

__version__ = "0.1.0"
