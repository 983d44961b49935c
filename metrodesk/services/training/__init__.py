"""The training network: headquarters, satellites, sessions and participants."""
