"""Static checks of the Android shell, which cannot be compiled on this machine.

  python check_android.py --bindings openline_core.kt --android android/   the checks
  python check_android.py --bindings ... --android ... --self-test         proves they bite

What it checks:
  1. Every .kt and .kts file under android/ parses (tree-sitter-kotlin) with no ERROR or
     MISSING node.
  2. Every core name the Android code uses exists in the generated Kotlin bindings: imported
     types, nested types and enum entries (Block.Heading, Tone.URGENT), constructor parameters
     (Config(updateUrl = ...)), and members read on values whose type is known to be a core
     type (a parameter `step: StepItem`, a `for` over `block.items`, a smart cast in `when`,
     `val screen = core.screen(route)`, a lambda over a list of core values, ...).
  3. Every `when` over a core sealed class or enum without `else` names every case; the
     `when` over Block and the `when` over Action exist and name every kind, with no `else`.
  4. Shell rules: strings.xml holds only the app name, "Back" and the error fallback; no
     Text("...") with words in Kotlin; backups off; the store listing fits Play's limits.
  5. Core methods are called with as many arguments as the bindings take (`apply(event, route)`).
  6. Where Screen has quickExit, the app reads it and leaves with finishAndRemoveTask().

The self-test copies android/ to a temporary folder, plants one mistake at a time (a misspelt
member, enum entry, type, function or parameter, a call with an argument missing, a missing
when branch, a syntax error, a hard-coded sentence, a quick exit that is not the core's or
leaves the task behind) and requires each one to fail the checks, naming the mistake.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

import tree_sitter
import tree_sitter_kotlin

LANGUAGE = tree_sitter.Language(tree_sitter_kotlin.language())
PARSER = tree_sitter.Parser(LANGUAGE)
CORE_PACKAGE = "org.openline.core"

# Members every Kotlin value has, and the standard library's scope and extension functions.
UNIVERSAL = {
    "equals", "hashCode", "toString", "copy", "let", "also", "apply", "run", "takeIf",
    "takeUnless", "javaClass", "to",
} | {f"component{n}" for n in range(1, 10)}
EXCEPTION_MEMBERS = {"message", "cause", "localizedMessage", "stackTrace", "printStackTrace", "suppressed"}
# Calls whose trailing lambda receives each element of a list receiver, or the receiver itself.
ELEMENT_LAMBDAS = {
    "forEach", "map", "mapNotNull", "filter", "filterNot", "any", "all", "none", "count",
    "first", "firstOrNull", "single", "singleOrNull", "find", "sortedBy", "groupBy",
    "associateBy", "flatMap", "onEach", "sumOf", "partition",
}
INDEXED_LAMBDAS = {"forEachIndexed", "mapIndexed", "filterIndexed", "onEachIndexed"}
SELF_LAMBDAS = {"let", "also", "takeIf", "takeUnless", "run", "apply"}
# Compose's lazy-list builders: the lambda's last parameter is an element of the first argument.
LIST_BUILDERS = {"items", "itemsIndexed"}
ALLOWED_STRINGS = {"app_name", "back", "error_fallback"}


def text(node: tree_sitter.Node) -> str:
    return node.text.decode("utf-8")


def clean(name: str) -> str:
    return name.replace("`", "")


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


# --- The bindings -------------------------------------------------------------------------------

def type_string(node: tree_sitter.Node | None) -> str | None:
    """A type as written, without nullability, backticks or the `kotlin.` prefix."""
    if node is None:
        return None
    if node.type == "nullable_type":
        return type_string(node.named_children[0])
    raw = clean(text(node)).replace(" ", "")
    return re.sub(r"\bkotlin\.(collections\.)?", "", raw).rstrip("?")


def element_type(type_name: str | None) -> str | None:
    """T for List<T>, Set<T>, Collection<T>, Iterable<T>."""
    if not type_name:
        return None
    match = re.fullmatch(r"(?:List|MutableList|Set|Collection|Iterable)<(.+)>", type_name)
    return match.group(1).rstrip("?") if match else None


def iter_descendants(node):
    """Every named node below `node`, depth first."""
    for child in node.named_children:
        yield child
        yield from iter_descendants(child)


@dataclass
class CoreType:
    name: str
    kind: str  # class, sealed, enum, object, interface
    supertypes: list[str] = field(default_factory=list)
    members: dict[str, str | None] = field(default_factory=dict)
    arity: dict[str, tuple[int, int]] = field(default_factory=dict)  # method: (required, all)
    params: list[str] = field(default_factory=list)
    nested: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    companion: dict[str, str | None] = field(default_factory=dict)


class Bindings:
    """The public types of the generated Kotlin file and what each one offers."""

    def __init__(self, source: bytes):
        self.tree = parse(source)
        self.problems = syntax_problems(self.tree)
        self.types: dict[str, CoreType] = {}
        self.functions: dict[str, str | None] = {}
        for node in self.tree.root_node.named_children:
            if node.type in ("class_declaration", "object_declaration"):
                self._declare(node, None)
            elif node.type == "function_declaration" and self._public(node):
                name = self._name(node)
                if name:
                    self.functions[name] = self._return_type(node)

    @staticmethod
    def _public(node: tree_sitter.Node) -> bool:
        for child in node.children:
            if child.type == "modifiers":
                words = text(child).split()
                return not ({"internal", "private", "protected"} & set(words))
        return True

    @staticmethod
    def _name(node: tree_sitter.Node) -> str | None:
        for child in node.children:
            if child.type in ("identifier", "type_identifier", "simple_identifier"):
                return clean(text(child))
        return None

    @staticmethod
    def _return_type(node: tree_sitter.Node) -> str | None:
        seen_params = False
        for child in node.children:
            if child.type == "function_value_parameters":
                seen_params = True
            elif seen_params and child.type in ("user_type", "nullable_type"):
                return type_string(child)
        return None

    @staticmethod
    def _arity(node: tree_sitter.Node) -> tuple[int, int]:
        """How many arguments a function needs and takes: parameters, and those without a default."""
        params = next((c for c in node.children if c.type == "function_value_parameters"), None)
        total = required = 0
        for child in params.children if params is not None else []:
            if child.type == "parameter":
                total += 1
                required += 1
            elif child.type == "=":
                required -= 1
        return required, total

    def _declare(self, node: tree_sitter.Node, outer: str | None) -> None:
        if not self._public(node):
            return
        short = self._name(node)
        if not short:
            return
        name = f"{outer}.{short}" if outer else short
        modifiers = next((text(c) for c in node.children if c.type == "modifiers"), "")
        keywords = {text(c) for c in node.children if c.type in ("class", "interface", "object")}
        if node.type == "object_declaration":
            kind = "object"
        elif "interface" in keywords or "interface" in modifiers.split():
            kind = "interface"
        elif "enum" in modifiers.split():
            kind = "enum"
        elif "sealed" in modifiers.split():
            kind = "sealed"
        else:
            kind = "class"
        core = CoreType(name=name, kind=kind)
        self.types[name] = core
        for child in node.children:
            if child.type == "delegation_specifiers":
                for spec in child.named_children:
                    core.supertypes.append(clean(text(spec)).split("(")[0].split("<")[0])
            elif child.type == "primary_constructor":
                for params in child.named_children:
                    for param in params.named_children:
                        if param.type != "class_parameter":
                            continue
                        pname = self._name(param)
                        ptype = next((type_string(c) for c in param.children if c.type in ("user_type", "nullable_type", "function_type")), None)
                        if pname:
                            core.params.append(pname)
                            if any(c.type in ("val", "var") for c in param.children):
                                core.members[pname] = ptype
            elif child.type in ("class_body", "enum_class_body"):
                self._body(child, core)

    def _body(self, body: tree_sitter.Node, core: CoreType) -> None:
        for member in body.named_children:
            if member.type == "ERROR":
                self._body(member, core)
            elif member.type in ("class_declaration", "object_declaration"):
                short = self._name(member)
                if short and self._public(member):
                    core.nested.append(short)
                    self._declare(member, core.name)
            elif member.type == "enum_entry":
                core.entries.append(self._name(member) or "")
            elif member.type == "function_declaration" and self._public(member):
                name = self._name(member)
                if name:
                    core.members[name] = self._return_type(member)
                    core.arity[name] = self._arity(member)
            elif member.type == "property_declaration" and self._public(member):
                for decl in member.named_children:
                    if decl.type == "variable_declaration":
                        pname = self._name(decl)
                        ptype = next((type_string(c) for c in decl.children if c.type in ("user_type", "nullable_type")), None)
                        if pname:
                            core.members[pname] = ptype
            elif member.type == "companion_object":
                for part in member.named_children:
                    if part.type == "class_body":
                        for fn in part.named_children:
                            if fn.type == "function_declaration" and self._public(fn):
                                name = self._name(fn)
                                if name:
                                    core.companion[name] = self._return_type(fn)

    # Queries

    def resolve(self, name: str | None) -> CoreType | None:
        return self.types.get(name) if name else None

    def is_exception(self, core: CoreType) -> bool:
        seen, todo = set(), [core.name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            info = self.types.get(current)
            if info is None:
                if "Exception" in current:
                    return True
                continue
            todo.extend(info.supertypes)
            if "." in current:
                todo.append(current.rsplit(".", 1)[0])
        return False

    def member_type(self, core: CoreType, member: str) -> tuple[bool, str | None]:
        """Whether [member] exists on [core] (or its core supertypes), and its type."""
        seen, todo = set(), [core.name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            info = self.types.get(current)
            if info is None:
                continue
            if member in info.members:
                return True, info.members[member]
            todo.extend(info.supertypes)
        if member in UNIVERSAL or (self.is_exception(core) and member in EXCEPTION_MEMBERS):
            return True, None
        if core.kind == "enum" and member in {"name", "ordinal"}:
            return True, None
        return False, None

    def arity(self, core: CoreType, method: str) -> tuple[int, int] | None:
        seen, todo = set(), [core.name]
        while todo:
            current = todo.pop()
            info = self.types.get(current)
            if current in seen or info is None:
                continue
            seen.add(current)
            if method in info.arity:
                return info.arity[method]
            todo.extend(info.supertypes)
        return None

    def cases(self, core: CoreType) -> list[str]:
        return core.entries if core.kind == "enum" else core.nested


# --- The Android code -----------------------------------------------------------------------------

@dataclass
class Finding:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Scope:
    def __init__(self, parent: Scope | None = None):
        self.parent = parent
        self.names: dict[str, str | None] = {}

    def lookup(self, name: str) -> tuple[bool, str | None]:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True, scope.names[name]
            scope = scope.parent
        return False, None

    def child(self) -> Scope:
        return Scope(self)


class FileChecker:
    """Walks one Android source file, tracking which values hold core types."""

    def __init__(self, bindings: Bindings, path: str, tree: tree_sitter.Tree, functions: dict[str, str | None],
                 local_types: dict[str, dict[str, str | None]] | None = None):
        self.local_types = local_types or {}
        self.bindings = bindings
        self.path = path
        self.tree = tree
        self.functions = functions
        self.findings: list[Finding] = []
        self.core_names: set[str] = set()
        self.whens: list[tuple[str, set[str], bool, int]] = []  # (base, cases named, has else, line)
        self.member_checks = 0

    def fail(self, node: tree_sitter.Node, message: str) -> None:
        self.findings.append(Finding(self.path, node.start_point[0] + 1, message))

    # Names that refer to core types

    def is_core_type_name(self, name: str) -> bool:
        return name in self.core_names

    def check_imports(self) -> None:
        for node in self.tree.root_node.named_children:
            if node.type != "import":
                continue
            qualified = next((c for c in node.named_children if c.type == "qualified_identifier"), None)
            if qualified is None:
                continue
            parts = [clean(text(c)) for c in qualified.named_children if c.type == "identifier"]
            dotted = ".".join(parts)
            if not dotted.startswith(CORE_PACKAGE + ".") or text(node).rstrip().endswith("*"):
                continue
            name = dotted[len(CORE_PACKAGE) + 1:]
            alias = next((clean(text(c)) for c in node.named_children if c.type == "identifier"), None)
            if name in self.bindings.types or name in self.bindings.functions:
                self.core_names.add(alias or name.split(".")[-1])
            else:
                self.fail(node, f"imports {CORE_PACKAGE}.{name}, which the bindings do not define")

    def dotted(self, node: tree_sitter.Node) -> list[str] | None:
        """`Block.Heading` as ["Block", "Heading"] for identifiers joined by dots, else None."""
        if node.type == "identifier":
            return [clean(text(node))]
        if node.type == "user_type":
            parts = [clean(text(c)) for c in node.named_children if c.type == "identifier"]
            return parts or None
        if node.type == "navigation_expression":
            children = node.named_children
            if len(children) == 2 and children[1].type == "identifier":
                head = self.dotted(children[0])
                return head + [clean(text(children[1]))] if head else None
        return None

    def type_path(self, parts: list[str], node: tree_sitter.Node) -> str | None:
        """Checks a path of core type names (`Block.Heading`) and returns the type's name."""
        if not parts or parts[0] not in self.core_names:
            return None
        name = parts[0]
        if name not in self.bindings.types:
            return None
        for part in parts[1:]:
            core = self.bindings.types[name]
            if part in core.nested:
                name = f"{name}.{part}"
            else:
                self.fail(node, f"{name}.{part} does not exist in the bindings (nested: {', '.join(core.nested) or 'none'})")
                return None
        return name

    def declared_type(self, type_node: tree_sitter.Node | None) -> str | None:
        """The type a declaration names: a checked core type, one of the app's own classes, or as written."""
        if type_node is None:
            return None
        inner = type_node.named_children[0] if type_node.type == "nullable_type" and type_node.named_children else type_node
        parts = self.dotted(inner) if inner.type == "user_type" else None
        if parts and parts[0] in self.core_names:
            return self.type_path(parts, inner)
        if parts and ".".join(parts) in self.local_types:
            return ".".join(parts)
        return type_string(type_node)

    # Types of expressions

    def expr_type(self, node: tree_sitter.Node | None, scope: Scope) -> str | None:
        if node is None:
            return None
        kind = node.type
        if kind == "identifier":
            found, value = scope.lookup(clean(text(node)))
            return value if found else None
        if kind == "parenthesized_expression":
            return self.expr_type(node.named_children[0] if node.named_children else None, scope)
        if kind == "as_expression":
            target = next((c for c in node.named_children if c.type in ("user_type", "nullable_type")), None)
            return self.declared_type(target)
        if kind == "navigation_expression":
            return self.navigation_type(node, scope)
        if kind == "call_expression":
            return self.call_type(node, scope)
        if kind == "elvis_expression" and node.named_children:
            return self.expr_type(node.named_children[0], scope)
        return None

    def navigation_type(self, node: tree_sitter.Node, scope: Scope) -> str | None:
        children = node.named_children
        if len(children) != 2 or children[1].type != "identifier":
            for child in children:
                self.expr_type(child, scope)
            return None
        receiver, member = children[0], clean(text(children[1]))
        parts = self.dotted(receiver)
        # A qualified core name: Block.Heading, Tone.URGENT, OpenLine.open, RefreshOutcome.Updated.
        if parts and parts[0] in self.core_names and not scope.lookup(parts[0])[0]:
            owner = self.type_path(parts, receiver)
            if owner is None:
                return None
            core = self.bindings.types[owner]
            if member in core.nested:
                return f"{owner}.{member}"
            if member in core.entries:
                return owner
            if member in core.companion:
                return core.companion[member]
            self.fail(children[1], f"{owner}.{member} does not exist in the bindings")
            return None
        receiver_type = self.expr_type(receiver, scope)
        return self.member_of(receiver_type, member, children[1])

    def member_of(self, receiver_type: str | None, member: str, node: tree_sitter.Node) -> str | None:
        if receiver_type in self.local_types:
            return self.local_types[receiver_type].get(member)
        core = self.bindings.resolve(receiver_type)
        if core is None:
            return None
        self.member_checks += 1
        exists, member_type = self.bindings.member_type(core, member)
        if not exists:
            self.fail(node, f"{core.name} has no member \"{member}\" in the bindings")
        return member_type

    def call_type(self, node: tree_sitter.Node, scope: Scope) -> str | None:
        callee = node.named_children[0] if node.named_children else None
        if callee is None:
            return None
        result: str | None = None
        constructed: str | None = None
        if callee.type == "identifier":
            name = clean(text(callee))
            if name in self.core_names and name in self.bindings.types and not scope.lookup(name)[0]:
                constructed = name
            elif name in self.core_names and name in self.bindings.functions:
                result = self.bindings.functions[name]
            else:
                result = self.functions.get(name)
        elif callee.type == "navigation_expression":
            result = self.navigation_type(callee, scope)
            parts = self.dotted(callee)
            if parts and parts[0] in self.core_names and ".".join(parts) in self.bindings.types:
                constructed = ".".join(parts)
        if constructed:
            self.check_arguments(node, self.bindings.types[constructed])
            return constructed
        return result

    def check_arity(self, call: tree_sitter.Node, receiver_type: str | None, method: str) -> None:
        """A core method called with too few or too many arguments, as after `apply` gained `route`."""
        core = self.bindings.resolve(receiver_type)
        expected = self.bindings.arity(core, method) if core else None
        arguments = next((c for c in call.named_children if c.type == "value_arguments"), None)
        if expected is None or arguments is None:  # `core.apply { ... }` is Kotlin's own apply
            return
        given = sum(1 for a in arguments.named_children if a.type == "value_argument")
        given += sum(1 for c in call.named_children if c.type == "annotated_lambda")
        required, total = expected
        if not required <= given <= total:
            wanted = str(total) if required == total else f"{required} to {total}"
            self.fail(call, f"{core.name}.{method} takes {wanted} arguments in the bindings, given {given}")

    def check_arguments(self, call: tree_sitter.Node, core: CoreType) -> None:
        for arguments in call.named_children:
            if arguments.type != "value_arguments":
                continue
            for argument in arguments.named_children:
                if argument.type != "value_argument":
                    continue
                kids = argument.children
                if len(kids) >= 2 and kids[0].type == "identifier" and kids[1].type == "=":
                    name = clean(text(kids[0]))
                    if name not in core.params:
                        self.fail(kids[0], f"{core.name}({name} = ...): the bindings' {core.name} has no parameter \"{name}\" (has {', '.join(core.params)})")

    # The walk

    def walk_with_parameters(self, node, scope, list_type, param_type):
        """A class or function: declare its parameters in a new scope, then walk its body."""
        inner = scope.child()
        for child in node.named_children:
            if child.type == list_type:
                for param in iter_descendants(child):
                    if param.type == param_type:
                        self.declare_parameter(param, inner)
            else:
                self.walk(child, inner)

    def walk(self, node: tree_sitter.Node, scope: Scope) -> None:
        kind = node.type
        if kind in ("line_comment", "block_comment", "string_content"):
            return
        if kind == "import" or kind == "package_header":
            return
        if kind in ("class_body", "enum_class_body"):
            inner = scope.child()
            for member in node.named_children:
                if member.type == "property_declaration":
                    self.declare_property(member, inner, evaluate=False)
            for member in node.named_children:
                self.walk(member, inner)
            return
        if kind == "class_declaration":
            self.walk_with_parameters(node, scope, "primary_constructor", "class_parameter")
            return
        if kind == "function_declaration":
            self.walk_with_parameters(node, scope, "function_value_parameters", "parameter")
            return
        if kind == "property_declaration":
            self.declare_property(node, scope, evaluate=True)
            return
        if kind == "for_statement":
            self.walk_for(node, scope)
            return
        if kind == "when_expression":
            self.walk_when(node, scope)
            return
        if kind == "call_expression":
            self.walk_call(node, scope)
            return
        if kind == "navigation_expression":
            self.navigation_type(node, scope)
            for child in node.named_children:
                if child.type not in ("identifier", "navigation_expression"):
                    self.walk(child, scope)
                elif child.type == "navigation_expression":
                    self.walk_inner_calls(child, scope)
            return
        if kind in ("user_type",):
            parts = self.dotted(node)
            if parts and parts[0] in self.core_names:
                self.type_path(parts, node)
            for child in node.named_children:
                if child.type == "type_arguments":
                    self.walk(child, scope)
            return
        if kind == "lambda_literal":
            self.walk_lambda(node, scope, [])
            return
        for child in node.named_children:
            self.walk(child, scope)

    def walk_inner_calls(self, node: tree_sitter.Node, scope: Scope) -> None:
        for child in node.named_children:
            if child.type not in ("identifier", "navigation_expression"):
                self.walk(child, scope)
            elif child.type == "navigation_expression":
                self.walk_inner_calls(child, scope)

    def declare_parameter(self, param: tree_sitter.Node, scope: Scope) -> None:
        name = next((clean(text(c)) for c in param.children if c.type == "identifier"), None)
        type_node = next((c for c in param.children if c.type in ("user_type", "nullable_type", "function_type")), None)
        declared = None
        if type_node is not None:
            self.walk(type_node, scope)
            declared = self.quiet_declared(type_node)
        for child in param.named_children:
            if child is not type_node and child.type not in ("identifier", "modifiers"):
                self.walk(child, scope)
        if name:
            scope.names[name] = declared

    def declare_property(self, node: tree_sitter.Node, scope: Scope, evaluate: bool) -> None:
        declaration = next((c for c in node.named_children if c.type == "variable_declaration"), None)
        value = None
        after_eq = False
        for child in node.children:
            if child.type == "=":
                after_eq = True
            elif after_eq and child.is_named:
                value = child
                break
        delegate = next((c for c in node.named_children if c.type == "property_delegate"), None)
        if evaluate:
            if value is not None:
                self.walk(value, scope)
            if delegate is not None:
                self.walk(delegate, scope)
            for child in node.named_children:
                if child.type in ("getter", "setter"):
                    self.walk(child, scope)
        if declaration is None:
            return
        name = next((clean(text(c)) for c in declaration.children if c.type == "identifier"), None)
        type_node = next((c for c in declaration.children if c.type in ("user_type", "nullable_type")), None)
        if type_node is not None:
            self.walk(type_node, scope)
            declared = self.quiet_declared(type_node)
        elif value is not None and evaluate:
            declared = self.quiet_type(value, scope)
        else:
            declared = None
        if name:
            scope.names[name] = declared

    def quiet_type(self, node: tree_sitter.Node, scope: Scope) -> str | None:
        """The type of an expression already walked, without reporting its findings twice."""
        saved, checks = list(self.findings), self.member_checks
        result = self.expr_type(node, scope)
        self.findings, self.member_checks = saved, checks
        return result

    def quiet_declared(self, type_node: tree_sitter.Node) -> str | None:
        saved, checks = list(self.findings), self.member_checks
        result = self.declared_type(type_node)
        self.findings, self.member_checks = saved, checks
        return result

    def walk_for(self, node: tree_sitter.Node, scope: Scope) -> None:
        inner = scope.child()
        variable = next((c for c in node.named_children if c.type == "variable_declaration"), None)
        children = node.named_children
        iterated = None
        for index, child in enumerate(children):
            if child is variable and index + 1 < len(children):
                iterated = children[index + 1]
                break
        if iterated is not None:
            self.walk(iterated, scope)
        if variable is not None:
            name = next((clean(text(c)) for c in variable.children if c.type == "identifier"), None)
            if name:
                inner.names[name] = element_type(self.quiet_type(iterated, scope)) if iterated is not None else None
        for child in children:
            if child is not variable and child is not iterated:
                self.walk(child, inner)

    def walk_call(self, node: tree_sitter.Node, scope: Scope) -> None:
        callee = node.named_children[0] if node.named_children else None
        self.call_type(node, scope)  # reports unknown members and parameters
        receiver_type = None
        call_name = None
        if callee is not None and callee.type == "navigation_expression" and len(callee.named_children) == 2:
            call_name = clean(text(callee.named_children[1]))
            receiver_type = self.quiet_type(callee.named_children[0], scope)
            self.check_arity(node, receiver_type, call_name)
            self.walk_inner_calls(callee, scope)
        elif callee is not None and callee.type == "identifier":
            call_name = clean(text(callee))
        elif callee is not None:
            self.walk(callee, scope)
        first_argument_type = None
        for child in node.named_children[1:]:
            if child.type == "value_arguments":
                arguments = [a for a in child.named_children if a.type == "value_argument"]
                for argument in arguments:
                    value = argument.named_children[-1] if argument.named_children else None
                    if value is not None:
                        self.walk(value, scope)
                if arguments and arguments[0].named_children:
                    first_argument_type = self.quiet_type(arguments[0].named_children[-1], scope)
            elif child.type == "annotated_lambda":
                lam = next((c for c in child.named_children if c.type == "lambda_literal"), None)
                if lam is None:
                    continue
                if call_name in ELEMENT_LAMBDAS:
                    self.walk_lambda(lam, scope, [element_type(receiver_type)])
                elif call_name in INDEXED_LAMBDAS:
                    self.walk_lambda(lam, scope, [None, element_type(receiver_type)])
                elif call_name in SELF_LAMBDAS:
                    self.walk_lambda(lam, scope, [receiver_type])
                elif call_name in LIST_BUILDERS:
                    self.walk_lambda(lam, scope, [None, element_type(first_argument_type)], last=True)
                else:
                    self.walk_lambda(lam, scope, [])
            else:
                self.walk(child, scope)

    def walk_lambda(self, node: tree_sitter.Node, scope: Scope, types: list[str | None], last: bool = False) -> None:
        inner = scope.child()
        params = next((c for c in node.named_children if c.type == "lambda_parameters"), None)
        names: list[str] = []
        if params is not None:
            for declaration in params.named_children:
                name = next((clean(text(c)) for c in declaration.children if c.type == "identifier"), None)
                type_node = next((c for c in declaration.children if c.type in ("user_type", "nullable_type")), None)
                names.append(name or "_")
                if type_node is not None and name:
                    self.walk(type_node, scope)
                    inner.names[name] = self.quiet_declared(type_node)
        if names:
            pairs = zip(reversed(names), reversed(types)) if last else zip(names, types)
            for name, value in pairs:
                if name not in inner.names:
                    inner.names[name] = value
        elif types and len([t for t in types if t]) == 1 and len(types) == 1:
            inner.names["it"] = types[0]
        for child in node.named_children:
            if child is not params:
                self.walk(child, inner)

    def walk_when(self, node: tree_sitter.Node, scope: Scope) -> None:
        subject_name = None
        subject = next((c for c in node.named_children if c.type == "when_subject"), None)
        if subject is not None:
            for child in subject.named_children:
                self.walk(child, scope)
                if child.type == "identifier":
                    subject_name = clean(text(child))
                elif child.type == "variable_declaration":
                    subject_name = next((clean(text(c)) for c in child.children if c.type == "identifier"), None)
        bases: set[str] = set()
        named: set[str] = set()
        has_else = False
        for entry in node.named_children:
            if entry.type != "when_entry":
                continue
            inner = scope.child()
            conditions = []
            body = []
            seen_arrow = False
            for child in entry.children:
                if child.type == "->":
                    seen_arrow = True
                elif child.type == "else":
                    has_else = True
                elif child.is_named:
                    (body if seen_arrow else conditions).append(child)
            for condition in conditions:
                target = condition
                if condition.type == "when_condition" and condition.named_children:
                    target = condition.named_children[0]
                if target.type == "type_test":
                    user = next((c for c in target.named_children if c.type in ("user_type", "nullable_type")), None)
                    parts = self.dotted(user) if user is not None else None
                    resolved = self.type_path(parts, user) if parts and parts[0] in self.core_names else None
                    if resolved is None and parts and ".".join(parts) in self.local_types and subject_name:
                        inner.names[subject_name] = ".".join(parts)
                    if resolved and "." in resolved:
                        base, case = resolved.rsplit(".", 1)
                        bases.add(base)
                        named.add(case)
                    if resolved and subject_name:
                        inner.names[subject_name] = resolved
                else:
                    parts = self.dotted(target)
                    if parts and len(parts) == 2 and parts[0] in self.core_names and not scope.lookup(parts[0])[0]:
                        owner = self.bindings.types.get(parts[0])
                        if owner is not None and (parts[1] in owner.entries or parts[1] in owner.nested):
                            bases.add(parts[0])
                            named.add(parts[1])
                        self.walk(target, scope)
                    else:
                        self.walk(target, scope)
            for child in body:
                self.walk(child, inner)
        for base in bases:
            core = self.bindings.types.get(base)
            if core is None:
                continue
            missing = [case for case in self.bindings.cases(core) if case not in named]
            if base in ("Block", "Action") and has_else:
                self.fail(node, f"the when over {base} has an else branch; name every kind so a new one fails to compile")
            elif missing and not has_else:
                self.fail(node, f"the when over {base} misses {', '.join(missing)}")
            self.whens.append((base, named, has_else, node.start_point[0] + 1))

    def check(self) -> None:
        self.check_imports()
        self.walk(self.tree.root_node, Scope())


