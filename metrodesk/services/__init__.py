"""Services: the one API the GUI, the CLI and the tests use. Never imports Qt."""
