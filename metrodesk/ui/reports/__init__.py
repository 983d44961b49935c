"""The dashboard and the reports window."""