def collect_local_types(trees: dict[str, tree_sitter.Tree]) -> dict[str, dict[str, str | None]]:
    """The Android code's own classes (`Shown.Ready`) and their constructor properties' types."""
    local: dict[str, dict[str, str | None]] = {}

    def visit(node: tree_sitter.Node, outer: str | None) -> None:
        for child in node.named_children:
            if child.type in ("class_declaration", "object_declaration"):
                short = Bindings._name(child)
                if not short:
                    continue
                name = f"{outer}.{short}" if outer else short
                members: dict[str, str | None] = {}
                for part in child.named_children:
                    if part.type == "primary_constructor":
                        for params in part.named_children:
                            for param in params.named_children:
                                if param.type == "class_parameter" and any(c.type in ("val", "var") for c in param.children):
                                    pname = Bindings._name(param)
                                    ptype = next((type_string(c) for c in param.children if c.type in ("user_type", "nullable_type")), None)
                                    if pname:
                                        members[pname] = ptype
                local[name] = members
                for part in child.named_children:
                    if part.type in ("class_body", "enum_class_body"):
                        visit(part, name)
            elif child.type not in ("function_declaration",):
                visit(child, outer)

    for tree in trees.values():
        visit(tree.root_node, None)
    return local


def collect_functions(trees: dict[str, tree_sitter.Tree], bindings: Bindings) -> dict[str, str | None]:
    """Return types of the Android code's own functions, by name, for `val x = f()`."""
    functions: dict[str, str | None] = {}
    for tree in trees.values():
        core_names = set()
        for node in tree.root_node.named_children:
            if node.type == "import" and CORE_PACKAGE in text(node):
                core_names.add(text(node).split(".")[-1].strip())
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type != "function_declaration":
                continue
            name = Bindings._name(node)
            returned = Bindings._return_type(node)
            if name and returned:
                head = returned.split(".")[0].split("<")[0]
                functions[name] = returned if head in core_names else returned
    return functions


