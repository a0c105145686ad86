"""Cleaning: drop the page chrome that survives main-text extraction, line by line.

The rules are general (share buttons, font-size menus, "Top 10 Stories", subscription
prompts, a caption printed twice) and only ever remove whole lines: every character of a
line that stays is kept exactly as the page has it, non-breaking spaces and curly quotes
included, because the stored text is what claim offsets point into.
"""

from __future__ import annotations

import re

SOCIAL = (
    r"facebook|twitter|x|kakao(?:talk|story)?|mail|e-?mail|link|whatsapp|linkedin|reddit|telegram"
    r"|line|naver|band|pinterest|tumblr|messenger|print|copy(?: link)?|sms"
)
BULLET = re.compile(r"^\s*(?:[-•·*▪►»]\s*)+")
CHROME_PATTERNS = [
    # Share buttons: "Facebook share button", "Share on Twitter", "Share this article", "Tweet".
    rf"(?:(?:{SOCIAL})\s+)?share(?:\s+(?:button|this(?:\s+(?:article|story|page))?|on\s+\w+|via\s+\w+))?",
    rf"(?:{SOCIAL})(?:\s+(?:share|button|icon))?",
    r"tweet|share|shares|sharing|copy(?:\s+the)?\s+link|link\s+copied",
    # Font-size and reader settings menus: "font-size", "-2", "+1", "A A A", "Text size".
    r"(?:ⓕ\s*)?font[\s-]?size|text\s+size|settings|a\s*a\s*a?|[-+]?\d",
    # Lists of other stories and navigation left inside the article body.
    r"top\s+\d+(?:\s+(?:stories|news|articles))?|most\s+(?:read|viewed|popular)(?:\s+(?:stories|articles))?"
    r"|related\s+(?:articles?|stories|news|links|coverage|content)|trending(?:\s+now)?|more\s+stories"
    r"|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|read\s+more|see\s+also|go\s+(?:to\s+)?top"
    r"|back\s+to\s+top|search(?:\s+in\s+site)?|advertisement|sponsored(?:\s+content)?|close|x|menu|skip\s+to\s+content"
    r"|print(?:\s+this)?(?:\s+article)?|listen(?:\s+to\s+(?:this\s+)?article)?|\d+:\d{2}(?:\s*/\s*\d+:\d{2})?",
]
CHROME_LINE = re.compile(r"^(?:" + "|".join(CHROME_PATTERNS) + r")[\s.:!|]*$", re.IGNORECASE)
SUBSCRIPTION = re.compile(
    r"\b(?:subscribe|subscription|subscriber|sign\s+up\s+for|newsletter|log\s*in\s+to\s+(?:continue|read)"
    r"|to\s+continue\s+reading|support\s+(?:our|independent)\s+journalism|become\s+a\s+member|paywall"
    r"|unlimited\s+(?:digital\s+)?access|free\s+trial)\b",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|all\s+rights\s+reserved)", re.IGNORECASE)
SHORT_PROMPT_WORDS = 25


def is_chrome_line(line: str) -> bool:
    """Return whether one line of extracted text is page chrome rather than article text.

    >>> is_chrome_line("  • Facebook share button")
    True
    >>> is_chrome_line("Top 10 Stories")
    True
    >>> is_chrome_line("+2")
    True
    >>> is_chrome_line("Subscribe to our newsletter for the latest news")
    True
    >>> is_chrome_line("Some 30 defectors face repatriation, activists said.")
    False
    >>> is_chrome_line("Readers who subscribe to the theory that 54 groups signed are wrong, and the letter, which was long, says so in detail across many more words than a prompt would ever use.")
    False
    """
    stripped = BULLET.sub("", line).strip()
    if not stripped:
        return False
    if CHROME_LINE.match(stripped):
        return True
    words = stripped.split()
    if len(words) <= SHORT_PROMPT_WORDS and SUBSCRIPTION.search(stripped):
        return True
    return len(words) <= 12 and bool(COPYRIGHT.match(stripped))


def squash(line: str) -> str:
    """Return a line with its whitespace collapsed, for comparing lines that differ only in spacing."""
    return " ".join(line.split())


def clean_text(text: str) -> str:
    """Return ``text`` without chrome lines and without a paragraph printed twice in a row.

    Lines are kept byte for byte; runs of blank lines left behind shrink to one blank line.

    >>> clean_text("Title\\n\\n• Facebook share button\\n\\nA bus.\\n\\nA bus.\\n\\nSome\\u00a0“2,000” held.\\n\\nTop 10 Stories")
    'Title\\n\\nA bus.\\n\\nSome\\xa0“2,000” held.'
    """
    kept: list[str] = []
    last_paragraph = ""
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if is_chrome_line(line):
            continue
        if line.strip():
            # A caption printed twice (image alt text, then the caption) keeps its first copy.
            if squash(line) == last_paragraph:
                continue
            last_paragraph = squash(line)
        elif kept and not kept[-1].strip():
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)
