"""contactbook: a GDPR-aware contact book for small businesses in the Netherlands."""

__version__ = "0.1.0"
APP_NAME = "contactbook"
APP_ID = "nl.contactbook.Contactbook"
