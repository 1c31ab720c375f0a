#!/usr/bin/env python3
"""Lays a Practica site's content out as a Hugo site, for the build benchmark.

    python3 bench/to_hugo.py --site SITE --out HUGO_SITE

Writes HUGO_SITE/content/<lang>/practices/<id>.md and content/<lang>/models/<id>.md (the same
front matter and body; `evidence` becomes a one-item list because Hugo taxonomies are lists,
and `date`/`lastmod` repeat `created`/`updated`), a section _index.md per language,
data/taxonomies.yml (the labels, for the layouts), i18n/<lang>.yaml (Practica's theme strings),
and copies hugo.toml and layouts/ from bench/hugo/. The old content/, data/, i18n/ and layouts/
are replaced. Pure standard library.
"""
import argparse
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LANGS = ["en", "he", "ru", "bg"]


def split_front_matter(text):
    if not text.startswith("---\n"):
        return "", text
    end = text.index("\n---\n", 3)
    return text[4:end + 1], text[end + 5:]


def hugo_front_matter(front):
    lines = front.split("\n")
    out = []
    for line in lines:
        if line.startswith("evidence: ") and not line.startswith("evidence: ["):
            line = f"evidence: [{line[len('evidence: '):].strip()}]"
        out.append(line)
    created = re.search(r"^created: (\S+)$", front, re.M)
    updated = re.search(r"^updated: (\S+)$", front, re.M)
    if created:
        out.insert(0, f"date: {created.group(1)}")
    if updated:
        out.insert(0, f"lastmod: {updated.group(1)}")
    return "\n".join(out).rstrip("\n") + "\n"


def theme_strings(lang):
    """Practica's UI strings for `lang` as a flat Hugo i18n file (key: "value")."""
    path = os.path.join(REPO, "templates", "i18n", f"{lang}.yml")
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, help="a Practica site folder (holding content/)")
    parser.add_argument("--out", required=True, help="the Hugo site folder to write")
    args = parser.parse_args()

    source = os.path.join(args.site, "content")
    out = args.out
    os.makedirs(out, exist_ok=True)
    for name in ("content", "data", "i18n", "layouts", "public", "resources"):
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    shutil.copy(os.path.join(HERE, "hugo", "hugo.toml"), os.path.join(out, "hugo.toml"))
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(out, "layouts"))
    os.makedirs(os.path.join(out, "data"))
    shutil.copy(os.path.join(source, "taxonomies.yml"), os.path.join(out, "data", "taxonomies.yml"))
    os.makedirs(os.path.join(out, "i18n"))
    strings = {}
    for lang in LANGS:
        text = theme_strings(lang)
        with open(os.path.join(out, "i18n", f"{lang}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        strings[lang] = dict(re.findall(r"^(\w+): ?(.*)$", text, re.M))

    counts = {"practices": 0, "models": 0, "pages": 0}
    for kind in ("practices", "models", "pages"):
        folder = os.path.join(source, kind)
        if not os.path.isdir(folder):
            continue
        for doc_id in sorted(os.listdir(folder)):
            for name in sorted(os.listdir(os.path.join(folder, doc_id))):
                lang, ext = os.path.splitext(name)
                if ext != ".md" or lang not in LANGS:
                    continue
                with open(os.path.join(folder, doc_id, name), encoding="utf-8") as f:
                    front, body = split_front_matter(f.read())
                target = os.path.join(out, "content", lang, *([] if kind == "pages" else [kind]), f"{doc_id}.md")
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as f:
                    f.write("---\n" + hugo_front_matter(front) + "---\n" + body)
                counts[kind] += 1
    for lang in LANGS:
        for kind, key in (("practices", "catalog_title"), ("models", "nav_models")):
            title = strings[lang].get(key, kind.title()).strip().strip('"')
            path = os.path.join(out, "content", lang, kind, "_index.md")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n")
    print(f"hugo site: {counts['practices']} practice files, {counts['models']} model files, {counts['pages']} pages into {out}")


if __name__ == "__main__":
    main()
