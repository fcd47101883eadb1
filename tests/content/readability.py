#!/usr/bin/env python3
"""Readability of OpenLine's content, in English and in each translation.

    PY=$(tests/tools/python-env.sh)
    cargo run -p openline-cli -- content export --out target/content-export
    $PY tests/content/readability.py target/content-export

Run by `openline content check`, on the content as the core loads it (see exported.py). Uses textstat 0.7.3 with pyphen (offline); textstat 0.8 and
later download a dictionary at run time.

What is checked (shared/CONTENT-STYLE.md, issue 6):
- Teen-facing text: the intro, the danger callout, each step (title, body and button), and the
  interface strings a teen reads (home's "help now" and "report" entries, the teen screen, the
  report hub, the platform screens, the channel kinds). Each step, and the strings as one
  block, must score grade 6 or lower; all of it together grade 5 or lower. Every sentence has
  at most 20 words, and none holds a blaming word.
- Teen-facing reference text: each platform's steps and notes, and each region's channel
  details for the kinds a teen is sent to. The sentence and blame checks apply; the grade is
  printed but not enforced, because these lines are mostly names the teen must match exactly
  (a platform's menu labels, "National Center for Missing & Exploited Children").
- Parent text: the intro, the disclosure guide, warning signs, tips, each starter (opener,
  follow-ups and worry note together), and the parent-facing strings as one block (labels of
  two or three words give meaningless scores one by one): grade 9 or lower each.

Languages. Flesch-Kincaid is an English formula: its constants were fitted to English
syllable and sentence lengths, so an FK grade of a Spanish or French text means little. Each
language is scored with its own Flesch adaptation, which textstat implements, against that
formula's published grade table:
- en: Flesch-Kincaid grade. Teen step <= 6, teen overall <= 5, parent item <= 9.
- es: Fernandez-Huerta ease (textstat.fernandez_huerta, pyphen "es"). Its table: 80-90 is
  5th grade, 70-80 is 6th, 60-70 is 7th-8th. Teen step >= 70, teen overall >= 80, parent
  item >= 60. Crawford (years of schooling) is printed alongside.
- fr: Kandel-Moles ease (textstat.flesch_reading_ease with set_lang("fr"), pyphen "fr"), on
  Flesch's scale: 90-100 is 5th grade, 80-90 is 6th, 60-70 is 8th-9th. Teen step >= 80,
  teen overall >= 90, parent item >= 60.
A translation's item is scored only when every key it is made of is translated; the rest falls
back to English, which is scored as English. Sentence length and blame words are checked in
every language.
"""

import re
import statistics
from importlib import metadata
import sys
from pathlib import Path

import textstat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import exported  # noqa: E402

MAX_SENTENCE_WORDS = 20

# Interface strings by reader. Strings under neither (app name, settings, about) are not scored.
TEEN_STRINGS = ("home.help_now", "home.report", "home.recovered", "teen.", "report.",
                "platform.", "channel.")
PARENT_STRINGS = ("home.parent", "parent.", "starter.", "disclosure.", "signs.", "age.",
                  "moment.")

# Values for `{placeholders}`, so a label reads as it does on screen.
PLACEHOLDERS = {"done": "3", "total": "11", "name": "Childline", "body": "TALK",
                "number": "686868", "region": "Canada", "count": "12", "date": "3 May",
                "version": "1", "citation": "a page"}

# Channel kinds shown to a teen (the parent helplines are scored with nothing: they are
# reference text for adults).
TEEN_KINDS = {"emergency", "police", "exploitation", "takedown", "teen-helpline"}


class Language:
    """A formula, its direction and limits, and the blame words, for one language."""

    def __init__(self, tag, locale, formula, higher_is_easier, teen_item, teen_all, parent,
                 blame, negators, extra=None):
        self.tag = tag
        self.locale = locale
        self.formula = formula
        self.higher_is_easier = higher_is_easier
        self.teen_item = teen_item
        self.teen_all = teen_all
        self.parent = parent
        self.blame = [re.compile(pattern, re.IGNORECASE) for pattern in blame]
        self.negators = negators
        self.extra = extra

    def score(self, text):
        return self.formula(text)

    def passes(self, score, limit):
        return score >= limit if self.higher_is_easier else score <= limit

    def limit_text(self, limit):
        return f">= {limit}" if self.higher_is_easier else f"<= {limit}"

    def worst(self, scores):
        return min(scores) if self.higher_is_easier else max(scores)


def negated(text, start, negators, window):
    before = re.findall(r"[\w']+", text[:start].lower())[-window:]
    return any(word in negators or word.endswith("n't") for word in before)


