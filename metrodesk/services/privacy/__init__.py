"""Personal data: encryption at rest, access requests, erasure, the register and retention."""
