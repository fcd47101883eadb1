#!/usr/bin/env python3
"""Self-tests of check_swift.py: each breaks a copy of the iOS shell in one known way and
expects the check to fail with a message naming the problem.

    selftest.py REPO_ROOT

Prints one line per case and exits 1 if any breakage slips through. If a case's target text is
no longer in the shell, the case fails too: update it here.
"""
import contextlib
import io
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_swift  # noqa: E402

KIT = "ios/OpenLineKit/"
UI = KIT + "Sources/OpenLineUI/"
TESTS = KIT + "Tests/OpenLineUITests/"
BINDINGS = KIT + "Sources/OpenLineCore/OpenLineCore.swift"
CATALOG = "ios/App/Localizable.xcstrings"

# (what, file, text to replace, replacement, expected fragment of a failure)
API_CASES = [
    ("misspelt property", UI + "RootView.swift", "Text(screen.title)", "Text(screen.titel)",
     "Screen has no member 'titel'"),
    ("misspelt property in an interpolation", UI + "Blocks.swift", "\\(source.citation)",
     "\\(source.cite)", "SourceItem has no member 'cite'"),
    ("misspelt enum case in a switch", UI + "ActionMapping.swift", "case .openUrl(let url):",
     "case .openURL(let url):", "Action has no case 'openURL'"),
    ("misspelt type", UI + "Blocks.swift", "let items: [StepItem]", "let items: [StepItm]",
     "unknown type 'StepItm'"),
    ("misspelt static method", UI + "CoreService.swift", "OpenLine.open(config: config)",
     "OpenLine.opn(config: config)", "OpenLine has no member 'opn'"),
    ("wrong argument label", UI + "CoreService.swift", "try core.screen(route: route)",
     "try core.screen(path: route)", "OpenLine.screen takes screen(route:)"),
    ("wrong initialiser label", UI + "CoreService.swift", "dataDir: directory.path,",
     "dataDirectory: directory.path,", "Config takes init(dataDir:locale:"),
    ("a label left out", UI + "CoreService.swift", "try core.apply(event: event, route: route)",
     "try core.apply(event: event)", "OpenLine.apply takes apply(event:route:)"),
    ("misspelt property through an environment-reading view", UI + "Blocks.swift",
     "CardPartLabel(text: card.followupsLabel)", "CardPartLabel(text: card.followupLabel)",
     "Card has no member 'followupLabel'"),
    ("misspelt error case", UI + "CoreService.swift", "case .Storage(let message):",
     "case .Store(let message):", "OpenLineError has no case 'Store'"),
    ("member through if-let", UI + "Blocks.swift", "if let action = item.action {",
     "if let action = item.actions {", "StepItem has no member 'actions'"),
    ("member through a pattern binding", UI + "Blocks.swift",
     "ActionButton(item: action, perform: perform)",
     "ActionButton(item: action.labl, perform: perform)", "ActionItem has no member 'labl'"),
    ("key path", UI + "Blocks.swift", "ForEach(items, id: \\.id) { (item: StepItem) in",
     "ForEach(items, id: \\.identifier) { (item: StepItem) in",
     "StepItem has no member 'identifier'"),
    ("wrong case label", TESTS + "ModelTests.swift",
     'await model.apply(Event.tickStep(id: "dont-pay"))',
     'await model.apply(Event.tickStep(step: "dont-pay"))', "Event.tickStep takes (id:)"),
    ("wrong arity in a pattern", UI + "Blocks.swift",
     "case .callout(let tone, let title, let text):", "case .callout(let tone, let title):",
     "Block.callout has 3 associated values"),
    ("a Block case left out", UI + "Blocks.swift",
     "        case .sources(let title, let items):\n            SourcesBlock(title: title, items: items)\n", "",
     "switch over Block misses sources"),
    ("a default in the Action switch", UI + "ActionMapping.swift",
     "        case .apply(let event):\n            return .apply(event: event)",
     "        default:\n            return .unavailable", "switch over Action has a default"),
    ("a string missing from the catalog", UI + "RootView.swift", 'Text("Try again")',
     'Text("Try again now")', '"Try again now" is not in Localizable.xcstrings'),
    ("words in Text(verbatim:)", UI + "Blocks.swift", 'Text(verbatim: "•")',
     'Text(verbatim: "Step")', "Text(verbatim:) with words of its own"),
]


def run_api(root):
    kit = root / KIT
    ui = [root / "ios/App/OpenLineApp.swift"] + sorted((kit / "Sources/OpenLineUI").glob("*.swift"))
    tests = sorted((kit / "Tests/OpenLineUITests").glob("*.swift"))
    args = ["--bindings", str(root / BINDINGS), "--catalog", str(root / CATALOG)]
    for path in ui:
        args += ["--ui", str(path)]
    args += [str(path) for path in tests]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = check_swift.command_api(args)
    return status, out.getvalue()


def run_parse(path, generated):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = check_swift.command_parse(["--generated", str(path)] if generated else [str(path)])
    return status, out.getvalue()


def copy_tree(repo, into):
    shutil.copytree(repo / "ios", into / "ios")


def main(repo):
    repo = Path(repo).resolve()
    failures = 0

    def report(ok, what, detail):
        nonlocal failures
        failures += 0 if ok else 1
        print(f"{'ok  ' if ok else 'FAIL'} self-test: {what}: {detail}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pristine = tmp / "pristine"
        copy_tree(repo, pristine)
        status, out = run_api(pristine)
        report(status == 0, "the unchanged shell passes", "api check clean" if status == 0 else out.strip().splitlines()[0])

        for what, file, old, new, expected in API_CASES:
            root = tmp / "case"
            if root.exists():
                shutil.rmtree(root)
            copy_tree(repo, root)
            target = root / file
            source = target.read_text()
            if old not in source:
                report(False, what, f"{file} no longer contains {old!r}: update selftest.py")
                continue
            target.write_text(source.replace(old, new, 1))
            status, out = run_api(root)
            caught = status == 1 and expected in out
            report(caught, what, f"caught ({expected})" if caught else f"not caught; wanted {expected!r}")

        # A deleted brace must fail the parse check, in shell code and in the bindings
        # (blanking the known false positives must not hide real breakage).
        for what, file, generated in (
            ("a deleted brace in shell code", UI + "Blocks.swift", False),
            ("a deleted brace in the bindings", BINDINGS, True),
        ):
            broken = tmp / Path(file).name
            source = (repo / file).read_text()
            cut = source.rindex("}", 0, len(source) // 2)
            broken.write_text(source[:cut] + source[cut + 1:])
            status, out = run_parse(broken, generated)
            report(status == 1, what, "parse check fails" if status == 1 else "parse check passed it")
        status, _ = run_parse(repo / BINDINGS, True)
        report(status == 0, "the bindings parse once blanked", "0 errors" if status == 0 else "errors remain")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
