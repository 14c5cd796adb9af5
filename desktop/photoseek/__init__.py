"""PhotoSeek: search your own photos by meaning, on your own machine."""

__version__ = "0.1.0"
APP_NAME = "PhotoSeek"
