"""Member cities: membership status, focal points, fees, regions."""
