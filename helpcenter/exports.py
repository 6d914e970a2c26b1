"""Shared by every CSV the admin exports (search reports, the feedback queue, the insight report)."""

# A cell starting with one of these is run as a formula when the file is opened in a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Customers' text that a spreadsheet would run as a formula (``=HYPERLINK(...)``) is quoted
    so it stays text; numbers, negative ones included, are left as numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
