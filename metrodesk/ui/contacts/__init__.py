"""Contact and organisation editors, duplicates, merge, vCards."""
