"""The worker thread, change broadcasting, the exception hook, GC on the UI thread."""
