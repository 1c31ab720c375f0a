#!/usr/bin/env python3
"""Writes a deterministic Practica site (content contract v1) for benchmarks.

    python3 bench/generate.py --out DIR [--practices 10000] [--models 100] [--seed 1]

DIR/content/ gets site.yml, taxonomies.yml, practices/<id>/<lang>.md and models/<id>/<lang>.md
(the old DIR/content is removed first). Every practice fills every key of the contract; about
three in eight practices are in two or three languages (same id, keys, dates and ids in each
translation), the rest in one language, spread over en, he, ru and bg. Bodies are Markdown
(headings, paragraphs, lists, sometimes a table) built from the word lists in lexicon.py, with
the inflected forms of each language. Cards average about 6 KB. The practices of anchors.py are
always included (bench/queries.json expects them). Same arguments, same bytes: pure standard
library, seeded, no network. Prints the counts and the size.
"""
import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon as L  # noqa: E402
from anchors import ANCHORS  # noqa: E402

LANGS = ["en", "he", "ru", "bg"]
LABEL_INDEX = {"en": 0, "ru": 1, "he": 2, "bg": 3}
CURRENCIES = {"en": ["USD", "EUR", "GBP"], "ru": ["RUB", "RUB", "EUR"], "bg": ["BGN", "EUR", "BGN"], "he": ["ILS", "ILS", "USD"]}
COST_SCALE = {"USD": 1, "EUR": 1, "GBP": 1, "RUB": 90, "ILS": 4, "BGN": 2}
REPLICATION = ["join", "analog", "license", "training", "consulting"]
HEBREW_FINALS = str.maketrans("ךםןףץ", "כמנפצ")
SLOT = re.compile(r"\{([^{}]+)\}")


# ---------------------------------------------------------------------------------------------
# Languages: noun phrases and verbs with agreement

def zipf_weights(n, s=0.75):
    return [1.0 / (rank + 1) ** s for rank in range(n)]


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


