# Refresh the translation sources from the code, then compile them into the package.
#
#   packaging/update_translations.sh          # lupdate + lrelease + the exports' table
#   packaging/update_translations.sh --check  # the same into a temp dir; fails if stale
#
# One catalogue holds every text, the window's and the exported files':
# resources/translations/contactbook_nl.ts  every text of contactbook/ui, and of the exported
#                                           files (contexts RegisterExport, SubjectExport: the
#                                           texts contactbook/interchange marks with
#                                           QT_TRANSLATE_NOOP), translated into Dutch
# resources/translations/contactbook_en.ts  only the texts with a count (%n), with their real
#                                           English singular and plural ("1 contact",
#                                           "2 contacts"; the code says "%n contact(s)")
# contactbook/translations/*.qm             compiled, committed, shipped as package data
# contactbook/interchange/catalogue_nl.py   generated: the Dutch of the exports' texts, for
#                                           the interchange layer, which runs without Qt
#
# How a translator works (docs/translations.md): run this script, open contactbook_nl.ts in
# Qt Linguist (.venv/bin/pyside6-linguist) or an editor, translate every message still marked
# type="unfinished" (in contactbook_en.ts: write the singular and the plural form), and run
# the script again; commit the .ts, .qm and catalogue_nl.py files it changed.
# tests/gui/test_translations.py and tests/interchange/test_catalogue.py fail while anything
# is unfinished, missing or stale.
# TS_DIR, QM_DIR, CATALOGUE (the generated table) and PYSIDE_BIN (default .venv/bin) change
# where it reads, writes and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${PYSIDE_BIN:-.venv/bin}"
ts_dir="${TS_DIR:-resources/translations}"
qm_dir="${QM_DIR:-contactbook/translations}"
catalogue="${CATALOGUE:-contactbook/interchange/catalogue_nl.py}"
# The exported files' texts: the interchange modules that mark texts for translation, and
# the domain's declaration of the contact fields (their labels, for the window and the exports).
mapfile -t export_sources < <(grep -l 'QT_TRANSLATE_NOOP(' contactbook/interchange/*.py \
  contactbook/domain/*.py | LC_ALL=C sort)

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
    "${export_sources[@]}" -ts "$ts_dir/contactbook_nl.ts"
  "$bin/pyside6-lupdate" "${common[@]}" -target-language en -pluralonly "${sources[@]}" \
    -ts "$ts_dir/contactbook_en.ts"
  out="$qm_dir"
  table="$catalogue"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  table="$out/catalogue_nl.py"
fi

# The exports read their Dutch from a generated table, not from the .qm (no Qt there).
"$bin/python" packaging/export_catalogue.py "$ts_dir/contactbook_nl.ts" "$table" \
  "${export_sources[@]}"

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
  cmp -s "$table" "$catalogue" \
    || { echo "stale: $catalogue; run packaging/update_translations.sh" >&2; exit 1; }
  echo "compiled translations are current"
fi
