"""SQLite storage through SQLAlchemy 2.x: schema, migrations, queries. No Qt here."""
