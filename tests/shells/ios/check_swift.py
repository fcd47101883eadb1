#!/usr/bin/env python3
"""Checks that stand in for a Swift compiler for the iOS shell (no Swift toolchain runs here).

    check_swift.py parse [--generated FILE]... FILE...
    check_swift.py api --bindings OpenLineCore.swift [--catalog Localizable.xcstrings]
                       [--ui FILE]... FILE...

parse: every file parses with tree-sitter-swift with no ERROR or MISSING node. Files given with
  --generated (the uniffi bindings) first have two known false positives blanked, keeping line
  and column numbers: an attribute alone inside `#if swift(>=5.8)` ... `#endif`, and `{ () }`.

api: cross-checks the shell's Swift against the generated bindings, through the syntax trees:
  - names: every type the shell names is declared by the bindings, by the shell itself, or is a
    platform type listed below; every member, method, initialiser and enum case the shell uses
    on a value of a core type exists in the bindings, with the argument labels it declares
    (types are followed through parameters, properties, `let`s, closures, `if let`, pattern
    bindings and member chains, as far as they are written down);
  - coverage: every `switch` over a core enum names all its cases and has no `default`, and
    the renderer (--ui files) has such a switch over Block and over Action;
  - strings: in --ui files, every literal shown to the user is a key of the String Catalog,
    every key is used, and `Text(verbatim:)` literals hold no words of their own.
Exit status 1 on any failure; the last line is a summary.
"""
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tree_sitter as ts
import tree_sitter_swift as tss

PARSER = ts.Parser(ts.Language(tss.language()))

# Platform types the shell may name: Swift, Foundation, SwiftUI, UIKit, XCTest. A name that is
# in none of the bindings, the shell or this list fails the check, so a misspelt core type can't
# pass for a platform one. Add to it only names that really exist on iOS 16.
PLATFORM_TYPES = set("""
    Any AnyObject Array Bool Character CGFloat Dictionary Double Error Float Int Int32 Int64
    Never Optional Result Self Sendable Set String Substring UInt UInt32 UInt64 Void Equatable
    Hashable Identifiable Comparable CaseIterable Codable Swift Foundation SwiftUI UIKit
    URL URLComponents URLResourceValues FileManager FileAttributeKey FileProtectionType
    Bundle CharacterSet Locale Task UUID CocoaError Data Date MainActor
    ObservableObject Published StateObject State Environment EnvironmentObject Binding View App
    Scene WindowGroup NavigationStack ScrollView VStack HStack LazyVStack ForEach Text Image Button
    ShareLink ProgressView Spacer Divider DisclosureGroup RoundedRectangle Capsule Rectangle Color
    Label Group ViewBuilder UIPasteboard UIAccessibility UIColor Font
    TimeZone ISO8601DateFormatter ScenePhase ToolbarItem EnvironmentKey EnvironmentValues
    XCTestCase XCTest
    UserNotifications UNUserNotificationCenter UNMutableNotificationContent
    UNTimeIntervalNotificationTrigger UNNotificationRequest TimeInterval
""".split())

# Free functions with capitalised names (XCTest's assertions), which are not types.
PLATFORM_FUNCTIONS = set("""
    XCTAssert XCTAssertEqual XCTAssertNotEqual XCTAssertTrue XCTAssertFalse XCTAssertNil
    XCTAssertNotNil XCTAssertThrowsError XCTAssertNoThrow XCTAssertGreaterThan
    XCTAssertGreaterThanOrEqual XCTAssertLessThan XCTAssertLessThanOrEqual XCTUnwrap XCTFail
""".split())

# Members every value has through the standard protocols the generated types adopt.
UNIVERSAL_MEMBERS = {"hashValue", "hash", "self", "localizedDescription"}

# Calls whose first unlabelled string literal is a LocalizedStringKey (or `localized:` label).
LOCALIZING_CALLS = {"Text", "Button", "Label", "Toggle", "Link", "Section", "LocalizedStringKey"}
LOCALIZING_MODIFIERS = {
    "alert", "navigationTitle", "accessibilityLabel", "accessibilityHint", "accessibilityValue",
    "confirmationDialog", "help",
}
# Closures whose parameter is an element of the collection passed first (or the receiver).
ELEMENT_CLOSURE_CALLS = {"ForEach", "List"}
ELEMENT_CLOSURE_METHODS = {
    "map", "flatMap", "compactMap", "filter", "forEach", "first", "contains", "allSatisfy",
    "sorted", "min", "max", "drop", "prefix",
}


# ---------------------------------------------------------------------------------- syntax

def text(node, src):
    return src[node.start_byte:node.end_byte].decode()


def kids(node):
    return node.children


def named(node, kind):
    return [c for c in node.children if c.type == kind]


def field_children(node, name):
    return [c for i, c in enumerate(node.children) if node.field_name_for_child(i) == name]


def position(node):
    return f"{node.start_point[0] + 1}:{node.start_point[1] + 1}"


