#!/usr/bin/env bash
# Refresh the translation sources from the code, then compile them into the package.
#
#   packaging/update_translations.sh          # lupdate + lrelease
#   packaging/update_translations.sh --check  # lrelease only, into a temp dir; fails if stale
#
# resources/translations/contactbook_nl.ts  every text of contactbook/ui, translated into Dutch
# resources/translations/contactbook_en.ts  only the texts with a count (%n), with their real
#                                           English singular and plural ("1 contact",
#                                           "2 contacts"; the code says "%n contact(s)")
# contactbook/translations/*.qm             compiled, committed, shipped as package data
#
# After running it, open contactbook_nl.ts in Qt Linguist (.venv/bin/pyside6-linguist) or an
# editor, translate every message still marked type="unfinished" (in contactbook_en.ts: write
# the singular and the plural form), and run the script again.
# tests/gui/test_translations.py fails while anything is unfinished, missing or stale.
# TS_DIR, QM_DIR and PYSIDE_BIN (default .venv/bin) change where it reads, writes and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${PYSIDE_BIN:-.venv/bin}"
ts_dir="${TS_DIR:-resources/translations}"
qm_dir="${QM_DIR:-contactbook/translations}"

if [ "${1:-}" != "--check" ]; then
  mapfile -t sources < <(find contactbook/ui -name '*.py' | LC_ALL=C sort)
  # Texts passed through a module's own helper (def _tr(text): return translate("Ctx", text))
  # are invisible to lupdate; wrapped_texts.py spells them out in a file lupdate can read.
  shim_dir="$(mktemp -d)"
  trap 'rm -rf "$shim_dir"' EXIT
  "$bin/python" packaging/wrapped_texts.py "$shim_dir/wrapped_texts.py" "${sources[@]}"
  sources+=("$shim_dir/wrapped_texts.py")
  # No line numbers: they would change the .ts on every edit of the code.
  common=(-extensions py -locations none -no-obsolete -source-language en)
  "$bin/pyside6-lupdate" "${common[@]}" -target-language nl "${sources[@]}" \
    -ts "$ts_dir/contactbook_nl.ts"
  "$bin/pyside6-lupdate" "${common[@]}" -target-language en -pluralonly "${sources[@]}" \
    -ts "$ts_dir/contactbook_en.ts"
  out="$qm_dir"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi

mkdir -p "$out"
for ts in "$ts_dir"/contactbook_*.ts; do
  name="$(basename "${ts%.ts}")"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "$out/$name.qm"
done

if [ "${1:-}" = "--check" ]; then
  for qm in "$out"/*.qm; do
    cmp -s "$qm" "$qm_dir/$(basename "$qm")" \
      || { echo "stale: $qm_dir/$(basename "$qm"); run packaging/update_translations.sh" >&2; exit 1; }
  done
  echo "compiled translations are current"
fi
