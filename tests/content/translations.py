#!/usr/bin/env python3
"""Completeness and faithfulness of the translations in content/i18n/.

    PY=$(tests/tools/python-env.sh)
    $PY tests/content/translations.py [content-dir] [--rust-keys FILE|-]

Run by `openline content check`, which passes the key list of model/src/keys.rs
(`keys::all`) on stdin, so a drift between that file and content_pack.py fails here.

Fails when a translation:
- misses a required key: every interface string, the teen intro, danger and steps (titles,
  bodies, button labels), every region name, every channel's name and detail in every
  region, and every platform's help labels, report and block steps and notes;
- has a key the English content does not have, or an empty text;
- changes what must not change: `{placeholders}`, numbers, e-mail addresses, names written
  in capitals (CEOP, NCMEC, TALK, 1-800-CALL-FBI), and the keyword a text line sends
  (a channel's `text.body` is not translated, so its detail must still name it).
Parent content (the parent intro, starters, disclosure guide, warning signs and tips) is
optional: its coverage is printed. The Spanish and French translations must exist.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content_pack  # noqa: E402

REQUIRED_LANGUAGES = {"es": "Spanish, for the United States", "fr": "French, for Canada"}
SHOW = 12  # missing or unknown keys listed per translation before "and N more"

PLACEHOLDER = re.compile(r"\{\w+\}")
NUMBER = re.compile(r"\d+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]\b")


def group(pack, key):
    if key in pack["strings"]:
        return "strings"
    for prefix, name in (("teen.", "teen"), ("region.", "regions"), ("channel.", "channels"),
                         ("platform.", "platforms"), ("starter.", "starters"),
                         ("advice.", "advice"), ("parent.", "parent intro")):
        if key.startswith(prefix):
            return name
    return "other"


def kept(english, translated):
    """What must survive translation unchanged, and is missing or added."""
    problems = []
    want, got = Counter(PLACEHOLDER.findall(english)), Counter(PLACEHOLDER.findall(translated))
    if want != got:
        problems.append(f"placeholders {sorted(want.elements())} became "
                        f"{sorted(got.elements())}")
    # A number may be said twice ("24 heures sur 24"), but none may change, go or appear.
    want, got = set(NUMBER.findall(english)), set(NUMBER.findall(translated))
    if want != got:
        problems.append(f"numbers {sorted(want)} became {sorted(got)}")
    for name, pattern in (("address", EMAIL), ("name in capitals", CAPITALS)):
        for token in sorted(set(pattern.findall(english))):
            if len(token) >= 3 and token not in translated:
                problems.append(f"{name} \"{token}\" is missing")
    return problems


def text_bodies(pack):
    """Detail keys whose English names the keyword its channel's text line sends."""
    bodies = {}
    for region in pack["regions"]:
        for channel in region["channel"]:
            body = (channel.get("text") or {}).get("body")
            if body and body in channel.get("detail", ""):
                bodies[f"channel.{channel['id']}.detail"] = body
    return bodies


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("content_dir", nargs="?",
                        default=Path(__file__).resolve().parents[2] / "content")
    parser.add_argument("--rust-keys", metavar="FILE",
                        help="keys::all, one per line ('-' for stdin), to compare with ours")
    options = parser.parse_args(argv[1:])
    rust_keys = None
    if options.rust_keys:
        source = options.rust_keys
        raw = sys.stdin.read() if source == "-" else Path(source).read_text()
        rust_keys = [line.strip() for line in raw.splitlines() if line.strip()]
    pack = content_pack.load(options.content_dir)
    english = content_pack.english(pack)
    failures = []

    if rust_keys is not None:
        ours, theirs = set(english), set(rust_keys)
        for key in sorted(theirs - ours)[:SHOW]:
            failures.append(f"keys: \"{key}\" is in keys::all but not in content_pack.py")
        for key in sorted(ours - theirs)[:SHOW]:
            failures.append(f"keys: \"{key}\" is in content_pack.py but not in keys::all")

    required = [k for k in english if not content_pack.is_optional(pack, k)]
    optional = [k for k in english if content_pack.is_optional(pack, k)]
    bodies = text_bodies(pack)
    print(f"translations: {len(required)} required keys, {len(optional)} optional (parent)")
    for tag, why in REQUIRED_LANGUAGES.items():
        if tag not in pack["translations"]:
            failures.append(f"{tag}: content/i18n/{tag}.toml is missing ({why})")

    for tag, translation in pack["translations"].items():
        text = translation["text"]
        where = f"{tag} ({translation['path'].name})"
        for field in ("name", "status"):
            if not str(translation[field]).strip():
                failures.append(f"{where}: `{field}` is empty")
        for field in translation["extra"]:
            failures.append(f"{where}: unknown top-level field `{field}`")
        missing = [k for k in required if k not in text]
        unknown = sorted(k for k in text if k not in english)
        for label, keys in (("misses required key", missing), ("has unknown key", unknown)):
            for key in keys[:SHOW]:
                failures.append(f"{where}: {label} \"{key}\"")
            if len(keys) > SHOW:
                failures.append(f"{where}: ... and {len(keys) - SHOW} more ({label})")
        same = 0
        for key, value in text.items():
            if key not in english:
                continue
            if not value.strip():
                failures.append(f"{where}: \"{key}\" is empty")
                continue
            same += value == english[key]
            for problem in kept(english[key], value):
                failures.append(f"{where}: \"{key}\": {problem}")
            body = bodies.get(key)
            if body and body not in value:
                failures.append(f"{where}: \"{key}\" must still name the keyword {body}: the "
                                f"text line sends it untranslated")

        done_required = len(required) - len(missing)
        done_optional = sum(k in text for k in optional)
        print(f"  {tag} {translation['name']}: required {done_required}/{len(required)}"
              f" ({100 * done_required // max(1, len(required))}%), optional "
              f"{done_optional}/{len(optional)} "
              f"({100 * done_optional // max(1, len(optional))}%); {same} kept as in English "
              f"(names)")
        by_group = Counter(group(pack, k) for k in english)
        got = Counter(group(pack, k) for k in english if k in text)
        print("    " + ", ".join(f"{g} {got[g]}/{n}" for g, n in by_group.items()))
        print(f"    status: {translation['status']}")

    if failures:
        print(f"\ntranslations: {len(failures)} problem(s):")
        for failure in failures:
            print(f"  {failure}")
        return 1
    print("translations: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
