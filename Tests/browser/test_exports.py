"""The data exports as their users read them: the CSV through Python's csv module, the JSON against its schema."""
import csv
import io
import json
import pathlib
import urllib.request

import jsonschema

SCHEMA = json.loads((pathlib.Path(__file__).parents[2] / "docs/schemas/practices.schema.json").read_text(encoding="utf-8"))


def fetch(base_url, path):
    with urllib.request.urlopen(f"{base_url}{path}") as response:
        return response.read()


def test_csv_round_trips_through_pythons_csv_module(base_url):
    raw = fetch(base_url, "/api/practices.csv")
    assert raw.startswith("\ufeff".encode("utf-8")), "a byte-order mark, so that Excel reads UTF-8"
    assert b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0].keys()) == ["id", "lang", "title", "topics", "audience", "regions", "cost_from", "cost_to",
                                    "currency", "implementation_months", "preparation_months", "evidence",
                                    "replication", "url"]
    club = next(row for row in rows if row["id"] == "foster-family-club")
    assert club["lang"] == "ru"
    assert club["title"] == "Клуб приемных семей"
    assert (club["cost_from"], club["cost_to"], club["currency"]) == ("1000000", "10000000", "RUB")
    assert (club["implementation_months"], club["preparation_months"]) == ("6", "6")
    assert club["replication"] == "join;analog"
    assert club["url"].endswith("/ru/practices/foster-family-club/")
    every_card = json.loads(fetch(base_url, "/api/practices.json"))["practices"]
    assert sorted((row["id"], row["lang"]) for row in rows) == sorted((card["id"], card["lang"]) for card in every_card)


def test_json_exports_follow_the_published_schema(base_url):
    everything = json.loads(fetch(base_url, "/api/practices.json"))
    jsonschema.validate(everything, SCHEMA)
    assert {card["id"] for card in everything["practices"]} >= {"mifgash", "foster-family-club", "pnima"}
    one = json.loads(fetch(base_url, "/api/practices/mifgash.json"))
    jsonschema.validate(one, SCHEMA)
    assert [card["lang"] for card in one["translations"]] == ["en", "he"]
    club = next(card for card in everything["practices"] if card["id"] == "foster-family-club")
    assert club["cost"] == {"from": 1000000, "to": 10000000, "currency": "RUB"}
    assert club["preparation_time"] == {"text": "6+ months", "months_from": 6, "open": True}
    assert [result["percent"] for result in club["results"][:3]] == [91, 96, 88]
    assert {"key": "moscow", "label": "Москва"} in club["regions"]