class Language:
    """Inflects the lexicon of one language and fills sentence templates."""

    def __init__(self, code):
        self.code = code
        self.noun_keys = list(L.NOUNS)
        self.noun_cum = cumulative(zipf_weights(len(self.noun_keys)))
        self.adj_keys = list(L.ADJECTIVES)
        self.adj_cum = cumulative(zipf_weights(len(self.adj_keys), 0.6))
        self.verb_keys = list(L.VERBS)
        self.verb_cum = cumulative(zipf_weights(len(self.verb_keys), 0.6))
        self.nouns, self.adjs, self.verbs = {}, {}, {}
        for key, (en, ru, ru_g, ru_anim, bg, bg_g, he, he_g) in L.NOUNS.items():
            if code == "en":
                sg, _, pl = en.partition("|")
                self.nouns[key] = (sg, pl or english_plural(sg), None, False)
            elif code == "ru":
                self.nouns[key] = (L._ru_noun_forms(ru, ru_anim), ru_g, ru_anim)
            elif code == "bg":
                self.nouns[key] = (bg.split("|"), bg_g)
            else:
                sg, pl = he.split("|")
                self.nouns[key] = (sg, pl, he_g)
        for key, (en, ru, bg, he) in L.ADJECTIVES.items():
            if code == "en":
                self.adjs[key] = en
            elif code == "ru":
                stem, kind = ru.split(":")
                self.adjs[key] = L._ru_adjective(stem, kind)
            elif code == "bg":
                m, f, n, pl = bg.split("|")
                self.adjs[key] = {"m": (m, pl + "ят"), "f": (f, f + "та"), "n": (n, n + "то"), "pl": (pl, pl + "те")}
            else:
                self.adjs[key] = dict(zip(("m", "f", "mpl", "fpl"), he.split("|")))
        for key, (en, ru, bg, he) in L.VERBS.items():
            if code == "en":
                parts = en.split("|")
                self.verbs[key] = tuple(parts) if len(parts) == 4 else english_verb(parts[0])
            elif code == "ru":
                self.verbs[key] = ru.split("|")
            elif code == "bg":
                self.verbs[key] = bg.split("|")
            else:
                self.verbs[key] = he.split("|")

    # -- choices

    def noun_key(self, ctx):
        if ctx.topic_nouns and ctx.rng.random() < 0.35:
            return ctx.rng.choice(ctx.topic_nouns)
        return ctx.rng.choices(self.noun_keys, cum_weights=self.noun_cum)[0]

    def adj_key(self, rng):
        return rng.choices(self.adj_keys, cum_weights=self.adj_cum)[0]

    def verb_key(self, rng):
        return rng.choices(self.verb_keys, cum_weights=self.verb_cum)[0]

    # -- noun phrases; each returns (text, gender, plural)

    def phrase(self, args, ctx, with_adj, key=None, adj=None):
        rng = ctx.rng
        key = key or self.noun_key(ctx)
        number = next((a for a in args if a in ("sg", "pl")), None)
        plural = (rng.random() < 0.4) if number is None else number == "pl"
        use_adj = adj is not None or (with_adj and rng.random() < 0.5)
        adj = adj or (self.adj_key(rng) if use_adj else None)
        code = self.code
        if code == "ru":
            forms, gender, animate = self.nouns[key]
            case = args[0] if args and args[0] in L.RU_CASES else "nom"
            noun = forms[L.RU_CASES.index(case) + (6 if plural else 0)]
            if adj:
                table = self.adjs[adj]
                g = "pl" if plural else gender
                a = table.get((g, case, animate)) if case == "acc" and g in ("m", "pl") else table[(g, case)]
                noun = a + " " + noun
            return noun, gender, plural
        if code == "bg":
            forms, gender = self.nouns[key]
            definite = "d" in args
            if adj:
                g = "pl" if plural else gender
                a = self.adjs[adj][g][1 if definite else 0]
                return a + " " + forms[2 if plural else 0], gender, plural
            return forms[(2 if plural else 0) + (1 if definite else 0)], gender, plural
        if code == "en":
            sg, pl, _, _ = self.nouns[key]
            noun = pl if plural else sg
            if adj:
                noun = self.adjs[adj] + " " + noun
            det = next((a for a in args if a in ("the", "a", "bare")), None)
            if det is None:
                r = rng.random()
                uncountable = sg == pl
                if plural or uncountable:
                    det = "the" if r < 0.3 else "bare"
                else:
                    det = "the" if r < 0.55 else "a" if r < 0.85 else "bare"
            if det == "the":
                noun = "the " + noun
            elif det == "a" and not plural and sg != pl:
                noun = ("an " if noun[0] in "aeiou" else "a ") + noun
            return noun, "m", plural
        # Hebrew: noun, then the adjective; ה marks both definite; proclitics join the first word.
        sg, pl, gender = self.nouns[key]
        prefix = args[0] if args and args[0] not in ("sg", "pl") else "-"
        prefix = "" if prefix == "-" else prefix
        definite = prefix.endswith("ה")
        if definite:
            prefix = prefix[:-1]
            article = "" if prefix and prefix[-1] in "בלכ" else "ה"
        else:
            article = ""
        noun = prefix + article + (pl if plural else sg)
        if adj:
            form = self.adjs[adj][(gender + "pl") if plural else gender]
            noun += " " + ("ה" if definite else "") + form
        return noun, gender, plural

    def verb(self, args, ctx, past=False):
        rng = ctx.rng
        key = None
        form = None
        for a in args:
            if a.startswith("="):
                key = a[1:]
            else:
                form = a
        key = key or self.verb_key(rng)
        forms = self.verbs[key]
        plural, gender = ctx.plural, ctx.gender
        code = self.code
        if code == "en":
            base, third, past_form, ing = forms
            if form == "base":
                return base
            if form == "ing":
                return ing
            if past:
                return past_form
            return base if plural else third
        if code == "ru":
            if form == "inf":
                return forms[5]
            if past:
                if plural:
                    return forms[4]
                return {"m": forms[2], "f": forms[3]}.get(gender, forms[3][:-1] + "о")
            if form == "3sg":
                return forms[0]
            return forms[1] if plural else forms[0]
        if code == "bg":
            if form == "3sg":
                return forms[0]
            if past:
                return forms[3] if plural else forms[2]
            return forms[1] if plural else forms[0]
        if form == "inf":
            return forms[6]
        if past:
            if plural:
                return forms[5]
            if gender == "f":
                p = forms[4]
                return p[:-1] + "תה" if p.endswith("ה") else p.translate(HEBREW_FINALS) + "ה"
            return forms[4]
        return forms[(2 if plural else 0) + (1 if gender == "f" else 0)]

    def fill(self, template, ctx, cap=True):
        def slot(match):
            kind, *args = match.group(1).split(":")
            if kind.startswith("V=") or kind.startswith("VP="):
                name, key = kind.split("=")
                return self.verb(["=" + key] + args, ctx, past=name == "VP")
            if kind == "S":
                text, gender, plural = self.phrase(args, ctx, True)
                ctx.gender, ctx.plural = gender, plural
                return text
            if kind == "NP":
                return self.phrase(args, ctx, True)[0]
            if kind == "N":
                return self.phrase(args, ctx, False)[0]
            if kind == "V":
                return self.verb(args, ctx)
            if kind == "VP":
                return self.verb(args, ctx, past=True)
            if kind == "REG":
                return ctx.region_label()
            if kind == "NUM":
                return str(ctx.rng.choice((12, 15, 20, 25, 30, 40, 45, 60, 75, 85, 120, 150, 200, 250, 300, 450, 600, 1200)))
            if kind == "PCT":
                return f"{ctx.rng.randint(40, 98)}%"
            if kind == "YEAR":
                return str(ctx.rng.randint(2006, 2023))
            if kind == "SMALL":
                return str(ctx.rng.randint(2, 4))
            raise ValueError(match.group(0))

        ctx.plural, ctx.gender = False, "m"
        text = SLOT.sub(slot, template)
        return capitalize(text) if cap and self.code != "he" else text

    def sentence(self, ctx):
        return self.fill(ctx.rng.choice(L.TEMPLATES[self.code]), ctx)