# --- Shell rules ------------------------------------------------------------------------------

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
    bindings = Bindings(bindings_path.read_bytes())
    report.check(f"bindings parse ({bindings_path.name})", bindings.problems)
    report.check(
        "bindings define the contract types",
        [f"{name} missing" for name in ("OpenLine", "Config", "Screen", "Block", "Action", "Event", "Tone", "OpenLineException") if name not in bindings.types],
    )

    sources = sorted(p for p in android.rglob("*") if p.suffix in (".kt", ".kts") and "build" not in p.relative_to(android).parts)
    trees: dict[str, tree_sitter.Tree] = {}
    for source in sources:
        relative = str(source.relative_to(android.parent))
        tree = parse(source.read_bytes())
        trees[relative] = tree
        report.check(f"parses: {relative}", syntax_problems(tree))
    report.check("android/ has Kotlin sources and Gradle scripts", [] if any(s.suffix == ".kt" for s in sources) and any(s.suffix == ".kts" for s in sources) else ["none found"])

    functions = collect_functions(trees, bindings)
    local_types = collect_local_types(trees)
    whens: list[tuple[str, set[str], bool, int, str]] = []
    core_files = 0
    member_checks = 0
    for relative, tree in trees.items():
        if not relative.endswith(".kt"):
            continue
        checker = FileChecker(bindings, relative, tree, functions, local_types)
        checker.check()
        if checker.core_names:
            core_files += 1
            member_checks += checker.member_checks
            report.check(f"core names exist in the bindings: {relative} ({checker.member_checks} member uses)", [str(f) for f in checker.findings])
        elif checker.findings:
            report.check(f"core names exist in the bindings: {relative}", [str(f) for f in checker.findings])
        whens.extend((base, named, has_else, line, relative) for base, named, has_else, line in checker.whens)
        report.check(f"no words written in Kotlin: {relative}", [f"{relative}:{line}: Text(\"...\") with words; text comes from the core" for line in words_in_text_calls(tree)])
    report.check(f"the shell uses the core ({core_files} files, {member_checks} member uses checked)", [] if core_files and member_checks >= 30 else ["too few core uses found: is the checker still seeing the code?"])

    for base in ("Block", "Action"):
        core = bindings.types.get(base)
        full = [w for w in whens if w[0] == base and not w[2] and set(bindings.cases(core)) <= w[1]] if core else []
        report.check(
            f"a when over {base} names all {len(bindings.cases(core)) if core else 0} kinds ({', '.join(f'{w[4]}:{w[3]}' for w in full) or 'none'})",
            [] if full else [f"no when over {base} names every kind: {', '.join(bindings.cases(core)) if core else base + ' missing'}"],
        )

    check_quick_exit(bindings, trees, report)
    check_resources(android, report)


