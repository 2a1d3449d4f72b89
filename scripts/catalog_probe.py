"""Walks every endpoint of scripts/catalog-endpoints.txt as one shopper and tells which answers leak a product the
shopper may not see: its id (as a JSON "id" or "productId"), its name, its sku or its price. A name or sku the
request itself sent is not looked for in its answer: the host echoes what it did not find ("Product [sku] not
found"). Standard library only."""
import json
import os
import re
import urllib.parse

from owner_api import call

ENDPOINTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalog-endpoints.txt")


def endpoints():
    """(method, path template, body template or None) for every line of the list."""
    found = []
    with open(ENDPOINTS, encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            method, rest = line.split(" ", 1)
            path, _, body = rest.partition(" ")
            found.append((method, path, body or None))
    return found


def fill(template, values):
    """The template with each {placeholder} replaced; values go into paths URL-encoded, into bodies as they are."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), template)


def leaks(base, token, values, secret):
    """[(request, what leaked)] for every answer carrying the secret product: secret has id, name, sku, price."""
    found = []
    path_values = {k: urllib.parse.quote(str(v), safe="") for k, v in values.items()}
    for method, path, body in endpoints():
        url = fill(path, path_values)
        data = json.loads(fill(body, values)) if body else None
        status, answer, _ = call(base, method, url, data, token=token)
        sent = urllib.parse.unquote(url) + (json.dumps(data, ensure_ascii=False) if data else "")
        for what in leaked(answer, secret, sent):
            found.append((f"{method} {url} -> {status}", what))
    return found


PRODUCT_FIELDS = ("sku", "inventory")


def has_product(node, product_id):
    """Whether the JSON holds an object with this productId, or this id beside a sku (products, cart lines) or
    stock (search items): a description, a price or a category may have the same number."""
    if isinstance(node, list):
        return any(has_product(item, product_id) for item in node)
    if not isinstance(node, dict):
        return False
    if node.get("productId") == product_id or node.get("id") == product_id and any(
            field in node for field in PRODUCT_FIELDS):
        return True
    return any(has_product(value, product_id) for value in node.values())


def leaked(answer, secret, sent=""):
    """What of the secret product the answer shows, but for a name or sku the request sent."""
    text = json.dumps(answer, ensure_ascii=False) if not isinstance(answer, str) else answer
    shown = []
    if not isinstance(answer, str) and has_product(answer, secret["id"]):
        shown.append(f"id {secret['id']}")
    for field in ("name", "sku"):
        if secret[field].lower() in text.lower() and secret[field].lower() not in sent.lower():
            shown.append(f"{field} {secret[field]!r}")
    if secret["price"] in text:
        shown.append(f"price {secret['price']}")
    return shown