def english_plural(word):
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def english_verb(base):
    if base.endswith("e"):
        return base, base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith(("s", "x", "ch", "sh")):
        return base, base + "es", base + "ed", base + "ing"
    return base, base + "s", base + "ed", base + "ing"


def capitalize(text):
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


class Context:
    """Per card: the random stream, the topics' nouns and the regions to mention."""

    def __init__(self, rng, lang, topics=(), regions=()):
        self.rng = rng
        self.lang = lang
        self.topic_nouns = [n for t in topics for n in L.TOPIC_NOUNS[t]]
        self.regions = [L.REGIONS[r][LABEL_INDEX[lang]] for r in regions] or ["—"]
        self.plural, self.gender = False, "m"

    def region_label(self):
        return self.rng.choice(self.regions)


# ---------------------------------------------------------------------------------------------
# YAML output

PLAIN_UNSAFE_START = set("-?:,[]{}#&*!|>'\"%@`")
YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
NUMBERISH = re.compile(r"^[-+]?[0-9][0-9_.,:\-]*([eE][-+]?[0-9]+)?$|^\.(inf|nan)$", re.I)


def ys(text):
    """A YAML scalar for `text`: plain where that reads back as the same string, else quoted."""
    if (not text or text[0] in PLAIN_UNSAFE_START or text[0].isspace() or text[-1].isspace()
            or ": " in text or " #" in text or text.endswith(":") or "\n" in text
            or text.lower() in YAML_WORDS or NUMBERISH.match(text)):
        return json.dumps(text, ensure_ascii=False)
    return text


