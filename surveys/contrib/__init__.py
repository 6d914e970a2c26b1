"""Optional connectors between the surveys app and other Django apps; each is installed on its own."""
