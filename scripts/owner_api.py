"""JSON over HTTP for the scripts that drive a running Shopizer with the extension: one call, the owner's login,
and every page of a paged list. Standard library only."""
import json
import urllib.error
import urllib.request

MEMBERSHIP = "/api/v1/private/membership"


def call(base, method, path, body=None, token=None, headers=None, text=None):
    """Returns (status, parsed body, content type); HTTP errors are answers too. A body goes as JSON, a text
    as text/plain."""
    data = text.encode("utf-8") if text is not None else None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "text/plain" if text is not None else "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, parse(response.read()), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, parse(error.read()), error.headers.get("Content-Type", "")


def parse(raw):
    if not raw:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError:
        return raw.decode("utf-8", "replace")


class ApiError(Exception):
    pass


def get(base, path, token):
    """The body of a GET that must answer 200."""
    status, body, _ = call(base, "GET", path, token=token)
    if status != 200:
        raise ApiError(f"GET {path}: HTTP {status} {json.dumps(body)[:300]}")
    return body


def owner_login(base, admin, password):
    status, body, _ = call(base, "POST", "/api/v1/private/login", {"username": admin, "password": password})
    if status != 200:
        raise ApiError(f"the owner's login as {admin}: HTTP {status} {json.dumps(body)[:300]}")
    return body["token"]


def all_pages(base, path, token, size=100):
    """Every item of a paged owner list ({items, totalPages}); path may carry a query already."""
    items, page = [], 0
    separator = "&" if "?" in path else "?"
    while True:
        body = get(base, f"{path}{separator}page={page}&size={size}", token)
        items.extend(body["items"])
        page += 1
        if page >= body["totalPages"]:
            return items
