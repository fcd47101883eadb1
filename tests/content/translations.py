#!/usr/bin/env python3
"""Completeness and faithfulness of the translations in content/i18n/.

    PY=$(tests/tools/python-env.sh)
    cargo run -p openline-cli -- content export --out target/content-export
    $PY tests/content/translations.py target/content-export

Run by `openline content check`, on the content as the core loads it: `pack.json` (the compiled
pack) and `texts.json` (every translatable text with its key and whether a translation must
translate it, from model/src/keys.rs), both written by `openline content export`.

Fails when a translation:
- misses a required key: every interface string, the teen intro, danger and steps (titles,
  bodies, button labels), every region name, every channel's name and detail in every
  region, and every platform's help labels, report and block steps and notes;
- has a key the English content does not have, or an empty text;
- changes what must not change: `{placeholders}`, numbers, e-mail addresses, names written
  in capitals (CEOP, NCMEC, THORN, 1-800-CALL-FBI), and the keyword a text line sends on a
  screen in that language (a channel's `text.body`, or its keyword for the language in
  `other_texts`, is not translated, so the detail must still name it).
Parent content (the parent intro, starters, disclosure guide, warning signs and tips) is
optional: its coverage is printed. The Spanish and French translations must exist.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exported  # noqa: E402

REQUIRED_LANGUAGES = {"es": "Spanish, for the United States", "fr": "French, for Canada"}
SHOW = 12  # missing or unknown keys listed per translation before "and N more"

PLACEHOLDER = re.compile(r"\{\w+\}")
NUMBER = re.compile(r"\d+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]\b")


GROUPS = {"strings": "strings", "teen": "teen", "step": "teen", "region": "regions",
          "channel": "channels", "platform": "platforms", "starter": "starters",
          "advice": "advice", "parent": "parent intro", "season": "seasons"}


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


def text_bodies(content, tag):
    """Detail keys whose English names the keyword its channel's text line sends, with the
    keyword a screen in language `tag` sends: the line's keyword for that language (its
    `other_texts`) where the service gives one, else its main keyword."""
    bodies = {}
    for channel in content.channels():
        texts = [channel.get("text") or {}] + list(channel.get("other_texts") or [])
        english_bodies = [text["body"] for text in texts if text.get("body")]
        own = [text["body"] for text in texts if text.get("language") == tag]
        body = own[0] if own else (channel.get("text") or {}).get("body")
        key = content.key("channel", channel["id"], "detail")
        if body and key and any(b in channel.get("detail", "") for b in english_bodies):
            bodies[key] = body
    return bodies


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export_dir", type=Path,
                        help="the folder `openline content export --out` wrote")
    options = parser.parse_args(argv[1:])
    content = exported.load(options.export_dir)
    english = content.english
    groups = {text["key"]: GROUPS[text["group"]] for text in content.texts}
    failures = []

    required = [text["key"] for text in content.texts if text["need"] == "required"]
    optional = [text["key"] for text in content.texts if text["need"] == "optional"]
    print(f"translations: {len(required)} required keys, {len(optional)} optional (parent)")
    for tag, why in REQUIRED_LANGUAGES.items():
        if tag not in content.translations:
            failures.append(f"{tag}: content/i18n/{tag}/ is missing ({why})")

    for tag, translation in content.translations.items():
        text = translation["text"]
        bodies = text_bodies(content, tag)
        where = f"{tag} (content/i18n/{tag}/)"
        for field in ("name", "status"):
            if not str(translation[field]).strip():
                failures.append(f"{where}: `{field}` is empty")
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
        by_group = Counter(groups[k] for k in english)
        got = Counter(groups[k] for k in english if k in text)
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