def yflow(text):
    """A scalar inside a flow collection: also quote flow indicators."""
    if any(c in text for c in ",[]{}"):
        return json.dumps(text, ensure_ascii=False)
    return ys(text)


def flow_list(items):
    return "[" + ", ".join(yflow(i) for i in items) + "]"


# ---------------------------------------------------------------------------------------------
# The corpus

def proper_name(rng, syllables=None):
    syllables = syllables or [rng.randrange(len(L.SYLLABLES)) for _ in range(rng.choice((2, 2, 3)))]
    return syllables


def render_proper(syllables, lang):
    column = {"en": 0, "ru": 1, "bg": 1, "he": 2}[lang]
    word = "".join(L.SYLLABLES[s][column] for s in syllables)
    return word if lang == "he" else word[0].upper() + word[1:]


def duration_text(rng):
    kind = rng.random()
    if kind < 0.30:
        return f"{rng.choice((2, 3, 4, 6, 8, 9, 10, 12, 18, 24))} months"
    if kind < 0.40:
        return rng.choice(("1 year", "2 years", "3 years", "1 month", "1.5 years"))
    if kind < 0.50:
        return f"{rng.choice((2, 4, 6, 8, 10, 12, 16, 26))} weeks"
    if kind < 0.55:
        return f"{rng.choice((5, 10, 14, 20, 30, 45, 60, 90))} days"
    if kind < 0.72:
        low = rng.choice((1, 2, 3, 4, 6, 9, 12))
        dash = "–" if rng.random() < 0.15 else "-"
        return f"{low}{dash}{low * rng.choice((2, 3))} months"
    if kind < 0.85:
        return f"{rng.choice((1, 3, 6, 12))}+ months"
    return rng.choice(("P6M", "P1Y", "P1Y6M", "P2W", "P10D", "P3M", "P2Y", "P9M", "P1Y3M"))


def cost_numbers(rng, currency):
    base = rng.choice((1000, 2000, 5000, 8000, 10000, 20000, 30000, 50000, 100000, 250000, 500000)) * COST_SCALE[currency]
    low = base
    high = base * rng.choice((2, 3, 5, 10))

    def number(value):
        value = int(value)
        return f"{value:_}" if rng.random() < 0.1 and value >= 10000 else str(value)
    return number(low), number(high)


def practice_plan(i, n_practices, models, seed):
    """The language-independent part of practice i: ids, keys, dates, numbers."""
    rng = random.Random(f"{seed}:practice:{i}")
    p = {}
    if i < len(ANCHORS):
        anchor = ANCHORS[i]
        p["id"] = anchor["id"]
        p["langs"] = [lang for lang in LANGS if lang in anchor]
        p["anchor"] = anchor
    else:
        r = rng.random()
        if r < 0.39:
            p["langs"] = sorted(rng.sample(LANGS, 3 if rng.random() < 0.9 else 2), key=LANGS.index)
        else:
            p["langs"] = [LANGS[rng.randrange(4)]]
    p["kind"] = rng.choice(L.TITLE_KINDS)
    p["target"] = rng.choice(L.TITLE_TARGETS)
    p["adj"] = rng.choice(list(L.ADJECTIVES))
    p["pattern"] = rng.randrange(4)
    p["proper"] = proper_name(rng)
    if "id" not in p:
        p["id"] = f"{p['adj']}-{p['kind']}-{p['target']}-{i}"
    topics = list(L.TOPICS)
    p["topics"] = rng.sample(topics, rng.choice((1, 2, 2, 3)))
    p["audience"] = rng.sample(list(L.AUDIENCE), rng.choice((1, 2, 3)))
    p["partners"] = rng.sample(list(L.PARTNERS), rng.choice((1, 2, 3)))
    p["regions"] = rng.sample(list(L.REGIONS), rng.choice((1, 1, 2, 3)))
    p["evidence"] = rng.choice(list(L.EVIDENCE))
    p["replication"] = sorted(rng.sample(REPLICATION, rng.choice((1, 2, 3))), key=REPLICATION.index)
    p["model"] = models[rng.randrange(len(models))]["id"]
    p["related"] = sorted({rng.randrange(n_practices) for _ in range(rng.choice((2, 3, 4)))} - {i})
    p["implementation_time"] = duration_text(rng)
    p["preparation_time"] = duration_text(rng)
    home = p["langs"][0]
    currency = rng.choice(CURRENCIES[home])
    low, high = cost_numbers(rng, currency)
    p["cost"] = {"from": low, "to": high, "currency": currency, "note": rng.randrange(3) if rng.random() < 0.3 else None,
                 "block": rng.random() < 0.5}
    p["results"] = [f"{rng.randint(35, 98)}%" if rng.random() < 0.8 else rng.choice(("300+", "45", "1200", "12+")) for _ in range(rng.randint(3, 5))]
    p["results"][0] = f"{rng.randint(55, 98)}%"
    stage_count = rng.randint(3, 5)
    p["stages"] = [(s, duration_text(rng)) for s in sorted(rng.sample(range(len(L.STAGE_TITLES["en"])), stage_count))]
    p["contacts"] = [(rng.randrange(12), proper_name(rng), rng.randrange(5)) for _ in range(rng.choice((1, 1, 2)))]
    p["org_pattern"] = rng.randrange(4)
    p["org_name"] = proper_name(rng)
    created = datetime.date(2012, 1, 1) + datetime.timedelta(days=rng.randrange(12 * 365))
    updated = min(created + datetime.timedelta(days=rng.randrange(900)), datetime.date(2025, 6, 30))
    p["created"], p["updated"] = created.isoformat(), updated.isoformat()
    p["target_bytes"] = max(3200, min(12000, int(rng.gauss(5600, 1400))))
    return p


