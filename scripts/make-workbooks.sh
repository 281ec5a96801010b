#!/usr/bin/env bash
# The workbook fixtures, written by LibreOffice (7.4 made the approved ones) from their readable
# source, tests/fixtures/sheets/workbook-tracker.fods (LibreOffice's flat XML): the .xlsx and .xls
# as Excel reads them, the .ods as LibreOffice saves it. Not run by the tests; run it after
# editing the source: bash scripts/make-workbooks.sh
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/sheets"
for to in xlsx ods 'xls:MS Excel 97'; do
  soffice --headless --convert-to "$to" workbook-tracker.fods >/dev/null
done
