"""Spreadsheet cells that cannot run: the one rule for every CSV and XLSX the portal writes.

A spreadsheet program reads a cell that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage
return as a formula, which can fetch URLs or run commands ("CSV injection",
https://owasp.org/www-community/attacks/CSV_Injection). Text typed by outsiders (a user name at
a failed sign-in, a reporter's message) or by staff (narratives, titles) reaches exports, so:

- ``csv_safe(value)``: for CSV, text beginning with one of those characters gets a leading
  ``'`` (OWASP's rule), so it shows as text; numbers, and text that is only a number such as
  ``-5``, stay as they are;
- ``xlsx_append(sheet, values)``: for openpyxl, every text cell is stored as a string cell
  (``data_type "s"``), so it is shown as typed and never evaluated; numbers stay numbers.

Wagtail's ``SpreadsheetExportMixin`` (audit log, form submissions, reporters' messages, the
results report, English versions, Wagtail's own reports) uses them through
``protect_wagtail_exports()``, called when the portal starts (``home/apps.py``). New exports
(CSV with the ``csv`` module, XLSX with openpyxl) must write their rows through these two.
"""

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def csv_safe(value):
    """``value`` as a CSV cell that a spreadsheet program shows as text, not a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        if value.startswith("-") and _NUMBER.fullmatch(value):
            return value  # a negative number is a number
        return "'" + value
    return value


def xlsx_safe(cell):
    """Store ``cell`` (openpyxl) as a string cell when it holds text."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def xlsx_append(sheet, values):
    """``sheet.append(values)``, with every text cell stored as text."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        xlsx_safe(cell)


def protect_wagtail_exports():
    """Make Wagtail's ``SpreadsheetExportMixin`` write its CSV cells through ``csv_safe``.

    Wagtail already stores XLSX cells that openpyxl takes for formulas as strings, but writes
    CSV rows as they are. Every export view of Wagtail and of the portal inherits from this
    mixin, so patching its one CSV row writer covers them all, those Wagtail adds included.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.write_csv_row, "formula_safe", False):
        return

    def write_formula_safe_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: csv_safe(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_formula_safe_csv_row.formula_safe = True
    SpreadsheetExportMixin.write_csv_row = write_formula_safe_csv_row
