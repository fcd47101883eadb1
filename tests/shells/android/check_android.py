"""Checks of the Android shell that compiling it does not make.

  python check_android.py --bindings openline_core.kt --android android/   the checks
  python check_android.py --bindings ... --android ... --self-test         proves they bite

tests/compose/android-compile.sh compiles every .kt file under android/ for Android, so the
compiler checks the Kotlin: core names, argument counts, `when` coverage over sealed types.
What is left here is what it does not see:
  1. The Gradle scripts (.kts), which nothing here compiles, parse (tree-sitter-kotlin) with
     no ERROR or MISSING node.
  2. The `when` over Block and the `when` over Action have no `else` branch (the compiler
     accepts one), so a kind the core adds stops the build instead of going unshown.
  3. Shell rules: strings.xml holds only the app name, "Back" and the error fallback; no
     Text("...") with words in Kotlin; backups off, deep links, no extra permission; the
     store listing fits Play's limits.
  4. Where Screen has quickExit, the app reads it and leaves with finishAndRemoveTask().

The self-test copies android/ to a temporary folder, plants one mistake at a time (an else
branch, a syntax error in a Gradle script, a hard-coded sentence or string resource, a quick
exit that is not the core's or leaves the task behind) and requires each one to fail the
checks, naming the mistake.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import tree_sitter
import tree_sitter_kotlin

LANGUAGE = tree_sitter.Language(tree_sitter_kotlin.language())
PARSER = tree_sitter.Parser(LANGUAGE)
ALLOWED_STRINGS = {"app_name", "back", "error_fallback"}
# The sealed types whose `when` must name every kind.
EVERY_KIND = ("Block", "Action")


def text(node: tree_sitter.Node) -> str:
    return node.text.decode("utf-8")


def parse(source: bytes) -> tree_sitter.Tree:
    return PARSER.parse(source)


def syntax_problems(tree: tree_sitter.Tree) -> list[str]:
    problems = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_missing:
            problems.append(f"line {node.start_point[0] + 1}: missing {node.type}")
        elif node.type == "ERROR":
            problems.append(f"line {node.start_point[0] + 1}: syntax error near {text(node)[:40]!r}")
        stack.extend(node.children)
    return problems


def whens_with_else(tree: tree_sitter.Tree) -> list[tuple[str, int, bool]]:
    """(kind, line, has else) for each `when` whose branches test `is Block.X` or `is Action.X`."""
    found = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "when_expression":
            continue
        entries = [c for c in node.named_children if c.type == "when_entry"]
        tested = {
            match.group(1)
            for entry in entries
            for match in re.finditer(r"^\s*is\s+(\w+)\.", text(entry))
        }
        has_else = any(child.type == "else" for entry in entries for child in entry.children)
        for base in sorted(tested & set(EVERY_KIND)):
            found.append((base, node.start_point[0] + 1, has_else))
    return found


def words_in_text_calls(tree: tree_sitter.Tree) -> list[int]:
    """Lines where Text("...") shows a literal with words: all words must come from the core."""
    lines = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "call_expression" or not node.named_children:
            continue
        if text(node.named_children[0]) != "Text":
            continue
        args = next((c for c in node.named_children if c.type == "value_arguments"), None)
        first = next((a for a in args.named_children if a.type == "value_argument"), None) if args is not None else None
        literal = first.named_children[-1] if first is not None and first.named_children else None
        if literal is not None and literal.type == "string_literal":
            content = re.sub(r"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*", "", text(literal))
            if re.search(r"[A-Za-z]{2}", content):
                lines.append(node.start_point[0] + 1)
    return lines


class Report:
    def __init__(self, quiet: bool = False):
        self.passed = 0
        self.failed = 0
        self.quiet = quiet
        self.failures: list[str] = []

    def check(self, name: str, problems: list[str]) -> None:
        if problems:
            self.failed += 1
            self.failures.extend(problems)
            if not self.quiet:
                print(f"FAIL  {name}")
                for problem in problems[:20]:
                    print(f"      {problem}")
        else:
            self.passed += 1
            if not self.quiet:
                print(f"ok    {name}")


def run_checks(bindings_path: Path, android: Path, report: Report) -> None:
    sources = sorted(p for p in android.rglob("*") if p.suffix in (".kt", ".kts") and "build" not in p.relative_to(android).parts)
    trees: dict[str, tree_sitter.Tree] = {}
    for source in sources:
        relative = str(source.relative_to(android.parent))
        tree = parse(source.read_bytes())
        trees[relative] = tree
        if source.suffix == ".kts":
            report.check(f"parses: {relative}", syntax_problems(tree))
    report.check("android/ has Kotlin sources and Gradle scripts", [] if any(s.suffix == ".kt" for s in sources) and any(s.suffix == ".kts" for s in sources) else ["none found"])

    whens = []
    for relative, tree in trees.items():
        if not relative.endswith(".kt"):
            continue
        whens.extend((base, line, has_else, relative) for base, line, has_else in whens_with_else(tree))
        report.check(f"no words written in Kotlin: {relative}", [f"{relative}:{line}: Text(\"...\") with words; text comes from the core" for line in words_in_text_calls(tree)])
    for base in EVERY_KIND:
        found = [w for w in whens if w[0] == base]
        problems = [f"{w[3]}:{w[1]}: the when over {base} has an else branch; name every kind so a new one fails to compile" for w in found if w[2]]
        if not found:
            problems.append(f"no when over {base} found: is the checker still seeing the code?")
        report.check(f"the when over {base} has no else ({', '.join(f'{w[3]}:{w[1]}' for w in found) or 'none'})", problems)

    check_quick_exit(bindings_path, trees, report)
    check_resources(android, report)


def check_quick_exit(bindings_path: Path, trees: dict[str, tree_sitter.Tree], report: Report) -> None:
    """Where the core offers a quick exit, the app shows it and leaves without a trace in Recents."""
    if "quickExit" not in bindings_path.read_text(encoding="utf-8"):
        return
    read, leaves = False, False
    for tree in trees.values():
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            last = node.named_children[-1] if node.named_children else None
            if node.type == "navigation_expression" and last is not None and text(last) == "quickExit":
                read = True
            elif node.type == "call_expression" and text(node.named_children[0]).endswith("finishAndRemoveTask"):
                leaves = True
    problems = []
    if not read:
        problems.append("Screen.quickExit is never read: the core's quick exit is not shown")
    if not leaves:
        problems.append("nothing calls finishAndRemoveTask(): a quick exit must leave nothing in Recents")
    report.check("the core's quick exit is shown and leaves with finishAndRemoveTask()", problems)


def check_resources(android: Path, report: Report) -> None:
    main = android / "app" / "src" / "main"
    problems = []
    strings_file = main / "res" / "values" / "strings.xml"
    names = {element.get("name") for element in ElementTree.parse(strings_file).getroot()} if strings_file.exists() else set()
    extra = sorted(names - ALLOWED_STRINGS)
    if extra:
        problems.append(f"strings.xml has {', '.join(extra)}; only the app name, Back and the error fallback belong there")
    for other in (main / "res").glob("values*/strings.xml"):
        if other != strings_file:
            problems.append(f"{other.relative_to(android)}: translations belong in the core")
    report.check("strings.xml holds only the app name, Back and the error fallback", problems)

    manifest = main / "AndroidManifest.xml"
    problems = []
    ns = "{http://schemas.android.com/apk/res/android}"
    root = ElementTree.parse(manifest).getroot() if manifest.exists() else None
    application = root.find("application") if root is not None else None
    if application is None:
        problems.append("no <application> in the manifest")
    else:
        if application.get(f"{ns}allowBackup") != "false":
            problems.append("android:allowBackup is not false")
        if not application.get(f"{ns}dataExtractionRules"):
            problems.append("no android:dataExtractionRules for Android 12+ transfers")
        schemes = {data.get(f"{ns}scheme") for data in application.iter("data")}
        if "openline" not in schemes:
            problems.append("no intent filter for openline:// deep links")
        permissions = {p.get(f"{ns}name") for p in root.iter("uses-permission")}
        # Notifications, for reminders the parent turns on; asked for only then.
        allowed = {"android.permission.INTERNET", "android.permission.POST_NOTIFICATIONS"}
        unexpected = sorted(permissions - allowed)
        if unexpected:
            problems.append(f"unexpected permissions: {', '.join(unexpected)}")
    report.check("manifest: backups off, deep links, no permission beyond INTERNET and notifications", problems)

    listing = android / "fastlane" / "metadata" / "android" / "en-GB"
    limits = {"title.txt": 30, "short_description.txt": 80, "full_description.txt": 4000}
    problems = []
    for name, limit in limits.items():
        path = listing / name
        if not path.exists():
            problems.append(f"{name} missing")
            continue
        length = len(path.read_text(encoding="utf-8").strip())
        if not 0 < length <= limit:
            problems.append(f"{name}: {length} characters (1 to {limit})")
    report.check("store listing (en-GB) fits Google Play's limits", problems)


# --- Self-test --------------------------------------------------------------------------------

# (file under android/, text to find, replacement, what the failure must mention)
MUTATIONS = [
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/BlockView.kt", "is Block.Choice -> ChoiceBlock(block, onAction, modifier)", "else -> ChoiceBlock(block as Block.Choice, onAction, modifier)", "else"),
    ("ui/src/main/kotlin/org/openline/android/ui/ActionHandler.kt", "            is Action.Copy -> platform.copy(action.text)\n", "            is Action.Copy -> platform.copy(action.text)\n            else -> false\n", "else"),
    ("app/build.gradle.kts", "    buildFeatures {", "    buildFeatures", "syntax"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/TextBlocks.kt", "Text(block.text, style = MaterialTheme.typography.bodyLarge)", "Text(\"You are not in trouble\", style = MaterialTheme.typography.bodyLarge)", "words"),
    ("app/src/main/res/values/strings.xml", "</resources>", "    <string name=\"help\">Get help now</string>\n</resources>", "help"),
    # The quick exit: the core's words, shown on the screens that offer it, leaving no task behind.
    ("app/src/main/res/values/strings.xml", "</resources>", "    <string name=\"quick_exit\">Leave quickly</string>\n</resources>", "quick_exit"),
    ("ui/src/main/kotlin/org/openline/android/ui/OpenLineApp.kt", "{ Text(quickExit.label) }", "{ Text(\"Leave quickly\") }", "words"),
    ("ui/src/main/kotlin/org/openline/android/ui/OpenLineApp.kt", "quickExit = screen?.quickExit,", "quickExit = null,", "quickExit"),
    ("app/src/main/kotlin/org/openline/android/MainActivity.kt", "finishAndRemoveTask()", "finish()", "finishAndRemoveTask"),
]


def self_test(bindings_path: Path, android: Path) -> Report:
    outer = Report()
    baseline = Report(quiet=True)
    run_checks(bindings_path, android, baseline)
    outer.check("self-test: the unchanged app passes", [] if baseline.failed == 0 else baseline.failures[:5])
    for relative, find, replace, expected in MUTATIONS:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "android"
            shutil.copytree(android, copy, ignore=shutil.ignore_patterns("build", ".gradle"))
            target = copy / relative
            source = target.read_text(encoding="utf-8")
            name = f"self-test: {Path(relative).name}: {find.strip()[:40]!r} -> {replace.strip()[:40]!r} fails"
            if find not in source:
                outer.check(name, [f"the text to mutate is gone from {relative}; update MUTATIONS"])
                continue
            target.write_text(source.replace(find, replace, 1), encoding="utf-8")
            mutated = Report(quiet=True)
            run_checks(bindings_path, copy, mutated)
            caught = mutated.failed > 0 and any(expected in failure for failure in mutated.failures)
            outer.check(name, [] if caught else [f"not caught (failures: {mutated.failures[:3]})"])
    return outer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bindings", type=Path, required=True)
    parser.add_argument("--android", type=Path, required=True)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    report = self_test(args.bindings, args.android) if args.self_test else Report()
    if not args.self_test:
        run_checks(args.bindings, args.android, report)
    print(f"{report.passed} passed, {report.failed} failed")
    return 0 if report.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
