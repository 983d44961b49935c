"""The rows each section lists, a page at a time, and search (per list and global)."""
