#!/usr/bin/env python3
"""Missed gold quotes, false positives and wrong speakers on quotes-news.

Runs `figures extract` on tests/data/quotes/gum_news_quotes.jsonl and matches
its quote records to the gold ones the way tests/quote_scores.rs does (same
document, overlapping spans, largest overlap first, each record used once).

    python3 tools/quote_misses.py [--bin target/release/figures] [--only miss,fp,speaker]

Each item gets a rough cause from surface cues, so the list can be sorted into
groups; the causes are guesses to read, not a classification to trust.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "tests/data/quotes/gum_news_quotes.jsonl")


def norm(s):
    return " ".join(s.lower().split())


def same_speaker(gold, gold_text, pred):
    """The speaker comparison of tests/quote_scores.rs."""
    clean = lambda s: norm(s.replace(" - ", "-"))
    g, p = clean(gold), clean(pred)
    last = lambda s: s.split(" ")[-1] if s else ""
    initials = "".join(w[0] for w in pred.split() if w[:1].isupper())
    acronym = len(initials) >= 2 and initials.lower() == gold.strip().lower()
    return bool(g and p) and (acronym or p in g or g in p or last(g) == last(p)
                              or (gold_text is not None and last(clean(gold_text)) == last(p)))


def pairs(gold, pred):
    cand = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                cand.append((-ov, gi, pi))
    cand.sort()
    ug, up, out = set(), set(), []
    for _, gi, pi in cand:
        if gi not in ug and pi not in up:
            ug.add(gi)
            up.add(pi)
            out.append((gi, pi))
    return out


def context(text, start, end, pad=120):
    a, b = max(0, start - pad), min(len(text), end + pad)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " ¶ ")


def miss_cause(text, g):
    """A guess at why a gold quote was not found."""
    s, e = g["start"], g["end"]
    ss, se = g.get("speaker_start"), g.get("speaker_end")
    around = text[max(0, s - 200):min(len(text), e + 200)]
    inside = text[s:e]
    if not g.get("speaker"):
        return "no speaker in gold"
    if re.search(r", (said|says|added|told) [A-Z]", inside) or re.search(r", [A-Z][a-z]+ (said|says),", inside):
        return "attribution inside the content"
    if ss is not None and ss > e:
        between = text[e:ss]
        if re.search(r"\bwho\b", between):
            return "relative clause"
        return "speaker after content"
    if ss is not None and se is not None and se <= s:
        between = text[se:s]
        if re.search(r"\bwho\b", between):
            return "relative clause"
        if len(between.split()) > 8:
            return "speaker far before content"
        return "speaker before content"
    if ss is not None and s <= ss < e:
        return "speaker inside content (nested)"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("FIGURES_BIN", os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release/figures")))
    ap.add_argument("--only", default="miss,fp,speaker")
    ap.add_argument("--pad", type=int, default=120)
    args = ap.parse_args()
    show = set(args.only.split(","))

    articles = [json.loads(l) for l in open(DATA, encoding="utf-8") if l.strip()]
    feed = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
    out = subprocess.run([args.bin, "extract", "-", "--kinds", "quote", "-q"], input=feed, capture_output=True, text=True, check=True).stdout
    preds = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line)
        preds[r["doc"]].append(r)

    misses, fps, wrong = [], [], []
    n_gold = n_pred = n_match = n_spk = n_spk_ok = 0
    for a in articles:
        text, gold, pred = a["text"], a["quotes"], preds.get(a["id"], [])
        n_gold += len(gold)
        n_pred += len(pred)
        ps = pairs(gold, pred)
        n_match += len(ps)
        mg = {gi for gi, _ in ps}
        mp = {pi for _, pi in ps}
        for gi, g in enumerate(gold):
            if gi not in mg:
                misses.append((miss_cause(text, g), a["id"], g, context(text, g["start"], g["end"], args.pad)))
        for pi, p in enumerate(pred):
            if pi not in mp:
                cause = "short quoted phrase" if p["direct"] and len(p["text"].split()) <= 4 else ("direct" if p["direct"] else "reported")
                fps.append((cause, a["id"], p, context(text, p["start"], p["end"], args.pad)))
        for gi, pi in ps:
            g, p = gold[gi], pred[pi]
            if g.get("speaker"):
                n_spk += 1
                if same_speaker(g["speaker"], g.get("speaker_text"), p["speaker"]):
                    n_spk_ok += 1
                else:
                    wrong.append((a["id"], g, p, context(text, p["start"], p["end"], args.pad)))

    P = n_match / max(n_pred, 1)
    R = n_match / max(n_gold, 1)
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"gold {n_gold} pred {n_pred} matched {n_match}: P {P:.3f} R {R:.3f} F1 {F:.3f}; speaker {n_spk_ok}/{n_spk} = {n_spk_ok / max(n_spk, 1):.3f}")

    if "miss" in show:
        groups = collections.Counter(m[0] for m in misses)
        print(f"\n== missed gold: {len(misses)} ==", dict(groups.most_common()))
        for cause, _ in groups.most_common():
            print(f"\n-- {cause} --")
            for c, doc, g, ctx in misses:
                if c == cause:
                    print(f"{doc} {g['start']}-{g['end']} speaker={g.get('speaker')!r} ({g.get('speaker_text')!r}) cue={g.get('cue')} direct={g.get('direct')}\n    {ctx}")
    if "fp" in show:
        groups = collections.Counter(f[0] for f in fps)
        print(f"\n== false positives: {len(fps)} ==", dict(groups.most_common()))
        for cause, _ in groups.most_common():
            print(f"\n-- {cause} --")
            for c, doc, p, ctx in fps:
                if c == cause:
                    print(f"{doc} {p['start']}-{p['end']} speaker={p['speaker']!r} rule={p['rule']}\n    {ctx}")
    if "speaker" in show:
        print(f"\n== wrong speakers: {len(wrong)} ==")
        for doc, g, p, ctx in wrong:
            print(f"{doc} gold={g['speaker']!r} ({g.get('speaker_text')!r}) pred={p['speaker']!r} rule={p['rule']}\n    {ctx}")


if __name__ == "__main__":
    sys.exit(main())
