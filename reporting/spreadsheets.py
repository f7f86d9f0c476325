"""The one place where the reporting app writes spreadsheet cells.

A text cell that begins with = + - @, a tab or a carriage return is a formula to a spreadsheet
program (OWASP "CSV injection"); every cell this app writes goes through ``append_row`` so
that such text stays text.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def append_row(sheet, values):
    """Append ``values`` to the openpyxl ``sheet``; text is always stored as text."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and (
            cell.data_type == "f" or cell.value.startswith(FORMULA_STARTS)
        ):
            # openpyxl takes a leading "=" for a formula; an inline string is never evaluated.
            cell.data_type = "s"
