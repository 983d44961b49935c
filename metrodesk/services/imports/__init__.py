"""Workbooks coming in: checks, column mapping, preview, and applying them."""