LANGUAGES = {
    "en": Language(
        "en", "en_US", lambda t: textstat.flesch_kincaid_grade(t), False, 6, 5, 9,
        [r"\bshould(?: have|'ve)\b", r"\bmistakes?\b", r"\bwhy did you\b", r"\bcareless\b",
         r"\bstupid\b", r"(?P<fault>\byour fault\b)"],
        {"not", "never"}),
    "es": Language(
        "es", "es", lambda t: textstat.fernandez_huerta(t), True, 70, 80, 60,
        [r"\bdeber[ií]as? haber\b", r"\berror(?:es)?\b", r"\bpor qu[ée] (?:lo )?hiciste\b",
         r"\bdescuidad[oa]s?\b", r"\best[úu]pid[oa]s?\b", r"\btonter[íi]as?\b",
         r"(?P<fault>\btu culpa\b)"],
        {"no", "nunca", "ni"},
        ("Crawford", lambda t: textstat.crawford(t))),
    "fr": Language(
        "fr", "fr", lambda t: textstat.flesch_reading_ease(t), True, 80, 90, 60,
        [r"\baurais d[ûu]\b", r"\berreurs?\b", r"\bpourquoi (?:as-tu|tu as)\b",
         r"\bimprudente?s?\b", r"\bn[ée]gligente?s?\b", r"\bstupides?\b", r"\bb[êe]tes?\b",
         r"(?P<fault>\bta faute\b)"],
        {"pas", "jamais"}),
}

FORMULA_NAMES = {"en": "Flesch-Kincaid grade", "es": "Fernandez-Huerta ease",
                 "fr": "Kandel-Moles ease"}


def fill(text):
    return re.sub(r"\{(\w+)\}", lambda m: PLACEHOLDERS.get(m.group(1), "it"), text)


def join(parts):
    """Pieces of text as one passage; a label without an end mark becomes its own sentence."""
    out = []
    for part in parts:
        part = fill(part.strip())
        if part and part[-1] not in ".!?:\"":
            part += "."
        out.append(part)
    return " ".join(out)


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])[\"”»)]?\s+|\n+", fill(text)) if s.strip()]


def grouped(texts, fields=None):
    """Keys of texts by item, in order, keeping only `fields` when given."""
    items = {}
    for text in texts:
        if fields is None or text["field"] in fields:
            items.setdefault(text["item"], []).append(text["key"])
    return items


class Items:
    """The content as scored items: (group, name, keys) where keys make one passage."""

    def __init__(self, content):
        strings = [text["key"] for text in content.of("strings")]
        key = content.key
        self.teen = [("teen", "intro", [key("teen", "", "intro_title"), key("teen", "", "intro")]),
                     ("teen", "danger", [key("teen", "", "danger")])]
        for step, keys in grouped(content.of("step")).items():
            self.teen.append(("teen", f"step {step}", keys))
        self.teen.append(("teen", "strings",
                          [k for k in strings if k.startswith(TEEN_STRINGS)]))
        self.reference = []
        platforms = grouped(content.of("platform"), {"report", "block", "note"})
        for platform, keys in platforms.items():
            self.reference.append(("platform", platform, keys))
        for region in content.pack["regions"]:
            keys = [key("channel", c["id"], "detail") for c in region["channels"]
                    if c["kind"] in TEEN_KINDS]
            self.reference.append(("channels", region["code"], [k for k in keys if k]))
        self.parent = [("parent", "intro", [key("parent", "", "intro")])]
        for kind, label in (("disclosure", "disclosure"), ("warning_signs", "warning-sign"),
                            ("tips", "tip")):
            for advice in content.pack["parent"][kind]:
                self.parent.append((label, advice["id"], [key("advice", advice["id"], "text")]))
        for starter, keys in grouped(content.of("starter")).items():
            self.parent.append(("starter", starter, keys))
        self.parent.append(("parent", "strings",
                            [k for k in strings if k.startswith(PARENT_STRINGS)]))


class Report:
    def __init__(self):
        self.failures = []

    def fail(self, lang, what, message):
        self.failures.append(f"{lang}: {what}: {message}")


def check_sentences(report, lang, label, text):
    longest = 0
    for sentence in sentences(text):
        words = textstat.lexicon_count(sentence)
        longest = max(longest, words)
        if words > MAX_SENTENCE_WORDS:
            report.fail(lang.tag, label,
                        f"a sentence has {words} words (at most {MAX_SENTENCE_WORDS}): "
                        f"\"{sentence}\"")
    for pattern in lang.blame:
        for match in pattern.finditer(text):
            if match.groupdict().get("fault") and negated(text, match.start(), lang.negators,
                                                          2):
                continue
            report.fail(lang.tag, label, f"blaming word \"{match.group(0)}\" in \"{text}\"")
    return longest


