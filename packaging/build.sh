#!/usr/bin/env bash
# Build the Linux one-folder bundle, smoke-run it from a clean directory, validate the desktop
# metadata.
#
#   packaging/build.sh [OUT]      # OUT defaults to build/bundle; the app is OUT/dist/contactbook
#
# contactbook is installed (not editable: as a user's pip would) with PyInstaller into its own
# virtualenv, BUNDLE_VENV (default build/bundle-venv), so the bundle holds no test or dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$(realpath -m "${1:-build/bundle}")"
venv="$(realpath -m "${BUNDLE_VENV:-build/bundle-venv}")"
python="${PYTHON:-python3}"

step() { printf '\n--- %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }
seconds() { local start=$1; echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

step "validate the desktop file and the AppStream metadata"
desktop-file-validate packaging/linux/nl.contactbook.Contactbook.desktop
appstreamcli validate --no-net packaging/linux/nl.contactbook.Contactbook.metainfo.xml

step "install contactbook and PyInstaller into $venv"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check '.[packaging]'
# The installed package (not this checkout) must carry the compiled translations.
(cd / && "$venv/bin/python" - <<'PY'
import importlib.resources as resources
names = sorted(p.name for p in resources.files("contactbook").joinpath("translations").iterdir())
assert names == ["contactbook_en.qm", "contactbook_nl.qm"], names
PY
) || fail "the installed package lacks its translations"

step "PyInstaller"
rm -rf "$out"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" packaging/contactbook.spec
bundle="$out/dist/contactbook"
app="$bundle/contactbook"
[ -x "$app" ] || fail "no executable at $app"

step "contents"
for unwanted in pytest _pytest hypothesis mypy ruff aiosmtpd tests QtWebEngineCore QtQml QtNetwork; do
  found="$(find "$bundle" -iname "*${unwanted}*" -print -quit)"
  [ -z "$found" ] || fail "the bundle holds $found"
done
find "$bundle" -name contactbook_nl.qm | grep -q . || fail "no contactbook_nl.qm in the bundle"
find "$bundle" -name qtbase_nl.qm | grep -q . || fail "no qtbase_nl.qm in the bundle"
echo "plugins: $(cd "$bundle" && find . -path '*plugins/*' -name '*.so' | sed 's|.*/plugins/||' | sort | tr '\n' ' ')"
echo "size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"

step "smoke run from a clean directory"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
mkdir -p "$HOME"
cd "$scratch"
start=$(date +%s%N)
version="$("$app" --version)"
echo "$version ($(seconds "$start"))"
[[ "$version" == *"$("$venv/bin/python" -c 'import contactbook; print(contactbook.__version__)')"* ]] \
  || fail "--version said: $version"
"$app" --db "$scratch/book.sqlite" demo --contacts 200 >/dev/null
for lang in en nl; do
  start=$(date +%s%N)
  QT_QPA_PLATFORM=offscreen "$app" --db "$scratch/book.sqlite" --lang "$lang" gui \
    --screenshot "$scratch/shot-$lang.png"
  echo "screenshot ($lang): $(seconds "$start")"
  "$venv/bin/python" - "$scratch/shot-$lang.png" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
colours = image.getcolors(maxcolors=1 << 16)
assert image.size == (1280, 800), image.size
assert colours is None or len(colours) > 50, f"only {len(colours)} colours: an empty window?"
PY
done
cp "$scratch"/shot-*.png "$out/"
cd "$root"
echo
echo "bundle: $bundle"
