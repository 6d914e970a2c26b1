"""Importers that bring help content from other systems into the page tree."""
