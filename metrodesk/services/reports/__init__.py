"""Figures for the dashboard and the reports, and report workbooks."""