def check_language(content, tag, text, report, out):
    """Scores one language; `text` maps keys to that language's text (only translated keys)."""
    lang = LANGUAGES[tag]
    textstat.set_lang(lang.locale)
    items = Items(content)
    name = FORMULA_NAMES[tag]
    out.append(f"{tag}  {name} (teen step {lang.limit_text(lang.teen_item)}, teen overall "
               f"{lang.limit_text(lang.teen_all)}, parent item {lang.limit_text(lang.parent)})")

    def passage(keys):
        if not keys or any(k not in text for k in keys):
            return None
        return join(text[k] for k in keys)

    def extra(t):
        return f"   {lang.extra[0]} {lang.extra[1](t):.1f}" if lang.extra else ""

    teen_texts, longest, skipped = [], 0, 0
    for group, item, keys in items.teen:
        body = passage(keys)
        label = f"{group} {item}"
        if body is None:
            skipped += 1
            continue
        teen_texts.append(body)
        score = lang.score(body)
        longest = max(longest, check_sentences(report, lang, label, body))
        ok = lang.passes(score, lang.teen_item)
        if not ok:
            report.fail(tag, label, f"{name} {score} (must be {lang.limit_text(lang.teen_item)})")
        out.append(f"  {label:<34} {score:>6}{extra(body)}{'' if ok else '   FAIL'}")
    if teen_texts:
        whole = " ".join(teen_texts)
        score = lang.score(whole)
        ok = lang.passes(score, lang.teen_all)
        if not ok:
            report.fail(tag, "teen overall",
                        f"{name} {score} (must be {lang.limit_text(lang.teen_all)})")
        out.append(f"  {'teen overall':<34} {score:>6}{extra(whole)}{'' if ok else '   FAIL'}")
    if skipped:
        out.append(f"  ({skipped} teen item(s) not translated, shown in English)")

    ref_scores = []
    for group, item, keys in items.reference:
        body = passage(keys)
        if body is None:
            continue
        longest = max(longest, check_sentences(report, lang, f"{group} {item}", body))
        ref_scores.append((lang.score(body), f"{group} {item}"))
    if ref_scores:
        worst = lang.worst(s for s, _ in ref_scores)
        where = next(label for s, label in ref_scores if s == worst)
        med = statistics.median(s for s, _ in ref_scores)
        whole = lang.score(" ".join(passage(keys) for _, _, keys in items.reference
                                    if passage(keys) is not None))
        out.append(f"  {'teen reference text (not enforced)':<34} worst {worst} ({where}), "
                   f"median {med:.1f}, all {whole}, {len(ref_scores)} blocks")
    out.append(f"  {'teen longest sentence':<34} {longest:>3} words "
               f"(at most {MAX_SENTENCE_WORDS})")

    parent_scores = []
    for group, item, keys in items.parent:
        body = passage(keys)
        if body is None:
            continue
        score = lang.score(body)
        parent_scores.append((score, f"{group} {item}"))
        if not lang.passes(score, lang.parent):
            report.fail(tag, f"{group} {item}",
                        f"{name} {score} (must be {lang.limit_text(lang.parent)})")
    if parent_scores:
        worst = lang.worst(s for s, _ in parent_scores)
        where = next(label for s, label in parent_scores if s == worst)
        med = statistics.median(s for s, _ in parent_scores)
        ok = lang.passes(worst, lang.parent)
        out.append(f"  {'parent worst':<34} {worst:>6} ({where}){'' if ok else '   FAIL'}")
        out.append(f"  {'parent median':<34} {med:>6.1f} ({len(parent_scores)} of "
                   f"{len(items.parent)} items scored)")
    else:
        out.append("  parent text not translated")


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} EXPORT_DIR (written by `openline content export --out`)")
        return 2
    content = exported.load(argv[1])
    english = content.english
    report, out = Report(), [f"readability (textstat {metadata.version('textstat')}, "
                             f"pyphen {metadata.version('pyphen')})"]
    check_language(content, "en", english, report, out)
    for tag, translation in content.translations.items():
        if tag not in LANGUAGES:
            out.append(f"{tag}  no readability formula for this language: not scored")
            continue
        known = {k: v for k, v in translation["text"].items() if k in english}
        check_language(content, tag, known, report, out)
    print("\n".join(out))
    if report.failures:
        print(f"\nreadability: {len(report.failures)} problem(s):")
        for failure in report.failures:
            print(f"  {failure}")
        return 1
    print("readability: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
