"""mkdocs hook: a firm's own build of Jointly, from one small file.

The file is ``branding.yml`` at the top of the repository, or the file the environment variable
``JOINTLY_BRANDING`` names. Without either, the site is the unbranded Jointly. The file is
checked before anything is built; a malformed one stops the build with a message that names the
key and says what is allowed (see ``branding.example.yml`` for every key).

What the branding changes, and nothing else:

- a line naming the firm above the header, and the firm's logo in the header (templates
  ``overrides/main.html``, ``overrides/partials/logo.html``);
- the contact block in the footer (``overrides/partials/copyright.html``);
- the same name and contact block at the top of every printed page, so on the printed plan;
- ``<meta name="jointly-branding">`` with the name and contact lines as JSON, for scripts such
  as the checker's print view;
- the colours, through mkdocs-material's CSS custom properties in a generated
  ``assets/jointly/brand.css``; each must keep text at a contrast of at least 4.5:1;
- the "talk to us" section in "When to hire help" (the macro ``firm_talk_to_us()``, which
  renders nothing when the file has no ``talk_to_us``).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "JOINTLY_BRANDING"
DEFAULT_FILE = ROOT / "branding.yml"
SITE_FOLDER = "assets/jointly"
LOGO_TYPES = {".svg", ".png", ".jpg", ".jpeg", ".webp"}
LOGO_MAX_BYTES = 512 * 1024
MIN_CONTRAST = 4.5
WHITE = "#ffffff"

KEYS = {
    "name": "the firm's name, one line of up to 80 characters",
    "logo": "a path to an image file in this repository (.svg, .png, .jpg, .jpeg or .webp, at most 512 KB)",
    "colors": "a mapping with `primary` and/or `accent`, each a colour written #rrggbb or #rgb",
    "contact": "a mapping with any of `address`, `phone`, `email`, `website`, `hours`",
    "talk_to_us": "Markdown text for the 'Talk to us' section of 'When to hire help'",
}
COLOR_KEYS = {
    "primary": "it is the header background under white text, and the colour of links on white",
    "accent": "it is the colour of hovered links and buttons on white",
}
CONTACT_KEYS = ("address", "phone", "email", "website", "hours")
HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
EMAIL = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")
PHONE = re.compile(r"[0-9+()./ \-]{4,40}(?: ?(?:ext\.?|x) ?[0-9]{1,6})?")
WEBSITE = re.compile(r"https?://[^\s<>\"']+")


class BrandingError(PluginError):
    """A malformed branding file: the message names the file, the key and what is allowed."""


# --- colours ----------------------------------------------------------------------------------


def rgb(color: str) -> tuple[int, int, int]:
    """``#rgb`` or ``#rrggbb`` as three 0-255 integers."""
    digits = color[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(color: str) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(color: str, other: str, share: float) -> str:
    """``color`` with ``share`` of ``other`` mixed in, as #rrggbb."""
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(rgb(color), rgb(other)))


# --- the file ---------------------------------------------------------------------------------


def source() -> Path | None:
    """The branding file in force: ``$JOINTLY_BRANDING``, else ``branding.yml`` if present."""
    named = os.environ.get(ENV_VAR)
    if named:
        path = Path(named)
        path = path if path.is_absolute() else ROOT / path
        if not path.is_file():
            raise BrandingError(f"{ENV_VAR}={named}: no such file")
        return path
    return DEFAULT_FILE if DEFAULT_FILE.is_file() else None


def _text(where: str, value, *, max_len: int, one_line: bool = True) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BrandingError(f"{where}: must be non-empty text, found {value!r}")
    value = value.strip()
    if one_line and "\n" in value:
        raise BrandingError(f"{where}: must be one line")
    if len(value) > max_len:
        raise BrandingError(f"{where}: at most {max_len} characters, found {len(value)}")
    return value


def _mapping(where: str, value, allowed) -> dict:
    if not isinstance(value, dict):
        raise BrandingError(f"{where}: must be a mapping of keys to values, found {value!r}")
    for key in value:
        if key not in allowed:
            raise BrandingError(f"{where}: unknown key {key!r} (allowed: {', '.join(allowed)})")
    return value


