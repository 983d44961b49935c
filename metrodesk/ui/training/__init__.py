"""The training centres and sessions."""
