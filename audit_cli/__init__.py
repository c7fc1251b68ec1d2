"""audit: find stalking recorded as other crimes, and check the follow-up given to victims."""

__version__ = "0.1.0"