def validate(data, file: str) -> dict:
    """The branding as the templates use it, or ``BrandingError`` naming the bad key."""
    data = _mapping(file, data, KEYS)
    if "name" not in data:
        raise BrandingError(f"{file}: `name` is required ({KEYS['name']})")
    brand = {"name": _text(f"{file}: name", data["name"], max_len=80)}

    if data.get("logo") is not None:
        where = f"{file}: logo"
        logo = Path(_text(where, data["logo"], max_len=300))
        path = (ROOT / logo).resolve()
        if logo.is_absolute() or not path.is_relative_to(ROOT):
            raise BrandingError(f"{where}: {logo} must be a path inside the repository, relative to its top folder")
        if path.suffix.lower() not in LOGO_TYPES:
            raise BrandingError(f"{where}: {logo} must be one of {', '.join(sorted(LOGO_TYPES))}")
        if not path.is_file():
            raise BrandingError(f"{where}: {logo} does not exist")
        if path.stat().st_size > LOGO_MAX_BYTES:
            raise BrandingError(f"{where}: {logo} is larger than {LOGO_MAX_BYTES // 1024} KB")
        brand["logo_file"] = path
        brand["logo"] = f"{SITE_FOLDER}/logo{path.suffix.lower()}"

    if data.get("colors") is not None:
        colors = _mapping(f"{file}: colors", data["colors"], COLOR_KEYS)
        brand["colors"] = {}
        for key, value in colors.items():
            where = f"{file}: colors.{key}"
            if value is None:
                raise BrandingError(f'{where}: is empty; quote the colour ("#1f5f4a"), or YAML reads # as the start of a comment')
            if not isinstance(value, str) or not HEX.fullmatch(value.strip()):
                raise BrandingError(f'{where}: {value!r} is not a colour; write it as "#rrggbb" (quoted), e.g. "#1f5f4a"')
            value = value.strip().lower()
            ratio = contrast(value, WHITE)
            if ratio < MIN_CONTRAST:
                raise BrandingError(
                    f"{where}: {value} has a contrast of {ratio:.2f}:1 with white, below the {MIN_CONTRAST}:1 "
                    f"that text needs ({COLOR_KEYS[key]}). Pick a darker shade."
                )
            brand["colors"][key] = value

    if data.get("contact") is not None:
        contact = _mapping(f"{file}: contact", data["contact"], CONTACT_KEYS)
        lines = []
        for key in CONTACT_KEYS:
            if contact.get(key) is None:
                continue
            where = f"{file}: contact.{key}"
            if key == "address":
                value = _text(where, contact[key], max_len=300, one_line=False)
                lines += [{"kind": "address", "text": line.strip()} for line in value.splitlines() if line.strip()]
                continue
            value = _text(where, str(contact[key]) if key == "phone" else contact[key], max_len=200)
            checks = {"email": (EMAIL, "an e-mail address"), "phone": (PHONE, "a phone number (digits, spaces, + ( ) - .)"),
                      "website": (WEBSITE, "a web address starting with https:// or http://")}  # fmt: skip
            if key in checks and not checks[key][0].fullmatch(value):
                raise BrandingError(f"{where}: {value!r} is not {checks[key][1]}")
            href = {"email": f"mailto:{value}", "phone": "tel:" + re.sub(r"[^0-9+]", "", value), "website": value}
            lines.append({"kind": key, "text": value, "href": href.get(key)})
        brand["contact"] = lines

    if data.get("talk_to_us") is not None:
        brand["talk_to_us"] = _text(f"{file}: talk_to_us", data["talk_to_us"], max_len=4000, one_line=False)
    return brand


def load(path: Path) -> dict:
    """Read and check a branding file."""
    name = path.name if path.parent == ROOT else str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise BrandingError(f"{name}: not valid YAML: {error}") from None
    except UnicodeDecodeError:
        raise BrandingError(f"{name}: not UTF-8 text") from None
    return validate(data, name)


def stylesheet(colors: dict) -> str:
    """mkdocs-material's palette custom properties for the firm's colours."""
    lines = [":root, [data-md-color-scheme=default] {"]
    if "primary" in colors:
        p = colors["primary"]
        lines += [
            f"  --md-primary-fg-color: {p};",
            f"  --md-primary-fg-color--light: {mix(p, WHITE, 0.15)};",
            f"  --md-primary-fg-color--dark: {mix(p, '#000000', 0.15)};",
            f"  --md-typeset-a-color: {p};",
        ]
    if "accent" in colors:
        a = colors["accent"]
        lines += [f"  --md-accent-fg-color: {a};", f"  --md-accent-fg-color--transparent: {a}1a;"]
    return "/* Generated by hooks/branding.py from the branding file. */\n" + "\n".join(lines) + "\n}\n"


def meta(brand: dict) -> str:
    """What ``<meta name="jointly-branding">`` carries: the name and contact lines, as JSON."""
    contact = [{k: v for k, v in line.items() if v is not None} for line in brand.get("contact", [])]
    return json.dumps({"name": brand["name"], "contact": contact}, ensure_ascii=False, separators=(",", ":"))


# --- mkdocs events ----------------------------------------------------------------------------

_brand: dict | None = None


def firm_talk_to_us() -> str:
    """The firm's "Talk to us" section (Markdown), or nothing on an unbranded build."""
    if not _brand or "talk_to_us" not in _brand:
        return ""
    return f'## Talk to {_brand["name"]} {{ #talk-to-us }}\n\n{_brand["talk_to_us"]}\n'


def on_config(config):
    global _brand
    path = source()
    _brand = load(path) if path else None
    macros = config.plugins.get("macros")
    if macros is None:
        raise PluginError("hooks/branding.py needs the macros plugin for firm_talk_to_us()")
    macros.register_macros({"firm_talk_to_us": firm_talk_to_us})
    return config


def on_files(files, config):
    if _brand:
        if "logo_file" in _brand:
            files.append(File.generated(config, _brand["logo"], abs_src_path=str(_brand["logo_file"])))
        if "colors" in _brand:
            files.append(File.generated(config, f"{SITE_FOLDER}/brand.css", content=stylesheet(_brand["colors"])))
    return files


def on_env(env, config, files):
    env.globals["branding"] = dict(_brand, meta=meta(_brand)) if _brand else None
    return env
