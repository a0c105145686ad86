#!/usr/bin/env python3
"""Build articles/, gold.jsonl and manifest.jsonl for extraction_eval3.

Sources live in src/NNN_slug.src. Each claim is marked inline as
    [[quote|CODE values unit|subject|figure_key]]
CODE: E v (exact), AP v (approximate), AL v (at_least), AM v (at_most),
RG lo hi (range), VG lo hi (vague). figure_key optional. "{NB}" is U+00A0.
The script strips the markup, writes the article text, computes start/end and
occurrence the CLAIMS.md way, asserts text[start:end] == quote and that no
claim starts before body_offset (start of line 4: title, date, byline).
With --unmarked it lists body numbers/number words that are not gold, for review.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC, ART = os.path.join(HERE, "src"), os.path.join(HERE, "articles")
MARK = re.compile(r"\[\[(.*?)\]\]", re.S)
QUAL = {"E": "exact", "AP": "approximate", "AL": "at_least", "AM": "at_most",
        "RG": "range", "VG": "vague"}


def num(s):
    v = float(s)
    return int(v) if v.is_integer() and abs(v) < 1e18 else v


def occurrence(text, quote, start):
    n, i = 0, -1
    while True:
        i = text.find(quote, i + 1)
        if i < 0 or i > start:
            break
        n += 1
        if i == start:
            return n
    raise AssertionError((quote, start))


def build(name, raw):
    raw = raw.replace("{NB}", "\u00a0")
    out, claims, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        parts = m.group(1).split("|")
        quote, spec, subject = parts[0], parts[1].split(), parts[2]
        fk = parts[3] if len(parts) > 3 and parts[3] else None
        code = spec[0]
        if code in ("RG", "VG"):
            low, high, unit = num(spec[1]), num(spec[2]), " ".join(spec[3:])
        else:
            v, unit = num(spec[1]), " ".join(spec[2:])
            low = None if code == "AM" else v
            high = None if code == "AL" else v
        start = sum(len(x) for x in out)
        out.append(quote)
        claims.append(dict(article=name, quote=quote, low=low, high=high,
                           qualifier=QUAL[code], unit=unit, subject=subject,
                           figure_key=fk, start=start, end=start + len(quote)))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    lines = text.split("\n")
    body = sum(len(l) + 1 for l in lines[:3])
    for c in claims:
        assert text[c["start"]:c["end"]] == c["quote"]
        assert c["start"] >= body, (name, c["quote"])
        c["occurrence"] = occurrence(text, c["quote"], c["start"])
    return text, claims, body


NUMW = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|scores|half|twice|single|several|both)\b"


def main():
    gold, man = [], []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".src"):
            continue
        name = fn[:-4] + ".txt"
        text, claims, body = build(name, open(os.path.join(SRC, fn), encoding="utf-8").read())
        with open(os.path.join(ART, name), "w", encoding="utf-8") as f:
            f.write(text)
        keys = ["article", "quote", "occurrence", "low", "high", "qualifier", "unit",
                "subject", "figure_key", "start", "end"]
        gold += [{k: c[k] for k in keys} for c in claims]
        man.append({"file": name, "body_offset": body})
        if "--unmarked" in sys.argv:
            spans = [(c["start"], c["end"]) for c in claims]
            for m in re.finditer(r"\d[\d,.]*|" + NUMW, text, re.I):
                if m.start() < body or any(s <= m.start() < e for s, e in spans):
                    continue
                ctx = text[max(0, m.start() - 30):m.end() + 20].replace("\n", " ")
                print(f"{name[:12]} {m.group(0)!r:12} …{ctx}…")
        print(f"{name}: {len(claims)} claims, {len(text.split())} words", file=sys.stderr)
    with open(os.path.join(HERE, "gold.jsonl"), "w") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m) + "\n")
    print(f"{len(gold)} gold claims in {len(man)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
