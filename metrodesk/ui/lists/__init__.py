"""A section's list: page, lazy table model, filters, export of the list."""
