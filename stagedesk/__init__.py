"""StageDesk: case management for the internship office of a Dutch mbo college."""

__version__ = "0.1.0"