def title_text(p, lang, language):
    """The practice's title in `lang`, from its kind, target, adjective and proper name."""
    ctx = Context(random.Random(0), lang)
    kind_key, target, adj = p["kind"], p["target"], p["adj"]
    proper = render_proper(p["proper"], lang)
    pattern = L.TITLE_PATTERNS[lang][p["pattern"]]
    if lang == "ru":
        forms, gender, _ = language.nouns[kind_key]
        kind = forms[0]
        a = language.adjs[adj][(gender, "nom")]
        t = language.nouns[target][0][7]
    elif lang == "bg":
        forms, gender = language.nouns[kind_key]
        kind = forms[0]
        a = language.adjs[adj][gender][0]
        t = language.nouns[target][0][2]
    elif lang == "en":
        kind = language.nouns[kind_key][0]
        a = language.adjs[adj]
        t = language.nouns[target][1]
    else:
        sg, _, gender = language.nouns[kind_key]
        kind = sg
        a = language.adjs[adj][gender]
        t = language.nouns[target][1]
    del ctx
    text = pattern.replace("{K}", kind).replace("{T}", t).replace("{A}", a).replace("{P}", proper)
    return capitalize(text) if lang != "he" else text


def summary_text(language, ctx, first=None):
    sentences = [first] if first else []
    length = len(first) if first else -1
    for _ in range(6):
        s = language.sentence(ctx)
        if length + 1 + len(s) > 295:
            if length < 0:
                s = s[:290].rsplit(" ", 1)[0] + "."
            else:
                continue
        sentences.append(s)
        length += 1 + len(s)
        if length > 160:
            break
    return " ".join(sentences)


