"""Workbooks and CSV going out: the contract workbook, a list as seen."""
