"""Sample data from the seed texts and synthetic contacts for scale."""
