"""Text from elsewhere (Altegio's answers, the description, the user's input) printed as text.

Nothing such text holds is read as rich markup (``[/]`` in a server message is printed, not
parsed), and control characters (ESC, OSC and CSI sequences, C1 controls, NUL) are shown
escaped, so an answer cannot move the cursor, retitle the window or hide what it says.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rich.console import Console
from rich.text import Text

__all__ = ["json_text", "safe", "say"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: object) -> str:
    """``text`` with every control character but newline and tab written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def say(console: Console, label: str, message: object, style: str = "red") -> None:
    """``label: message`` with the label styled and the message printed as plain, escaped text."""
    console.print(Text.assemble((f"{label}:", style), " ", safe(message)), highlight=False, soft_wrap=True)


def json_text(data: Any, *, indent: int | None = None) -> str:
    """JSON for a terminal: non-ASCII kept readable, every control character (C1 too) escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