def body_markdown(p, lang, language, ctx, budget, extra_paragraph=None):
    rng = ctx.rng
    out = []
    size = 0
    headings = list(L.SECTION_HEADINGS[lang])
    rng.shuffle(headings)
    table_done = rng.random() > 0.25
    first = True
    while size < budget and headings:
        block = ["## " + headings.pop()]
        if first and extra_paragraph:
            block.append(extra_paragraph)
        first = False
        for _ in range(rng.choice((1, 1, 2))):
            block.append(paragraph(language, ctx, rng.randint(3, 6)))
        r = rng.random()
        if r < 0.22:
            block.append("\n".join("- " + language.fill(rng.choice(L.LIST_TEMPLATES[lang]), ctx) for _ in range(rng.randint(3, 6))))
        elif r < 0.32:
            block.append("\n".join(f"{k}. " + language.sentence(ctx) for k in range(1, rng.randint(3, 5) + 1)))
        elif r < 0.42:
            block.append("### " + rng.choice(L.SUBHEADINGS[lang]))
            block.append(paragraph(language, ctx, rng.randint(2, 5)))
        if not table_done and rng.random() < 0.5:
            table_done = True
            head = L.TABLE_HEADERS[lang]
            rows = [f"| {head[0]} | {head[1]} | {head[2]} |", "|---|---|---|"]
            for _ in range(rng.randint(3, 5)):
                low = rng.randint(10, 60)
                rows.append(f"| {language.fill('{N::pl}' if lang != 'ru' else '{N:nom:pl}', ctx)} | {low}% | {min(99, low + rng.randint(5, 35))}% |")
            block.append("\n".join(rows))
        text = "\n\n".join(block)
        out.append(text)
        size += len(text.encode())
    return "\n\n".join(out) + "\n"


def paragraph(language, ctx, count):
    rng = ctx.rng
    sentences = [language.sentence(ctx) for _ in range(count)]
    if rng.random() < 0.12:
        k = rng.randrange(len(sentences))
        words = sentences[k].split(" ")
        if len(words) > 4:
            j = rng.randrange(1, len(words) - 2)
            words[j] = f"**{words[j]}**"
            sentences[k] = " ".join(words)
    if rng.random() < 0.06:
        sentences.append(f"[{language.fill('{NP}' if language.code == 'en' else '{NP:nom}' if language.code == 'ru' else '{NP:i}' if language.code == 'bg' else '{NP:-}', ctx)}](https://example.org/materials/{rng.randrange(10000)})")
    return " ".join(sentences)


def org_name(p, lang):
    patterns = L.ORG_PATTERNS[lang]
    return patterns[p["org_pattern"] % len(patterns)].replace("{P}", render_proper(p["org_name"], lang))


