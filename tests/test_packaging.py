"""Packaging: one app id everywhere, valid desktop metadata, the icon, and what a wheel ships."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from contactbook import APP_ID, __version__
from contactbook.ui.shell.app_icon import _draw

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_names_the_app_in_dutch_and_english() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    # The gui-script of pyproject.toml; it takes no file arguments, so no %F and no MimeType.
    assert entry["Exec"] == "contactbook-gui"
    assert entry["GenericName"] == "Contact Book"
    assert entry["GenericName[nl]"] == "Adresboek"
    assert entry["Comment[nl]"]


def test_the_metainfo_uses_the_app_id_and_speaks_both_languages() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP.name
    summaries = {s.get(XML_LANG, "en"): s.text for s in component.findall("summary")}
    assert set(summaries) == {"en", "nl"}
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__


@pytest.mark.parametrize(
    ("tool", "arguments", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--no-net"], METAINFO),
    ],
)
def test_the_validators_accept_the_linux_metadata(
    tool: str, arguments: list[str], path: Path
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    result = subprocess.run(
        [tool, *arguments, str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _render_svg(size: int) -> QImage:
    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def test_the_svg_icon_is_the_drawing_of_the_window_icon(qapp: QApplication) -> None:
    del qapp
    size = 64
    svg = _render_svg(size)
    drawn = _draw(size).toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    differing = 0
    for y in range(size):
        for x in range(size):
            a, b = svg.pixelColor(x, y), drawn.pixelColor(x, y)
            channels = (a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue())
            if abs(a.alpha() - b.alpha()) > 64 or max(map(abs, channels)) > 64:
                differing += 1
    # Anti-aliased edges may differ a little; a changed shape or colour differs a lot.
    assert differing < size * size * 0.02, f"{differing} of {size * size} pixels differ"


def test_the_icon_comes_in_every_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / "png" / f"{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(ICONS / "contactbook.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
        assert (16, 16) in ico.info["sizes"]
    with Image.open(ICONS / "contactbook.icns") as icns:
        assert icns.size[0] >= 256


@pytest.mark.slow
def test_a_built_wheel_ships_the_compiled_translations(tmp_path: Path) -> None:
    """What ``pip install .`` (not editable) installs: the .qm files must be inside."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("contactbook-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "contactbook/translations/contactbook_nl.qm" in names
    assert "contactbook/translations/contactbook_en.qm" in names
    assert not any(name.startswith("tests/") for name in names)
