"""The content as the core loads it, read from what `openline content export` writes: the
compiled pack (pack.json) and every translatable text (texts.json). The scripts here never read
content/ themselves, so they can't drift from the Rust loader; keys come only from texts.json.
"""

import json
from pathlib import Path


class Exported:
    def __init__(self, pack, texts):
        self.pack = pack
        self.texts = texts
        self.translations = pack.get("translations", {})
        # Every key with its English, in the order model/src/keys.rs visits them.
        self.english = {text["key"]: text["english"] for text in texts}
        self._keys = {(t["group"], t["item"], t["field"], t.get("index")): t["key"] for t in texts}

    def key(self, group, item, field, index=None):
        """The key of one text, or None when the content has no such text."""
        return self._keys.get((group, item, field, index))

    def of(self, group):
        """The texts of one group (`step`, `platform`, `strings`, ...), in order."""
        return [text for text in self.texts if text["group"] == group]

    def channels(self):
        """Every channel of every region, in order."""
        return [channel for region in self.pack["regions"] for channel in region["channels"]]


def load(export_dir):
    root = Path(export_dir)
    with open(root / "pack.json", encoding="utf-8") as handle:
        pack = json.load(handle)
    with open(root / "texts.json", encoding="utf-8") as handle:
        texts = json.load(handle)
    return Exported(pack, texts)
