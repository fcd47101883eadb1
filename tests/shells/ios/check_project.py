#!/usr/bin/env python3
"""Checks the iOS project's non-Swift pieces: privacy manifest, XcodeGen spec, Swift package
manifest, String Catalog, app icon and store listing.

    check_project.py REPO_ROOT

Prints one line per check; exits 1 if any fails.
"""
import json
import plistlib
import re
import struct
import sys
import zlib
from pathlib import Path

# Apple's required-reason API categories and their approved reasons (developer.apple.com,
# "Describing use of required reason API").
REASONS = {
    "NSPrivacyAccessedAPICategoryFileTimestamp": {"DDA9.1", "C617.1", "3B52.1", "0A2A.1"},
    "NSPrivacyAccessedAPICategorySystemBootTime": {"35F9.1", "8FFB.1", "3D61.1"},
    "NSPrivacyAccessedAPICategoryDiskSpace": {"85F4.1", "E174.1", "7D9E.1", "B728.1"},
    "NSPrivacyAccessedAPICategoryActiveKeyboards": {"3EC4.1", "54BD.1"},
    "NSPrivacyAccessedAPICategoryUserDefaults": {"CA92.1", "1C8F.1", "C56D.1", "AC6B.1"},
}

# App Store Connect limits, in characters.
LISTING_LIMITS = {"name.txt": 30, "subtitle.txt": 30, "keywords.txt": 100, "description.txt": 4000}


def check_privacy(ios):
    manifest = plistlib.loads((ios / "App/PrivacyInfo.xcprivacy").read_bytes())
    problems = []
    if manifest.get("NSPrivacyTracking") is not False:
        problems.append("NSPrivacyTracking must be false")
    if manifest.get("NSPrivacyTrackingDomains") != []:
        problems.append("NSPrivacyTrackingDomains must be empty")
    if manifest.get("NSPrivacyCollectedDataTypes") != []:
        problems.append("NSPrivacyCollectedDataTypes must be empty: the app collects nothing")
    declared = []
    for entry in manifest.get("NSPrivacyAccessedAPITypes", []):
        category = entry.get("NSPrivacyAccessedAPIType")
        reasons = entry.get("NSPrivacyAccessedAPITypeReasons", [])
        if category not in REASONS:
            problems.append(f"unknown API category {category}")
        elif not reasons or not set(reasons) <= REASONS[category]:
            problems.append(f"{category}: reasons {reasons} are not approved ones")
        declared.append(f"{category.replace('NSPrivacyAccessedAPICategory', '')} {'/'.join(reasons)}")
    # The shell itself must not use UserDefaults (or @AppStorage) without declaring it.
    swift = "\n".join(p.read_text() for p in ios.rglob("*.swift") if "OpenLineCore/" not in str(p))
    if re.search(r"\bUserDefaults\b|@AppStorage", swift) and not any("UserDefaults" in d for d in declared):
        problems.append("the shell uses UserDefaults but the manifest doesn't declare it")
    return problems, f"no tracking, no collected data; declares {', '.join(declared) or 'no APIs'}"


def check_project_spec(ios):
    spec = (ios / "project.yml").read_text()
    problems = []
    wanted = {
        "the openline URL scheme": r"CFBundleURLSchemes:\s*\[openline\]",
        "iOS 16 deployment target": r'iOS:\s*"16\.0"',
        "the OpenLineKit package": r"packages:\s*\n\s+OpenLineKit:\s*\n\s+path:\s*OpenLineKit",
        "the OpenLineUI product": r"package:\s*OpenLineKit\s*\n\s+product:\s*OpenLineUI",
        "complete data protection": r"com\.apple\.developer\.default-data-protection:\s*NSFileProtectionComplete",
        "the app icon": r"ASSETCATALOG_COMPILER_APPICON_NAME:\s*AppIcon",
        "the package tests in the scheme": r"package:\s*OpenLineKit/OpenLineUITests",
    }
    for what, pattern in wanted.items():
        if not re.search(pattern, spec):
            problems.append(f"project.yml lacks {what}")
    return problems, "URL scheme, iOS 16, package, data protection, icon, tests"


