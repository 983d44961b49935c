"""The Qt desktop interface. It asks `metrodesk.services` for everything and never reads the
database itself."""