def walk(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


TYPE_NODES = {
    "user_type", "optional_type", "array_type", "dictionary_type", "function_type", "tuple_type",
    "opaque_type", "existential_type", "metatype", "type_modifiers",
}


def type_string(node, src):
    """A type as compact text: `[StepItem]`, `String?`, `(Action,ActionOrigin)->Void`."""
    raw = text(node, src)
    raw = re.sub(r"@\w+(\([^)]*\))?", "", raw)
    raw = re.sub(r"\b(some|any|inout|__owned)\b", "", raw)
    return re.sub(r"\s+", "", raw)


def unwrap(t):
    """The type without optionality: `String?` -> `String`, `(()->Void)?` -> `()->Void`."""
    if t is None:
        return None
    while t.endswith("?") or t.endswith("!"):
        t = t[:-1]
        if t.startswith("(") and matching_paren(t, 0) == len(t) - 1 and "->" in t:
            t = t[1:-1]
    return t


def matching_paren(t, start):
    depth = 0
    for i in range(start, len(t)):
        if t[i] in "([<":
            depth += 1
        elif t[i] in ")]>":
            depth -= 1
            if depth == 0:
                return i
    return -1


def split_top(t, sep=","):
    parts, depth, current = [], 0, ""
    for ch in t:
        if ch in "([<":
            depth += 1
        elif ch in ")]>":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def element_of(t):
    """The element type of an array or set type, else None."""
    t = unwrap(t)
    if t is None:
        return None
    if t.startswith("[") and t.endswith("]") and matching_paren(t, 0) == len(t) - 1:
        inner = t[1:-1]
        if len(split_top(inner, ":")) == 1:
            return inner
    m = re.fullmatch(r"(?:Array|Set|ArraySlice)<(.+)>", t)
    return m.group(1) if m else None


def function_parts(t):
    """`(A,B)->R` -> ([A, B], R); None if not a function type."""
    t = unwrap(t)
    if not t or not t.startswith("("):
        return None
    close = matching_paren(t, 0)
    rest = t[close + 1:]
    rest = re.sub(r"^(async)?(throws)?", "", rest)
    if not rest.startswith("->"):
        return None
    params = [p.split(":")[-1] for p in split_top(t[1:close])]
    return params, rest[2:]


def tuple_member(t, label):
    t = unwrap(t)
    if not t or not t.startswith("(") or matching_paren(t, 0) != len(t) - 1:
        return None
    for part in split_top(t[1:-1]):
        name, _, kind = part.partition(":")
        if kind and name == label:
            return kind
    return None


# ------------------------------------------------------------------------------- declarations

@dataclass
class Callable:
    labels: list
    types: list
    defaults: list
    returns: str = None
    static: bool = False

    def accepts(self, given):
        """Whether a call with these argument labels fits, skipping defaulted parameters."""
        i = 0
        for label, has_default in zip(self.labels, self.defaults):
            if i < len(given) and given[i] == label:
                i += 1
            elif not has_default:
                return False
        return i == len(given)

    def signature(self, name):
        return f"{name}(" + "".join(f"{label or '_'}:" for label in self.labels) + ")"


@dataclass
class TypeInfo:
    name: str
    kind: str
    origin: str
    properties: dict = field(default_factory=dict)
    methods: dict = field(default_factory=dict)
    inits: list = field(default_factory=list)
    cases: dict = field(default_factory=dict)
    extended_by_shell: set = field(default_factory=set)

    def has_member(self, name):
        return (
            name in self.properties or name in self.methods or name in self.cases
            or name in UNIVERSAL_MEMBERS
        )


def is_public(decl, src):
    for mods in named(decl, "modifiers"):
        for mod in named(mods, "visibility_modifier"):
            if text(mod, src).split("(")[0] in ("public", "open"):
                return True
    return False


def is_static(decl, src):
    return any(
        text(m, src) in ("static", "class")
        for mods in named(decl, "modifiers") for m in mods.children
    )


def decl_name(decl, src):
    for child in field_children(decl, "name"):
        if child.type in ("type_identifier", "simple_identifier"):
            return text(child, src).strip("`")
        if child.type == "user_type":
            return text(child, src).split(".")[-1].split("<")[0]
    return None


def decl_kind(decl, src):
    kinds = field_children(decl, "declaration_kind")
    return text(kinds[0], src) if kinds else decl.type.replace("_declaration", "")


def parameters_of(decl, src):
    """Labels, types and defaults of a function or initialiser's parameters."""
    labels, types, defaults = [], [], []
    children = decl.children
    for i, child in enumerate(children):
        if child.type != "parameter":
            continue
        external = field_children(child, "external_name")
        names = [c for c in field_children(child, "name") if c.type == "simple_identifier"]
        kind = [c for c in child.children if c.type in TYPE_NODES and c.type != "type_modifiers"]
        label = text(external[0], src) if external else (text(names[0], src) if names else None)
        labels.append(None if label == "_" else label)
        types.append(type_string(kind[-1], src) if kind else None)
        defaults.append(i + 1 < len(children) and children[i + 1].type == "=")
    return labels, types, defaults


def internal_parameter_names(decl, src):
    result = {}
    for child in named(decl, "parameter"):
        names = [c for c in field_children(child, "name") if c.type == "simple_identifier"]
        kind = [c for c in child.children if c.type in TYPE_NODES and c.type != "type_modifiers"]
        if names:
            result[text(names[-1], src)] = type_string(kind[-1], src) if kind else None
    return result


def return_type(decl, src):
    arrow = False
    for child in decl.children:
        if child.type == "->":
            arrow = True
        elif arrow and child.type in TYPE_NODES:
            return type_string(child, src)
    return None


def property_type(decl, src):
    for annotation in named(decl, "type_annotation"):
        kind = [c for c in annotation.children if c.type in TYPE_NODES]
        if kind:
            return type_string(kind[-1], src)
    return None


def property_names(decl, src):
    return [
        text(c, src)
        for pattern in named(decl, "pattern")
        for c in field_children(pattern, "bound_identifier")
    ]


def enum_case_values(entry, src):
    """[(label, type)] of each case declared by an enum_entry: {name: values}."""
    cases = {}
    current = None
    for i, child in enumerate(entry.children):
        fname = entry.field_name_for_child(i)
        if fname == "name":
            current = text(child, src)
            cases[current] = []
        elif fname == "data_contents" and current:
            label = None
            for part in child.children:
                if part.type == "simple_identifier":
                    label = text(part, src)
                elif part.type in TYPE_NODES:
                    cases[current].append((label, type_string(part, src)))
                    label = None
    return cases


class Registry:
    """Types declared by the bindings (origin "core") and by the shell (origin "shell")."""

    def __init__(self):
        self.types = {}
        self.aliases = {}

    def core(self, name):
        info = self.types.get(name)
        return info if info and info.origin == "core" else None

    def add_file(self, tree, src, origin):
        for node in walk(tree.root_node):
            if node.type == "typealias_declaration":
                name = decl_name(node, src)
                after = node.children[[c.type for c in node.children].index("=") + 1:]
                self.aliases[name] = "".join(type_string(c, src) for c in after)
            elif node.type in ("class_declaration", "protocol_declaration"):
                self.add_declaration(node, src, origin)

    def add_declaration(self, decl, src, origin):
        kind = decl_kind(decl, src)
        name = decl_name(decl, src)
        if name is None:
            return
        if origin == "core" and kind != "extension" and not is_public(decl, src):
            return
        existing = self.types.get(name)
        if kind == "extension":
            if existing is None:
                existing = self.types[name] = TypeInfo(name, "extension", origin)
            info = existing
        else:
            if existing is not None and existing.kind != "extension":
                return
            info = TypeInfo(name, kind, origin)
            if existing is not None:
                info.properties.update(existing.properties)
                info.methods.update(existing.methods)
                info.extended_by_shell |= existing.extended_by_shell
            self.types[name] = info
        body = [c for c in decl.children if c.type in ("class_body", "enum_class_body", "protocol_body")]
        if not body:
            return
        public_only = origin == "core" and kind not in ("protocol",)
        for member in body[0].children:
            if public_only and member.type in ("property_declaration", "function_declaration", "init_declaration") and not is_public(member, src):
                continue
            added = self.add_member(info, member, src)
            if origin == "shell" and info.origin == "core":
                info.extended_by_shell |= added

    def add_member(self, info, member, src):
        added = set()
        if member.type in ("property_declaration", "protocol_property_declaration"):
            for name in property_names(member, src):
                info.properties[name] = property_type(member, src) or self.infer_literal_type(member, src)
                added.add(name)
        elif member.type in ("function_declaration", "protocol_function_declaration"):
            name = decl_name(member, src)
            labels, types, defaults = parameters_of(member, src)
            info.methods.setdefault(name, []).append(
                Callable(labels, types, defaults, return_type(member, src), is_static(member, src))
            )
            added.add(name)
        elif member.type == "init_declaration":
            labels, types, defaults = parameters_of(member, src)
            info.inits.append(Callable(labels, types, defaults, info.name))
        elif member.type == "enum_entry":
            cases = enum_case_values(member, src)
            info.cases.update(cases)
            added |= set(cases)
        return added

    @staticmethod
    def infer_literal_type(decl, src):
        for value in field_children(decl, "value"):
            if value.type == "call_expression" and value.children[0].type == "simple_identifier":
                callee = text(value.children[0], src)
                if callee[:1].isupper():
                    return callee
        return None

    def resolve(self, t):
        seen = 0
        while t in self.aliases and seen < 10:
            t = self.aliases[t]
            seen += 1
        return t


# ------------------------------------------------------------------------------- the checker

@dataclass
class Finding:
    path: str
    where: str
    message: str

    def __str__(self):
        return f"{self.path}:{self.where}: {self.message}"


class ShellFile:
    """Resolves the types of expressions in one shell file, as far as they are written down,
    and records every use of a core name."""

    def __init__(self, path, registry, display):
        self.path = path
        self.display = display
        self.src = Path(path).read_bytes()
        self.tree = PARSER.parse(self.src)
        self.registry = registry
        self.findings = []
        self.checked = {"type": 0, "member": 0, "call": 0, "case": 0}
        self.switches = []  # (enum, covered cases, has default, node)
        self._types = {}
        self.unresolved = []  # (node, member) whose owner's type is not written down

    def fail(self, node, message):
        self.findings.append(Finding(self.display, position(node), message))

    # ---- scopes

    def enclosing_type(self, node):
        parent = node.parent
        while parent is not None:
            if parent.type in ("class_declaration", "protocol_declaration"):
                return decl_name(parent, self.src)
            parent = parent.parent
        return None

    def lookup(self, name, node):
        """The declared (or inferred) type of a name, looking outwards from `node`."""
        child, parent = node, node.parent
        while parent is not None:
            kind = parent.type
            if kind in ("function_declaration", "init_declaration"):
                params = internal_parameter_names(parent, self.src)
                if name in params:
                    return params[name]
            elif kind == "lambda_literal":
                found, t = self.lambda_parameter(parent, name)
                if found:
                    return t
            elif kind == "statements":
                for statement in parent.children:
                    if statement.start_byte >= child.start_byte:
                        break
                    if statement.type == "property_declaration" and name in property_names(statement, self.src):
                        return self.declared_type(statement)
                    if statement.type == "guard_statement":
                        bindings = self.condition_bindings(statement, None)
                        if name in bindings:
                            return bindings[name]
            elif kind in ("if_statement", "while_statement", "guard_statement"):
                bindings = self.condition_bindings(parent, child)
                if name in bindings:
                    return bindings[name]
            elif kind == "switch_entry":
                bindings = self.switch_entry_bindings(parent)
                if name in bindings:
                    return bindings[name]
            elif kind == "for_statement":
                bindings = self.for_bindings(parent)
                if name in bindings:
                    return bindings[name]
            elif kind == "catch_block" and name == "error":
                return "Error"
            elif kind in ("class_body", "enum_class_body", "protocol_body"):
                owner = decl_name(parent.parent, self.src)
                info = self.registry.types.get(owner)
                if info and name in info.properties:
                    return info.properties[name]
            elif kind == "source_file":
                for statement in parent.children:
                    if statement.type == "property_declaration" and name in property_names(statement, self.src):
                        return self.declared_type(statement)
            child, parent = parent, parent.parent
        return None

    def declared_type(self, decl):
        annotated = property_type(decl, self.src)
        if annotated:
            return annotated
        values = field_children(decl, "value")
        return self.type_of(values[0]) if values else None

    def lambda_parameter(self, lam, name):
        """(found, type) for a closure parameter, inferring it from ForEach/map and friends."""
        for ftype in named(lam, "lambda_function_type"):
            for params in named(ftype, "lambda_function_type_parameters"):
                for index, param in enumerate(named(params, "lambda_parameter")):
                    names = [c for c in param.children if c.type == "simple_identifier"]
                    kinds = [c for c in param.children if c.type in TYPE_NODES]
                    if not names or text(names[-1], self.src) != name:
                        continue
                    if kinds:
                        return True, type_string(kinds[-1], self.src)
                    return True, (self.closure_element(lam) if index == 0 else None)
        return False, None

    def closure_element(self, lam):
        """The element type a trailing closure of ForEach(xs)/xs.map receives."""
        suffix = lam.parent
        if suffix is None or suffix.type != "call_suffix":
            return None
        call = suffix.parent
        callee = call.children[0]
        if callee.type == "simple_identifier" and text(callee, self.src) in ELEMENT_CLOSURE_CALLS:
            args = self.arguments(call)
            if args and args[0][0] is None:
                return element_of(self.type_of(args[0][1]))
        if callee.type == "navigation_expression":
            suffix_name = self.suffix_name(callee)
            if suffix_name in ELEMENT_CLOSURE_METHODS:
                return element_of(self.type_of(callee.children[0]))
        return None

    def condition_bindings(self, statement, before):
        """Names bound by `if let`, `guard let`, `while let` and `if case` clauses."""
        bindings = {}
        clause = []
        for i, child in enumerate(statement.children):
            if before is not None and child.start_byte >= before.start_byte:
                break
            fname = statement.field_name_for_child(i)
            if fname in ("condition", "bound_identifier") or child.type in ("=", ",", "case"):
                if child.type == ",":
                    self.bind_clause(clause, bindings)
                    clause = []
                else:
                    clause.append((fname, child))
            elif child.type in ("statements", "else", "{"):
                break
        self.bind_clause(clause, bindings)
        return bindings

    def bind_clause(self, clause, bindings):
        if not clause:
            return
        kinds = [c.type for _, c in clause]
        if "case" in kinds:
            if "=" not in kinds:
                return
            eq = kinds.index("=")
            subject = unwrap(self.type_of(clause[-1][1])) if eq + 1 < len(clause) else None
            case_name = None
            patterns = []
            for _, node in clause[:eq]:
                if node.type == "simple_identifier" and case_name is None:
                    case_name = node
                elif node.type == "pattern":
                    patterns.append(node)
            if case_name is not None:
                bindings.update(self.case_pattern(subject, case_name, patterns, None))
            return
        if kinds and kinds[0] == "value_binding_pattern":
            names = [n for f, n in clause if f == "bound_identifier"]
            if not names:
                return
            name = text(names[0], self.src)
            if "=" in kinds:
                value = clause[kinds.index("=") + 1][1] if kinds.index("=") + 1 < len(clause) else None
                bindings[name] = unwrap(self.type_of(value)) if value is not None else None
            else:
                bindings[name] = unwrap(self.lookup(name, clause[0][1]))

    def switch_entry_bindings(self, entry):
        switch = entry.parent
        subject = self.switch_subject_type(switch)
        bindings = {}
        for pattern_holder in named(entry, "switch_pattern"):
            for pattern in named(pattern_holder, "pattern"):
                parsed = self.enum_pattern(pattern)
                if parsed:
                    case_node, subpatterns, labels = parsed
                    bindings.update(self.case_pattern(subject, case_node, subpatterns, labels, check=False))
        return bindings

    def for_bindings(self, statement):
        items = field_children(statement, "item")
        collections = field_children(statement, "collection")
        if not items or not collections:
            return {}
        element = element_of(self.type_of(collections[0]))
        pattern = items[0]
        parsed = self.enum_pattern(pattern)
        if parsed:
            case_node, subpatterns, labels = parsed
            return self.case_pattern(unwrap(element), case_node, subpatterns, labels, check=False)
        names = [text(c, self.src) for c in field_children(pattern, "bound_identifier")]
        names += [text(c, self.src) for c in pattern.children if c.type == "simple_identifier"]
        return {name: element for name in names}

    def enum_pattern(self, pattern):
        """(case name node, sub-patterns, labels) for `.name(...)` patterns, else None."""
        children = pattern.children
        types = [c.type for c in children]
        if "." not in types:
            if len(children) == 1 and children[0].type == "simple_identifier" and pattern.parent.type == "switch_pattern":
                return children[0], [], []
            return None
        dot = types.index(".")
        if dot + 1 >= len(children) or children[dot + 1].type != "simple_identifier":
            return None
        subpatterns, labels, label = [], [], None
        for child in children[dot + 2:]:
            if child.type == "simple_identifier":
                label = text(child, self.src)
            elif child.type == "pattern":
                subpatterns.append(child)
                labels.append(label)
                label = None
        return children[dot + 1], subpatterns, labels

    def case_pattern(self, subject, case_node, subpatterns, labels, check=True):
        """Bindings of a `.case(let a, let b)` pattern; checks it against the core enum."""
        bindings = {}
        info = self.registry.core(unwrap(subject)) if subject else None
        case_name = text(case_node, self.src)
        values = None
        if info is not None:
            if case_name not in info.cases:
                if check:
                    self.fail(case_node, f"{info.name} has no case '{case_name}'")
                return {}
            values = info.cases[case_name]
            if check:
                self.checked["case"] += 1
                if subpatterns and len(subpatterns) != len(values):
                    self.fail(case_node, f"{info.name}.{case_name} has {len(values)} associated values, the pattern binds {len(subpatterns)}")
                for given, (label, _) in zip(labels or [], values):
                    if given is not None and given != label:
                        self.fail(case_node, f"{info.name}.{case_name} has no associated value '{given}' there (expected '{label}')")
        for index, sub in enumerate(subpatterns):
            names = [c for c in field_children(sub, "bound_identifier")]
            names += [c for c in sub.children if c.type == "simple_identifier"]
            for name in names:
                value_type = values[index][1] if values and index < len(values) else None
                bindings[text(name, self.src)] = value_type
        return bindings

    def switch_subject_type(self, switch):
        subject = field_children(switch, "expr")
        return unwrap(self.type_of(subject[0])) if subject else None

    # ---- expressions

    def suffix_name(self, navigation):
        for suffix in named(navigation, "navigation_suffix"):
            for part in suffix.children:
                if part.type in ("simple_identifier", "integer_literal"):
                    return text(part, self.src)
        return None

    def arguments(self, call):
        """[(label or None, value node)] of a call's parenthesised arguments."""
        result = []
        for suffix in named(call, "call_suffix"):
            for args in named(suffix, "value_arguments"):
                if args.children and args.children[0].type == "[":
                    return None
                for arg in named(args, "value_argument"):
                    label = named(arg, "value_argument_label")
                    values = field_children(arg, "value")
                    if values:
                        result.append((text(label[0], self.src) if label else None, values[0]))
        return result

    def is_type_name(self, name):
        return name in self.registry.types or name in self.registry.aliases or name in PLATFORM_TYPES

    def type_of(self, node):
        if node is None:
            return None
        key = (node.start_byte, node.end_byte, node.type)
        if key not in self._types:
            self._types[key] = None  # guards against cycles
            self._types[key] = self._type_of(node)
        return self._types[key]

    def _type_of(self, node):
        kind = node.type
        src = self.src
        if kind == "simple_identifier":
            name = text(node, src)
            found = self.lookup(name, node)
            if found is not None:
                return self.registry.resolve(found)
            if name == "Self":
                owner = self.enclosing_type(node)
                return "meta:" + owner if owner else None
            if name[:1].isupper() and self.is_type_name(name):
                return "meta:" + name
            return None
        if kind == "self_expression":
            owner = self.enclosing_type(node)
            return owner
        if kind in ("try_expression", "await_expression"):
            inner = field_children(node, "expr")
            return self.type_of(inner[0]) if inner else None
        if kind == "as_expression":
            target = [c for c in node.children if c.type in TYPE_NODES]
            if target:
                optional = any(text(c, src).endswith("?") for c in named(node, "as_operator"))
                return type_string(target[-1], src) + ("?" if optional else "")
            return None
        if kind == "line_string_literal" or kind == "multi_line_string_literal":
            return "String"
        if kind == "integer_literal":
            return "Int"
        if kind == "boolean_literal":
            return "Bool"
        if kind == "navigation_expression":
            return self.member_type(node)
        if kind == "call_expression":
            return self.call_type(node)
        if kind == "nil_coalescing_expression":
            return unwrap(self.type_of(node.children[0]))
        if kind == "postfix_expression" and node.children and node.children[-1].type == "bang":
            return unwrap(self.type_of(node.children[0]))
        if kind == "tuple_expression" and len(named(node, "simple_identifier")) == 0:
            values = field_children(node, "value")
            return self.type_of(values[0]) if len(values) == 1 else None
        return None

    def member_lookup(self, owner, member, node, report=True):
        """The type of `owner.member`; reports a member a core type doesn't have."""
        if owner is None:
            return None
        meta = owner.startswith("meta:")
        base = owner[5:] if meta else unwrap(self.registry.resolve(owner))
        if base is None:
            return None
        info = self.registry.types.get(base)
        if info is None:
            tuple_t = tuple_member(base, member)
            if tuple_t:
                return tuple_t
            if member in ("first", "last") and element_of(base):
                return element_of(base) + "?"
            return None
        if info.origin == "core" and report:
            self.checked["member"] += 1
            if not info.has_member(member) and not (meta and self.registry.types.get(member)):
                self.fail(node, f"{base} has no member '{member}'")
                return None
        if member in info.properties:
            return info.properties[member]
        if member in info.cases:
            return base
        return None

    def member_type(self, navigation):
        target = navigation.children[0]
        member = self.suffix_name(navigation)
        if member is None:
            return None
        if target.type == "key_path_expression":
            return None
        owner = self.type_of(target)
        if owner is None:
            self.unresolved.append((navigation, member))
        return self.member_lookup(owner, member, navigation)

    def call_type(self, call):
        callee = call.children[0]
        args = self.arguments(call)
        if args is None:  # subscript
            return element_of(self.type_of(callee))
        labels = [label for label, _ in args]
        if callee.type == "simple_identifier":
            name = text(callee, self.src)
            if name == "XCTUnwrap" and args:
                return unwrap(self.type_of(args[0][1]))
            local = self.lookup(name, callee)
            if local is not None:
                parts = function_parts(self.registry.resolve(local))
                if parts:
                    self.expect_arguments(args, parts[0], None)
                    return parts[1]
                return None
            if name[:1].isupper():
                info = self.registry.types.get(name)
                if info is not None and info.origin == "core":
                    self.check_initialiser(info, call, labels, args)
                return name if self.is_type_name(name) else None
            owner = self.enclosing_type(call)
            info = self.registry.types.get(owner) if owner else None
            if info and name in info.methods:
                return info.methods[name][0].returns
            return None
        if callee.type == "navigation_expression":
            member = self.suffix_name(callee)
            owner = self.type_of(callee.children[0]) if callee.children[0].type != "key_path_expression" else None
            return self.method_call(owner, member, callee, call, labels, args)
        if callee.type == "prefix_expression":
            return None  # implicit member: checked where the expected type is known
        return None

    def method_call(self, owner, member, node, call, labels, args):
        if owner is None or member is None:
            return None
        meta = owner.startswith("meta:")
        base = owner[5:] if meta else unwrap(self.registry.resolve(owner))
        info = self.registry.types.get(base)
        if info is None:
            if member in ELEMENT_CLOSURE_METHODS and member in ("first", "min", "max"):
                return (element_of(base) or "") + "?" if element_of(base) else None
            return None
        if member in info.cases:
            self.check_case_call(info, member, node, labels, args)
            return base
        if member in info.methods:
            candidates = info.methods[member]
            if info.origin == "core":
                self.checked["call"] += 1
                fitting = [c for c in candidates if c.accepts(labels)]
                if not fitting:
                    wanted = " or ".join(c.signature(member) for c in candidates)
                    self.fail(node, f"{base}.{member} takes {wanted}, not {Callable(labels, [], []).signature(member)}")
                    return None
                self.expect_arguments(args, fitting[0].types, fitting[0].labels)
                return fitting[0].returns
            return candidates[0].returns
        if info.origin == "core":
            self.member_lookup(owner, member, node)
        return None

    def check_initialiser(self, info, call, labels, args):
        self.checked["call"] += 1
        if info.kind == "enum":
            self.fail(call, f"{info.name} is an enum: build it from a case, not {info.name}(...)")
            return
        fitting = [c for c in info.inits if c.accepts(labels)]
        if not fitting:
            wanted = " or ".join(c.signature("init") for c in info.inits) or "no public initialiser"
            self.fail(call, f"{info.name} takes {wanted}, not {Callable(labels, [], []).signature('init')}")
            return
        self.expect_arguments(args, fitting[0].types, fitting[0].labels)

    def check_case_call(self, info, case_name, node, labels, args):
        if info.origin != "core":
            return
        self.checked["case"] += 1
        values = info.cases.get(case_name)
        if values is None:
            self.fail(node, f"{info.name} has no case '{case_name}'")
            return
        expected = [label for label, _ in values]
        if labels != expected:
            shown = ", ".join(f"{label}:" for label in expected) or "no associated values"
            self.fail(node, f"{info.name}.{case_name} takes ({shown}), not ({', '.join(f'{l}:' for l in labels)})")
            return
        self.expect_arguments(args, [t for _, t in values], expected)

    def expect_arguments(self, args, types, param_labels):
        """Checks implicit members (`.case(...)`) passed where a core type is expected."""
        if args is None:
            return
        for index, (label, value) in enumerate(args):
            if param_labels is not None and label in param_labels:
                position_index = param_labels.index(label)
            else:
                position_index = index
            if position_index < len(types):
                self.check_implicit(value, types[position_index])

    def check_implicit(self, value, expected):
        """`.name` or `.name(args)` where a value of `expected` type is wanted."""
        if value is None or expected is None:
            return
        expected = unwrap(self.registry.resolve(expected))
        info = self.registry.core(expected)
        if info is None:
            return
        call = None
        if value.type == "call_expression" and value.children[0].type == "prefix_expression":
            call, value = value, value.children[0]
        if value.type != "prefix_expression" or not value.children or value.children[0].type != ".":
            return
        names = [c for c in value.children if c.type == "simple_identifier"]
        if not names:
            return
        name = text(names[0], self.src)
        if call is not None:
            args = self.arguments(call) or []
            if name in info.cases:
                self.check_case_call(info, name, value, [l for l, _ in args], args)
                return
        else:
            self.checked["case"] += 1
            if name in info.cases:
                if info.cases[name]:
                    self.fail(value, f"{info.name}.{name} needs its associated values")
                return
        if name not in info.methods:
            self.fail(value, f"{info.name} has no case or static member '{name}'")

    # ---- the walk

    def run(self):
        for node in walk(self.tree.root_node):
            kind = node.type
            if kind == "user_type":
                self.check_type_reference(node)
            elif kind == "simple_identifier":
                self.check_bare_type(node)
            elif kind == "navigation_expression":
                self.type_of(node)
                self.check_key_path(node)
            elif kind == "call_expression":
                self.type_of(node)
            elif kind == "switch_statement":
                self.check_switch(node)
            elif kind in ("if_statement", "guard_statement", "while_statement"):
                self.check_condition_patterns(node)
            elif kind == "for_statement":
                self.check_for_pattern(node)
            elif kind == "control_transfer_statement":
                self.check_return(node)
            elif kind == "property_declaration":
                self.check_property_value(node)
            elif kind == "assignment":
                self.check_assignment(node)
        return self

    def check_type_reference(self, node):
        first = named(node, "type_identifier")
        if not first:
            return
        parent = node.parent
        if parent is not None and parent.type == "class_declaration" and decl_kind(parent, self.src) == "extension":
            pass
        name = text(first[0], self.src)
        if name in ("async", "throws"):
            return
        if parent is not None and parent.type == "attribute" and not name[:1].isupper():
            return  # @main, @testable, @escaping: attributes, not types
        self.checked["type"] += 1
        if not self.is_type_name(name):
            self.fail(node, f"unknown type '{name}': not in the bindings, not declared by the shell, not a known platform type")

    def check_bare_type(self, node):
        """A capitalised name used as a value (`Config(...)`, `OpenLine.open`) must be a type."""
        name = text(node, self.src)
        if not name[:1].isupper() or name == "Self":
            return
        parent = node.parent
        if parent is None:
            return
        role = None
        if parent.type == "call_expression" and parent.children[0] == node:
            role = "callee"
        elif parent.type == "navigation_expression" and parent.children[0] == node:
            role = "target"
        if role is None:
            return
        if self.lookup(name, node) is not None or (role == "callee" and name in PLATFORM_FUNCTIONS):
            return
        self.checked["type"] += 1
        if not self.is_type_name(name):
            self.fail(node, f"unknown type '{name}': not in the bindings, not declared by the shell, not a known platform type")

    def check_key_path(self, node):
        """`\\.member` in ForEach(items, id: \\.member) against the element type."""
        target = node.children[0]
        if target.type != "key_path_expression" or target.named_child_count:
            return
        arg = node.parent
        if arg is None or arg.type != "value_argument":
            return
        call = arg.parent.parent.parent if arg.parent and arg.parent.parent else None
        if call is None or call.type != "call_expression":
            return
        args = self.arguments(call) or []
        if not args or args[0][0] is not None:
            return
        element = element_of(self.type_of(args[0][1]))
        if element:
            self.member_lookup(element, self.suffix_name(node), node)

    def check_switch(self, switch):
        subject = self.switch_subject_type(switch)
        info = self.registry.core(subject) if subject else None
        covered, has_default = set(), False
        for entry in named(switch, "switch_entry"):
            if named(entry, "default_keyword"):
                has_default = True
            for holder in named(entry, "switch_pattern"):
                for pattern in named(holder, "pattern"):
                    parsed = self.enum_pattern(pattern)
                    if parsed is None:
                        continue
                    case_node, subpatterns, labels = parsed
                    if info is not None:
                        self.case_pattern(subject, case_node, subpatterns, labels, check=True)
                    covered.add(text(case_node, self.src))
        if info is None or info.kind != "enum":
            return
        self.switches.append((info.name, covered, has_default, switch))
        missing = [c for c in info.cases if c not in covered]
        if has_default:
            self.fail(switch, f"switch over {info.name} has a default: name every case, so a new one can't slip past")
        if missing:
            self.fail(switch, f"switch over {info.name} misses {', '.join(missing)}")

    def check_condition_patterns(self, statement):
        clause = []
        for i, child in enumerate(statement.children):
            if child.type in ("statements", "else", "{"):
                break
            if child.type == ",":
                self.check_case_clause(clause)
                clause = []
            else:
                clause.append(child)
        self.check_case_clause(clause)

    def check_case_clause(self, clause):
        kinds = [c.type for c in clause]
        if "case" not in kinds or "=" not in kinds:
            return
        eq = kinds.index("=")
        subject = unwrap(self.type_of(clause[eq + 1])) if eq + 1 < len(clause) else None
        case_node = next((c for c in clause[:eq] if c.type == "simple_identifier"), None)
        patterns = [c for c in clause[:eq] if c.type == "pattern"]
        if case_node is not None:
            self.case_pattern(subject, case_node, patterns, None, check=True)

    def check_for_pattern(self, statement):
        items = field_children(statement, "item")
        collections = field_children(statement, "collection")
        if not items or not collections:
            return
        parsed = self.enum_pattern(items[0])
        if parsed:
            element = element_of(self.type_of(collections[0]))
            case_node, subpatterns, labels = parsed
            self.case_pattern(unwrap(element), case_node, subpatterns, labels, check=True)

    def check_return(self, node):
        if not node.children or text(node.children[0], self.src) != "return":
            return
        results = field_children(node, "result")
        if not results:
            return
        parent = node.parent
        while parent is not None and parent.type not in ("function_declaration", "lambda_literal", "computed_property"):
            parent = parent.parent
        if parent is None or parent.type == "lambda_literal":
            return
        if parent.type == "function_declaration":
            expected = return_type(parent, self.src)
        else:
            expected = property_type(parent.parent, self.src) if parent.parent else None
        self.check_implicit(results[0], expected)

    def check_property_value(self, decl):
        annotated = property_type(decl, self.src)
        for value in field_children(decl, "value"):
            self.check_implicit(value, annotated)

    def check_assignment(self, node):
        targets = field_children(node, "target")
        results = field_children(node, "result")
        if targets and results and targets[0].named_children:
            self.check_implicit(results[0], self.type_of(targets[0].named_children[0]))

    # ---- strings

    def string_keys(self):
        """(key, node) for literals used as LocalizedStringKey; findings for wordy verbatims."""
        keys = []
        for node in walk(self.tree.root_node):
            if node.type != "call_expression":
                continue
            callee = node.children[0]
            name = None
            if callee.type == "simple_identifier":
                name = text(callee, self.src)
            elif callee.type == "navigation_expression":
                name = self.suffix_name(callee)
            args = self.arguments(node) or []
            if not args:
                continue
            label, value = args[0]
            if value.type != "line_string_literal":
                continue
            if name == "Text" and label == "verbatim":
                words = "".join(text(c, self.src) for c in field_children(value, "text"))
                if re.search(r"[^\W\d_]", words):
                    self.fail(value, "Text(verbatim:) with words of its own: shell text belongs in the String Catalog, content in the core")
                continue
            localized = (
                (name in LOCALIZING_CALLS and label is None)
                or (name in LOCALIZING_MODIFIERS and callee.type == "navigation_expression" and label is None)
                or (name == "String" and label == "localized")
            )
            if localized:
                keys.append((self.literal_key(value), value))
        return keys

    def literal_key(self, literal):
        parts = []
        for child in literal.children:
            if child.type == "line_str_text":
                parts.append(text(child, self.src))
            elif child.type == "interpolated_expression":
                parts.append("%@")
            elif child.type == "str_escaped_char":
                parts.append(json.loads('"' + text(child, self.src) + '"'))
        return "".join(parts)


# ---------------------------------------------------------------------------------- commands

FALSE_POSITIVE_ATTRIBUTE = re.compile(
    rb"^([ \t]*#if swift\(>=5\.8\)[ \t]*\n)([ \t]*@[A-Za-z_]\w*(?:\([^\n]*\))?[ \t]*\n)([ \t]*#endif[ \t]*)$",
    re.M,
)
FALSE_POSITIVE_CLOSURE = re.compile(rb"\{ \(\) \}")


def blank(match):
    return b"".join(re.sub(rb"[^\n]", b" ", g) for g in match.groups())


def blank_false_positives(src):
    """Blanks the two patterns tree-sitter-swift 0.7 misreads, keeping lines and columns."""
    src, attributes = FALSE_POSITIVE_ATTRIBUTE.subn(blank, src)
    src, closures = FALSE_POSITIVE_CLOSURE.subn(b"{    }", src)
    return src, attributes, closures


def syntax_errors(src):
    tree = PARSER.parse(src)
    return [n for n in walk(tree.root_node) if n.is_error or n.is_missing]


def command_parse(args):
    generated = set()
    files = []
    it = iter(args)
    for arg in it:
        if arg == "--generated":
            generated.add(next(it))
        else:
            files.append(arg)
    files += [g for g in sorted(generated) if g not in files]
    failed = 0
    for path in files:
        src = Path(path).read_bytes()
        note = ""
        if path in generated:
            src, attributes, closures = blank_false_positives(src)
            note = f" (generated: blanked {attributes} lone attributes, {closures} `{{ () }}`)"
        errors = syntax_errors(src)
        if errors:
            failed += 1
            print(f"FAIL parse {path}: {len(errors)} error nodes{note}")
            for node in errors[:5]:
                kind = "MISSING " + node.type if node.is_missing else "ERROR"
                snippet = text(node, src).splitlines()[0][:60] if node.end_byte > node.start_byte else ""
                print(f"    {path}:{position(node)}: {kind} {snippet!r}")
        else:
            print(f"ok   parse {path}{note}")
    print(f"parse: {len(files) - failed} of {len(files)} files parse cleanly")
    return 1 if failed else 0


def command_api(args):
    bindings, catalog, ui, files = None, None, [], []
    show_unresolved = False
    it = iter(args)
    for arg in it:
        if arg == "--unresolved":
            show_unresolved = True
        elif arg == "--bindings":
            bindings = next(it)
        elif arg == "--catalog":
            catalog = next(it)
        elif arg == "--ui":
            ui.append(next(it))
        else:
            files.append(arg)
    files += [u for u in ui if u not in files]
    registry = Registry()
    core_src, _, _ = blank_false_positives(Path(bindings).read_bytes())
    registry.add_file(PARSER.parse(core_src), core_src, "core")
    core_names = {name for name, info in registry.types.items() if info.origin == "core"}
    for path in files:
        src = Path(path).read_bytes()
        registry.add_file(PARSER.parse(src), src, "shell")
    clashes = [n for n in core_names if registry.types[n].origin != "core"]
    findings = []
    for name in clashes:
        findings.append(Finding(bindings, "1:1", f"the shell redeclares core type {name}"))

    checked = {"type": 0, "member": 0, "call": 0, "case": 0}
    switches = []
    keys_used = {}
    for path in files:
        shell = ShellFile(path, registry, path).run()
        if path in ui:
            for key, node in shell.string_keys():
                keys_used.setdefault(key, (path, position(node)))
        findings += shell.findings
        if show_unresolved:
            core_members = {m for n in core_names for m in (registry.types[n].properties.keys() | registry.types[n].methods.keys() | registry.types[n].cases.keys())}
            for node, member in shell.unresolved:
                if member in core_members:
                    print(f"unresolved {path}:{position(node)}: .{member} ({text(node, shell.src)[:50]!r})")
        for k, v in shell.checked.items():
            checked[k] += v
        switches += [(path, *s) for s in shell.switches]

    # The renderer's switches over Block and Action.
    for required in ("Block", "Action"):
        if registry.core(required) is None:
            findings.append(Finding(bindings, "1:1", f"the bindings define no enum {required}"))
            continue
        in_ui = [s for s in switches if s[0] in ui and s[1] == required]
        if not in_ui:
            findings.append(Finding(",".join(ui) or "(no --ui files)", "1:1", f"the renderer has no switch over {required}"))

    if catalog:
        entries = json.loads(Path(catalog).read_text())["strings"]
        for key, (path, where) in sorted(keys_used.items()):
            if key not in entries:
                findings.append(Finding(path, where, f"\"{key}\" is not in {Path(catalog).name}"))
        for key in sorted(entries):
            if key not in keys_used:
                findings.append(Finding(catalog, "1:1", f"\"{key}\" is in the catalog but no shell code uses it"))

    # Deduplicate (a node can be reached twice) and report.
    unique = []
    for finding in findings:
        if str(finding) not in map(str, unique):
            unique.append(finding)
    for finding in unique:
        print(f"FAIL {finding}")
    enums = {}
    for path, enum, covered, has_default, node in switches:
        enums.setdefault(enum, []).append(f"{Path(path).name}:{position(node)}")
    print(
        f"names: {checked['type']} type names, {checked['member']} members, {checked['call']} calls "
        f"and {checked['case']} enum cases checked against {len(core_names)} core types"
    )
    for enum in sorted(enums):
        print(f"coverage: every case of {enum} in {', '.join(enums[enum])}")
    if catalog:
        print(f"strings: {len(keys_used)} catalog keys used by the shell")
    return 1 if unique else 0


def main(argv):
    if len(argv) < 2 or argv[1] not in ("parse", "api"):
        print(__doc__)
        return 2
    return command_parse(argv[2:]) if argv[1] == "parse" else command_api(argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