def check_quick_exit(bindings: Bindings, trees: dict[str, tree_sitter.Tree], report: Report) -> None:
    """Where the core offers a quick exit, the app shows it and leaves without a trace in Recents."""
    screen = bindings.types.get("Screen")
    if screen is None or "quickExit" not in screen.members:
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
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/StepsBlock.kt", "for (step in block.items)", "for (step in block.itemz)", "itemz"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/StepsBlock.kt", "onAction(step.toggle)", "onAction(step.toggel)", "toggel"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/TextBlocks.kt", "Tone.URGENT -> colors.urgent", "Tone.URGNET -> colors.urgent", "URGNET"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/ButtonBlocks.kt", "item.detail?.let", "item.details?.let", "details"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/StepsBlock.kt", "import org.openline.core.StepItem", "import org.openline.core.StepItm", "StepItm"),
    ("ui/src/main/kotlin/org/openline/android/CoreRepository.kt", "core.screen(route)", "core.screan(route)", "screan"),
    ("ui/src/main/kotlin/org/openline/android/CoreRepository.kt", "updateUrl = ", "updateURL = ", "updateURL"),
    ("ui/src/main/kotlin/org/openline/android/ui/OpenLineApp.kt", "RefreshOutcome.Updated", "RefreshOutcome.Update", "Update"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/BlockView.kt", "        is Block.Sources -> SourcesBlock(block, modifier)\n", "", "Sources"),
    ("ui/src/main/kotlin/org/openline/android/ui/ActionHandler.kt", "            is Action.Copy -> platform.copy(action.text)\n", "", "Copy"),
    ("ui/src/main/kotlin/org/openline/android/ui/ActionHandler.kt", "is Action.Call -> platform.dial(", "is Action.Dial -> platform.dial(", "Dial"),
    ("ui/src/main/kotlin/org/openline/android/ui/ActionHandler.kt", "platform.sendText(action.number, action.body)", "platform.sendText(action.number, action.bodyText)", "bodyText"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/CardsBlock.kt", "for (followup in card.followups)", "for (followup in card.followUps)", "followUps"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/BlockView.kt", "is Block.Choice -> ChoiceBlock(block, onAction, modifier)", "else -> ChoiceBlock(block as Block.Choice, onAction, modifier)", "else"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/TextBlocks.kt", "style = MaterialTheme.typography.bodyLarge, modifier = modifier)\n}", "style = MaterialTheme.typography.bodyLarge, modifier = modifier)\n", "syntax"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/TextBlocks.kt", "Text(block.text, style = MaterialTheme.typography.bodyLarge)", "Text(\"You are not in trouble\", style = MaterialTheme.typography.bodyLarge)", "words"),
    ("app/src/main/res/values/strings.xml", "</resources>", "    <string name=\"help\">Get help now</string>\n</resources>", "help"),
    ("ui/src/main/kotlin/org/openline/android/CoreRepository.kt", "core.apply(event, route)", "core.apply(event)", "apply takes 2"),
    ("ui/src/main/kotlin/org/openline/android/ui/blocks/CardsBlock.kt", "PartLabel(card.worryLabel)", "PartLabel(card.worryLabl)", "worryLabl"),
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
