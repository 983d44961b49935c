"""The member-cities section and the city editor."""