def practice_card(p, lang, language, ids, seed):
    rng = random.Random(f"{seed}:card:{p['id']}:{lang}")
    ctx = Context(rng, lang, p["topics"], p["regions"])
    anchor = p.get("anchor", {}).get(lang)
    title = anchor[0] if anchor else title_text(p, lang, language)
    summary = anchor[1] if anchor else summary_text(language, ctx)
    fm = ["---", f"title: {ys(title)}", f"summary: {ys(summary)}"]
    fm.append(f"question: {ys(language.fill(rng.choice(L.QUESTION_TEMPLATES[lang]), ctx))}")
    fm.append(f"topics: {flow_list(p['topics'])}")
    fm.append(f"audience: {flow_list(p['audience'])}")
    fm.append(f"goal: {ys(language.sentence(ctx))}")
    fm.append("tasks:")
    for _ in range(rng.randint(3, 5)):
        fm.append(f"  - {ys(capitalize(language.fill(rng.choice(L.TASK_TEMPLATES[lang]), ctx)))}")
    fm.append(f"organization: {ys(org_name(p, lang))}")
    fm.append(f"partners: {flow_list(p['partners'])}")
    fm.append(f"regions: {flow_list(p['regions'])}")
    fm.append(f"implementation_time: {ys(p['implementation_time'])}")
    fm.append(f"preparation_time: {ys(p['preparation_time'])}")
    cost = p["cost"]
    note = L.COST_NOTES[lang][cost["note"]] if cost["note"] is not None else None
    if cost["block"] or note:
        fm += ["cost:", f"  from: {cost['from']}", f"  to: {cost['to']}", f"  currency: {cost['currency']}"]
        if note:
            fm.append(f"  note: {ys(note)}")
    else:
        fm.append(f"cost: {{from: {cost['from']}, to: {cost['to']}, currency: {cost['currency']}}}")
    fm.append("results:")
    for value in p["results"]:
        fm.append(f"  - value: {ys(value)}")
        fm.append(f"    text: {ys(language.fill(rng.choice(L.RESULT_TEMPLATES[lang]), ctx, cap=False))}")
    fm.append("stages:")
    for index, duration in p["stages"]:
        fm.append(f"  - title: {ys(L.STAGE_TITLES[lang][index])}")
        fm.append(f"    duration: {ys(duration)}")
        fm.append(f"    text: {ys(language.sentence(ctx))}")
    fm.append(f"replication: {flow_list(p['replication'])}")
    fm.append(f"evidence: {p['evidence']}")
    fm.append(f"model: {p['model']}")
    fm.append(f"related: {flow_list([ids[r] for r in p['related']])}")
    fm.append("contacts:")
    domain = f"{render_proper(p['org_name'], 'en').lower()}-{p['org_pattern']}"
    for first, surname, ending in p["contacts"]:
        name = f"{L.FIRST_NAMES[lang][first]} {render_proper(surname, lang)}{L.SURNAME_ENDINGS[lang][ending]}"
        email = f"{render_proper(surname, 'en').lower()}{L.SURNAME_ENDINGS['en'][ending]}@{domain}.example.org"
        fm.append(f"  - name: {ys(name)}")
        fm.append(f"    email: {email}")
        fm.append(f"    url: https://{domain}.example.org/{p['id']}")
    fm.append(f"created: {p['created']}")
    fm.append(f"updated: {p['updated']}")
    fm.append("---")
    front = "\n".join(fm) + "\n"
    budget = max(1200, p["target_bytes"] - len(front.encode()))
    body = body_markdown(p, lang, language, ctx, budget, anchor[2] if anchor else None)
    return front + body


def model_plan(j, seed):
    rng = random.Random(f"{seed}:model:{j}")
    kind = rng.choice(["programme", "method", "approach", "service", "network", "practice"])
    adj = rng.choice(list(L.ADJECTIVES))
    langs = sorted(rng.sample(LANGS, rng.choice((1, 1, 2))), key=LANGS.index)
    created = datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randrange(10 * 365))
    updated = created + datetime.timedelta(days=rng.randrange(1000))
    return {"id": f"{adj}-{kind}-model-{j + 1}", "kind": kind, "adj": adj, "langs": langs,
            "proper": proper_name(rng), "created": created.isoformat(), "updated": updated.isoformat(),
            "target_bytes": rng.randint(12000, 24000), "practices": []}


MODEL_TITLES = {"en": "The «{P}» model", "ru": "Модель «{P}»", "bg": "Модел „{P}“", "he": "מודל {P}"}


def model_document(m, lang, language, ids, seed):
    rng = random.Random(f"{seed}:modeldoc:{m['id']}:{lang}")
    ctx = Context(rng, lang, rng.sample(list(L.TOPICS), 2), rng.sample(list(L.REGIONS), 2))
    title = MODEL_TITLES[lang].replace("{P}", render_proper(m["proper"], lang))
    fm = ["---", f"title: {ys(title)}", f"summary: {ys(summary_text(language, ctx))}",
          f"practices: {flow_list(m['practices'][:8])}", f"created: {m['created']}", f"updated: {m['updated']}", "---"]
    front = "\n".join(fm) + "\n"
    out, size = [], 0
    headings = list(L.SECTION_HEADINGS[lang])
    rng.shuffle(headings)
    while size < m["target_bytes"] - len(front.encode()) and headings:
        block = ["## " + headings.pop()]
        for sub in rng.sample(L.SUBHEADINGS[lang], rng.randint(1, 3)):
            block.append("### " + sub)
            block.append(paragraph(language, ctx, rng.randint(4, 8)))
            if rng.random() < 0.3:
                block.append("\n".join("- " + language.fill(rng.choice(L.LIST_TEMPLATES[lang]), ctx) for _ in range(rng.randint(3, 6))))
        text = "\n\n".join(block)
        out.append(text)
        size += len(text.encode())
    return front + "\n\n".join(out) + "\n"


