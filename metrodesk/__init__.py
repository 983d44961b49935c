"""MetroDesk: contacts, member cities, training and meetings for a world association of cities."""

__version__ = "0.2.0"