def check_package(ios):
    manifest = (ios / "OpenLineKit/Package.swift").read_text()
    problems = []
    if not manifest.startswith("// swift-tools-version: 5.10"):
        problems.append("Package.swift must start with swift-tools-version 5.10")
    for what, pattern in {
        "iOS 16": r"platforms:\s*\[\.iOS\(\.v16\)\]",
        "the XCFramework binary target": r'\.binaryTarget\(\s*name:\s*"OpenLineCoreFFI",\s*path:\s*"Frameworks/OpenLineCoreFFI\.xcframework"',
        "the bindings target": r'\.target\(\s*name:\s*"OpenLineCore",\s*dependencies:\s*\["OpenLineCoreFFI"\]',
        "the renderer target": r'\.target\(\s*name:\s*"OpenLineUI",\s*dependencies:\s*\["OpenLineCore"\]',
        "the test target": r'\.testTarget\(\s*name:\s*"OpenLineUITests"',
        # The core uses the system SQLite on Apple platforms; a static library can't say so.
        "the system SQLite": r'\.linkedLibrary\("sqlite3"\)',
    }.items():
        if not re.search(pattern, manifest):
            problems.append(f"Package.swift lacks {what}")
    modulemap = (ios / "OpenLineKit/FFI/OpenLineCoreFFI.modulemap").read_text()
    if "module OpenLineCoreFFI" not in modulemap:
        problems.append("the module map doesn't define OpenLineCoreFFI, which the bindings import")
    return problems, "tools 5.10, iOS 16, binary + bindings + renderer + tests targets, system SQLite"


def check_catalog(ios):
    catalog = json.loads((ios / "App/Localizable.xcstrings").read_text())
    problems = []
    if catalog.get("sourceLanguage") != "en":
        problems.append("the String Catalog's source language must be en")
    strings = catalog.get("strings", {})
    for key, entry in strings.items():
        value = entry.get("localizations", {}).get("en", {}).get("stringUnit", {}).get("value")
        if not value:
            problems.append(f"\"{key}\" has no English value")
        if not entry.get("comment"):
            problems.append(f"\"{key}\" has no comment for translators")
    if len(strings) > 20:
        problems.append(f"{len(strings)} shell strings: text belongs in the core, not the shell")
    return problems, f"{len(strings)} shell strings, each with an English value and a comment"


def png_info(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    chunks, offset = [], 8
    while offset < len(data):
        length = struct.unpack(">I", data[offset:offset + 4])[0]
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        crc = struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return None
        chunks.append(kind)
        offset += 12 + length
    return width, height, depth, colour, chunks


def check_icon(ios):
    iconset = ios / "App/Assets.xcassets/AppIcon.appiconset"
    contents = json.loads((iconset / "Contents.json").read_text())
    problems = []
    images = contents.get("images", [])
    if not images or images[0].get("size") != "1024x1024":
        problems.append("the app icon set must hold one 1024x1024 image")
        return problems, ""
    data = (iconset / images[0]["filename"]).read_bytes()
    info = png_info(data)
    if info is None:
        problems.append("the app icon is not a valid PNG")
        return problems, ""
    width, height, depth, colour, chunks = info
    if (width, height) != (1024, 1024):
        problems.append(f"the app icon is {width}x{height}, not 1024x1024")
    if colour in (4, 6) or b"tRNS" in chunks:
        problems.append("the app icon has transparency, which the App Store refuses")
    if len(data) > 200_000:
        problems.append(f"the app icon is {len(data)} bytes: larger than it needs to be")
    return problems, f"1024x1024, opaque, {len(data)} bytes"


def check_listing(ios):
    folder = ios / "fastlane/metadata/en-GB"
    problems = []
    sizes = []
    for name, limit in LISTING_LIMITS.items():
        path = folder / name
        if not path.exists():
            problems.append(f"missing {path.relative_to(ios.parent)}")
            continue
        content = path.read_text().strip()
        if not content:
            problems.append(f"{name} is empty")
        if len(content) > limit:
            problems.append(f"{name} is {len(content)} characters; the limit is {limit}")
        sizes.append(f"{name.split('.')[0]} {len(content)}/{limit}")
    keywords = (folder / "keywords.txt").read_text().strip() if (folder / "keywords.txt").exists() else ""
    if ", " in keywords:
        problems.append("keywords.txt: separate keywords with commas only, no spaces")
    return problems, ", ".join(sizes)


def main(repo):
    ios = Path(repo).resolve() / "ios"
    failures = 0
    for name, check in (
        ("privacy manifest", check_privacy),
        ("XcodeGen project", check_project_spec),
        ("Swift package", check_package),
        ("String Catalog", check_catalog),
        ("app icon", check_icon),
        ("store listing", check_listing),
    ):
        try:
            problems, summary = check(ios)
        except (OSError, ValueError, KeyError) as error:
            problems, summary = [f"{type(error).__name__}: {error}"], ""
        if problems:
            failures += 1
            print(f"FAIL {name}:")
            for problem in problems:
                print(f"    {problem}")
        else:
            print(f"ok   {name}: {summary}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
