#!/usr/bin/env python3
"""Prints what a shop owner has set up in the membership extension, as JSON that compares line by line.

Usage: scripts/store_snapshot.py [BASE_URL] [--admin EMAIL] [--password PASSWORD] > before.json
       scripts/store_snapshot.py --compare before.json after.json

It holds the tier settings and ladder, the coupon settings, the category access settings and rules, the
affiliate settings and affiliates, the points and reward settings, the analytics settings, RFM grid and saved
segments, every group (all fields), price rule, coupon and pending application, each customer's tier and groups,
and the host's money-order payment module when the host shows it. It leaves out the check script's own data
(codes, rule and segment names and logins starting with SCN- / scn-, and the coupons issued from its coupons) and
what grows as the shop is used (orders, uses of its own coupons, clicks, commissions, scores, job runs). --compare
prints a unified diff and exits 1 when the two differ. Standard library only.
"""
import argparse
import difflib
import json
import sys

from owner_api import MEMBERSHIP, ApiError, all_pages, call, get, owner_login

OWN_CODE = "SCN-"
OWN_LOGIN = "scn-"
AFFILIATE_FIELDS = ("id", "name", "email", "status", "trackingId", "rate")


def snapshot(base, token):
    groups = get(base, f"{MEMBERSHIP}/groups", token)
    return {
        "tierSettings": get(base, f"{MEMBERSHIP}/tiers", token),
        "couponSettings": get(base, f"{MEMBERSHIP}/coupons/settings", token),
        "groups": [group for group in groups if not owned(group["code"])],
        "priceRules": [rule for rule in get(base, f"{MEMBERSHIP}/price-rules", token) if not owned(rule["name"])],
        "coupons": not_of_the_run(all_pages(base, f"{MEMBERSHIP}/coupons", token)),
        "pendingApplications": [application for application in all_pages(base, f"{MEMBERSHIP}/applications", token)
                                if not owned(application["group"]["code"])],
        "members": [member for member in all_pages(base, f"{MEMBERSHIP}/members", token)
                    if not own_login(member["email"])],
        "moneyOrderModule": money_order_module(base, token),
        "categoryAccess": {
            "settings": {name: value for name, value in get(base, f"{MEMBERSHIP}/category-access/settings",
                                                            token).items() if name != "updatedAt"},
            "rules": [{"code": category["code"], "beforeOpening": category["beforeOpening"]["set"], "cells": {
                audience: {permission: [cell["set"], cell["opensAt"]] for permission, cell in cells.items()
                           if cell["set"]} for audience, cells in category["cells"].items()}}
                for category in categories_with_rules(base, token) if not owned(category["code"])]},
        "affiliates": {
            "settings": {name: value for name, value in get(base, f"{MEMBERSHIP}/affiliates/settings",
                                                            token).items() if name != "updatedAt"},
            "affiliates": [{name: affiliate[name] for name in AFFILIATE_FIELDS}
                           for affiliate in all_pages(base, f"{MEMBERSHIP}/affiliates", token)
                           if not own_login(affiliate["email"])]},
        "pointsSettings": without_stamp(get(base, f"{MEMBERSHIP}/points/settings", token)),
        "rewardSettings": without_stamp(get(base, f"{MEMBERSHIP}/rewards/settings", token)),
        "analytics": {
            "settings": without_stamp(get(base, f"{MEMBERSHIP}/analytics/settings", token)),
            "grid": get(base, f"{MEMBERSHIP}/analytics/rfm/grid", token),
            "segments": [{"name": segment["name"], "filter": segment["filter"]}
                         for segment in get(base, f"{MEMBERSHIP}/segments", token) if not owned(segment["name"])]},
    }


def of_the_run(coupons):
    """The check script's coupons: its own codes and the copies issued from them (an offer's codes)."""
    own = {coupon["id"] for coupon in coupons if owned(coupon["code"])}
    return [coupon for coupon in coupons if coupon["id"] in own or coupon.get("issuedFrom") in own]


def not_of_the_run(coupons):
    run = {coupon["id"] for coupon in of_the_run(coupons)}
    return [coupon for coupon in coupons if coupon["id"] not in run]


def without_stamp(settings):
    return {name: value for name, value in settings.items() if name != "updatedAt"}


def categories_with_rules(base, token):
    """The categories whose own rules the owner set (or their before-opening choice)."""
    overview = get(base, f"{MEMBERSHIP}/category-access", token)
    return [category for category in overview["categories"] if category["beforeOpening"]["set"] or any(
        cell["set"] for cells in category["cells"].values() for cell in cells.values())]


def owned(code):
    return (code or "").upper().startswith(OWN_CODE)


def own_login(email):
    return (email or "").lower().startswith(OWN_LOGIN)


def money_order_module(base, token):
    """Shopizer's own setting for money orders; null on a host that does not show it (the stand-in host)."""
    status, body, _ = call(base, "GET", "/api/v1/private/modules/payment/moneyorder", token=token)
    return body if status == 200 else None


def as_text(state):
    return json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def differences(before, after, names=("before", "after")):
    """A unified diff of two snapshots; empty when they are the same."""
    return "".join(difflib.unified_diff(as_text(before).splitlines(True), as_text(after).splitlines(True),
                                        *names))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", default="http://localhost:8080")
    parser.add_argument("--admin", default="admin@shopizer.com")
    parser.add_argument("--password", default="password")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        states = []
        for name in args.compare:
            with open(name, encoding="utf-8") as file:
                states.append(json.load(file))
        diff = differences(*states, names=args.compare)
        sys.stdout.write(diff or "The owner's settings, groups, rules, coupons and members are the same.\n")
        return 1 if diff else 0
    base = args.base.rstrip("/")
    try:
        sys.stdout.write(as_text(snapshot(base, owner_login(base, args.admin, args.password))))
    except (ApiError, OSError) as failure:
        print(f"No snapshot of {base}: {failure}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
