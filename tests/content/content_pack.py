"""Reads content/ as authored (TOML) into plain Python values, for the content test scripts.

Mirrors model/src/authoring.rs (file layout, nested tables flattened to dotted keys)
and model/src/keys.rs (`keys::all`: one key for every piece of text). When these
scripts run under `openline content check`, the CLI passes the Rust key list and
translations.py fails if this mirror has drifted from it.
"""

import tomllib
from pathlib import Path


def flatten(table, prefix=""):
    """`[home] title = "x"` becomes {"home.title": "x"}, as authoring.rs does."""
    out = {}
    for key, value in table.items():
        full = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full))
        else:
            out[full] = value if isinstance(value, str) else str(value)
    return out


def _read(path):
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def load(content_dir):
    """The pack as a dict: regions, platforms, teen, parent, starters, strings, translations."""
    root = Path(content_dir)
    teen = _read(root / "teen.toml")
    parent = _read(root / "parent.toml")
    regions = [_read(path) for path in sorted((root / "regions").glob("*.toml"))]
    translations = {}
    i18n = root / "i18n"
    if i18n.is_dir():
        for path in sorted(i18n.glob("*.toml")):
            raw = _read(path)
            translations[path.stem] = {
                "path": path,
                "name": raw.get("name", ""),
                "status": raw.get("status", ""),
                "text": flatten(raw.get("text", {})),
                "extra": sorted(set(raw) - {"name", "status", "text"}),
            }
    return {
        "root": root,
        "regions": regions,
        "platforms": _read(root / "platforms.toml")["platform"],
        "teen": teen,
        "parent": parent,
        "starters": _read(root / "starters.toml")["starter"],
        "strings": flatten(_read(root / "strings.toml")),
        "translations": translations,
    }


def english(pack):
    """Every translation key with its English text, in the order of `keys::all`."""
    text = dict(pack["strings"])
    teen, parent = pack["teen"], pack["parent"]
    text["teen.intro_title"] = teen["intro_title"]
    text["teen.intro"] = teen["intro"]
    text["teen.danger"] = teen["danger"]
    text["parent.intro"] = parent["intro"]
    for step in teen["step"]:
        text[f"teen.step.{step['id']}.title"] = step["title"]
        text[f"teen.step.{step['id']}.body"] = step["body"]
        if step.get("action"):
            text[f"teen.step.{step['id']}.action"] = step["action"]["label"]
    for region in pack["regions"]:
        text[f"region.{region['code']}"] = region["name"]
    for region in pack["regions"]:
        for channel in region["channel"]:
            text[f"channel.{channel['id']}.name"] = channel["name"]
            if channel.get("detail"):
                text[f"channel.{channel['id']}.detail"] = channel["detail"]
    for platform in pack["platforms"]:
        text[f"platform.{platform['id']}.name"] = platform["name"]
        lists = [
            ("help", [page["label"] for page in platform["help"]]),
            ("report", platform["report"]),
            ("block", platform.get("block", [])),
            ("note", platform.get("notes", [])),
        ]
        for name, lines in lists:
            for index, line in enumerate(lines):
                text[f"platform.{platform['id']}.{name}.{index}"] = line
    for starter in pack["starters"]:
        text[f"starter.{starter['id']}.opener"] = starter["opener"]
        for index, followup in enumerate(starter["followups"]):
            text[f"starter.{starter['id']}.followup.{index}"] = followup
        text[f"starter.{starter['id']}.worry"] = starter["worry"]
    for kind in ("disclosure", "warning_sign", "tip"):
        for advice in parent[kind]:
            text[f"advice.{advice['id']}"] = advice["text"]
    return text


def is_optional(pack, key):
    """Parent content (intro, starters, advice) may stay in English; everything else is required."""
    if key in pack["strings"]:
        return False
    return key == "parent.intro" or key.startswith(("starter.", "advice."))
