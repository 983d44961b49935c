"""Team sync: the engine, its transport interface, the shared-folder hub, the conflict inbox."""