def labels_line(key, labels):
    values = {lang: labels[LABEL_INDEX[lang]] for lang in ("en", "ru", "he", "bg")}
    return f"  {key}: {{" + ", ".join(f"{lang}: {yflow(v)}" for lang, v in values.items()) + "}"


def write_site_files(content):
    site = """title: {en: Practice Knowledge Base (benchmark), ru: База практик (тест), he: מאגר פרקטיקות (בדיקה), bg: База с практики (тест)}
base_url: https://bench.example.org/
default_language: en
languages: [en, he, ru, bg]
description: {en: A generated corpus for benchmarks, ru: Сгенерированный корпус для замеров, he: קורפוס שנוצר לצורך מדידות, bg: Генериран корпус за измервания}
rtl: [he]
cost_bands:
  RUB: [100000, 1000000, 10000000]
  ILS: [50000, 500000, 5000000]
  EUR: [5000, 50000, 500000]
  BGN: [10000, 100000, 1000000]
  USD: [5000, 50000, 500000]
  GBP: [5000, 50000, 500000]
"""
    with open(os.path.join(content, "site.yml"), "w", encoding="utf-8") as f:
        f.write(site)
    lines = ["# Facet terms of the generated benchmark corpus (bench/generate.py)."]
    for name, table in (("topics", L.TOPICS), ("audience", L.AUDIENCE), ("regions", L.REGIONS),
                        ("partners", L.PARTNERS), ("evidence", L.EVIDENCE)):
        lines.append("")
        lines.append(f"{name}:")
        lines += [labels_line(k, v) for k, v in table.items()]
    with open(os.path.join(content, "taxonomies.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="site folder; DIR/content is replaced")
    parser.add_argument("--practices", type=int, default=10000)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--seed", default="1")
    args = parser.parse_args()
    if args.practices < len(ANCHORS) + 10:
        parser.error(f"--practices must be at least {len(ANCHORS) + 10}")

    content = os.path.join(args.out, "content")
    if os.path.exists(content):
        shutil.rmtree(content)
    os.makedirs(content)
    write_site_files(content)

    languages = {lang: Language(lang) for lang in LANGS}
    models = [model_plan(j, args.seed) for j in range(args.models)]
    plans = [practice_plan(i, args.practices, models, args.seed) for i in range(args.practices)]
    ids = [p["id"] for p in plans]
    assert len(set(ids)) == len(ids), "duplicate practice ids"
    by_model = {m["id"]: m for m in models}
    for p in plans:
        by_model[p["model"]]["practices"].append(p["id"])

    total = 0
    cards = {lang: 0 for lang in LANGS}
    per_count = {}
    for p in plans:
        per_count[len(p["langs"])] = per_count.get(len(p["langs"]), 0) + 1
        for lang in p["langs"]:
            text = practice_card(p, lang, languages[lang], ids, args.seed)
            total += write(os.path.join(content, "practices", p["id"], f"{lang}.md"), text)
            cards[lang] += 1
    practice_bytes = total
    model_files = 0
    for m in models:
        for lang in m["langs"]:
            total += write(os.path.join(content, "models", m["id"], f"{lang}.md"), model_document(m, lang, languages[lang], ids, args.seed))
            model_files += 1

    n_cards = sum(cards.values())
    split = ", ".join(f"{per_count.get(k, 0)} in {k} language{'s' if k > 1 else ''}" for k in (1, 2, 3))
    print(f"practices: {len(plans)} ({split})")
    print(f"practice cards: {n_cards} ({', '.join(f'{lang} {cards[lang]}' for lang in LANGS)}), "
          f"average {practice_bytes / n_cards / 1024:.1f} KiB")
    print(f"models: {len(models)} ({model_files} documents)")
    print(f"Markdown: {n_cards + model_files} files, {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
