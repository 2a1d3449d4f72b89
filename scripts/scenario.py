#!/usr/bin/env python3
"""Drives the shopper's and the owner's membership journeys over HTTP against a running Shopizer.

Usage: scripts/scenario.py [BASE_URL] [--admin EMAIL] [--password PASSWORD]

BASE_URL defaults to http://localhost:8080. It works against the demo (stand-in host) and against a real
Shopizer 3.2.5 started with the install folder; every run uses fresh customers and group codes, so it can be
repeated on the same database. Prints one line per check and exits 1 at the first wrong answer.
Standard library only.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.request

RUN = str(int(time.time() * 1000))[-9:]
checks = 0
skipped = []
STRICT = False


class Failure(Exception):
    pass


def call(base, method, path, body=None, token=None, headers=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
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


def expect(what, condition, detail=""):
    global checks
    checks += 1
    if not condition:
        raise Failure(f"{what}: {detail}")
    print(f"  ok  {what}")


def expect_status(what, answer, *statuses):
    status, body, _ = answer
    expect(what, status in statuses, f"expected HTTP {statuses}, got {status}: {json.dumps(body)[:600]}")
    return body


def expect_problem(what, answer, status, field=None, code=None):
    got, body, content_type = answer
    expect(what, got == status and isinstance(body, dict) and "problem+json" in content_type,
           f"expected problem {status}, got {got} {content_type}: {json.dumps(body)[:600]}")
    if field:
        fields = [v["field"] for v in body.get("violations", [])]
        expect(f"{what}: names field {field}", field in fields, f"violations {fields}")
    if code:
        expect(f"{what}: code {code}", body.get("code") == code, f"code {body.get('code')}")
    return body


def owner_journey(base, admin, password):
    print("Owner: log in and prepare groups")
    login = expect_status("admin login", call(base, "POST", "/api/v1/private/login",
                                              {"username": admin, "password": password}), 200)
    owner = login["token"]
    groups = expect_status("list groups", call(base, "GET", "/api/v1/private/membership/groups", token=owner), 200)
    tiers = [g for g in groups if g["kind"] == "TIER"]
    if not tiers:
        expect_status("create the first tier", call(base, "POST", "/api/v1/private/membership/groups", {
            "code": "BRONZE", "kind": "TIER", "rank": 0, "nameEn": "Bronze", "nameZhTw": "銅級會員",
            "nameZhCn": "铜级会员"}, token=owner), 201)
        tiers = [g for g in expect_status("list groups again", call(
            base, "GET", "/api/v1/private/membership/groups", token=owner), 200) if g["kind"] == "TIER"]
    default_tier = next(g for g in tiers if g["defaultTier"])
    free_rank = max(g["rank"] for g in tiers) + 1
    upper = expect_status("create a higher tier", call(base, "POST", "/api/v1/private/membership/groups", {
        "code": "UP" + RUN, "kind": "TIER", "rank": free_rank, "nameEn": "Scenario tier " + RUN,
        "nameZhTw": "測試等級", "nameZhCn": "测试等级"}, token=owner), 201)
    wholesale = expect_status("create a group that needs approval", call(
        base, "POST", "/api/v1/private/membership/groups", {
            "code": "WS" + RUN, "kind": "MANUAL", "nameEn": "Wholesale " + RUN, "nameZhTw": "批發客戶",
            "nameZhCn": "批发客户", "openToApply": True, "needsApproval": True}, token=owner), 201)
    expect("the group keeps its traditional Chinese name", wholesale["names"]["zh-TW"] == "批發客戶",
           str(wholesale["names"]))

    print("Owner: bad input is refused with the field named")
    expect_problem("a tier without rank", call(base, "POST", "/api/v1/private/membership/groups", {
        "code": "NR" + RUN, "kind": "TIER", "nameEn": "No rank"}, token=owner), 400, field="rank")
    expect_problem("a duplicate code", call(base, "POST", "/api/v1/private/membership/groups", {
        "code": "ws" + RUN, "kind": "MANUAL", "nameEn": "Again"}, token=owner), 400, field="code")
    expect_problem("an unknown kind", call(base, "POST", "/api/v1/private/membership/groups", {
        "code": "UK" + RUN, "kind": "GOLDEN", "nameEn": "Unknown"}, token=owner), 400, field="kind")
    expect_problem("an unknown group", call(base, "GET", "/api/v1/private/membership/groups/987654321",
                                            token=owner), 404)
    expect_problem("an unknown member", call(base, "GET", "/api/v1/private/membership/members/987654321",
                                             token=owner), 404)
    expect_status("no token, no owner API", call(base, "GET", "/api/v1/private/membership/groups"), 401, 403)
    return owner, default_tier, upper, wholesale


def shopper_journey(base, owner, default_tier, upper, wholesale):
    print("Shopper: register through the host and land in the default tier")
    email = f"scenario{RUN}@example.com"
    registered = expect_status("register", call(base, "POST", "/api/v1/customer/register", {
        "emailAddress": email, "password": "Secret123!", "firstName": "Scenario", "lastName": "Shopper",
        "billing": {"firstName": "Scenario", "lastName": "Shopper", "country": "CA", "stateProvince": "QC",
                    "address": "1 Main street", "city": "Montreal", "postalCode": "H2X1Y4",
                    "phone": "5145551234"}}), 200, 201)
    login = expect_status("log in", call(base, "POST", "/api/v1/customer/login",
                                         {"username": email, "password": "Secret123!"}), 200)
    shopper = login["token"]
    customer_id = login.get("id") or registered.get("id")
    mine = expect_status("my membership", call(base, "GET", "/api/v1/auth/membership", token=shopper), 200)
    expect("a new customer holds the default tier", mine["tier"]["code"] == default_tier["code"], str(mine))
    localized = expect_status("my membership in 繁體中文", call(base, "GET", "/api/v1/auth/membership",
                                                             token=shopper, headers={"Accept-Language": "zh-TW"}), 200)
    expect("the tier name follows the language", localized["tier"]["name"] == (
        default_tier["names"]["zh-TW"] or default_tier["names"]["en"]), str(localized["tier"]))
    expect_status("guests cannot read a membership", call(base, "GET", "/api/v1/auth/membership"), 401, 403)
    expect_status("a customer token does not open the owner API",
                  call(base, "GET", "/api/v1/private/membership/groups", token=shopper), 401, 403)

    print("Shopper: apply to a group that needs approval")
    open_groups = expect_status("groups open to me", call(base, "GET", "/api/v1/auth/membership/groups",
                                                          token=shopper), 200)
    standing = {g["group"]["code"]: g["standing"] for g in open_groups}
    expect("the wholesale group is available", standing.get(wholesale["code"]) == "AVAILABLE", str(standing))
    application = expect_status("apply", call(base, "POST", "/api/v1/auth/membership/applications", {
        "group": wholesale["code"], "message": "We run three shops"}, token=shopper), 201)
    expect("the application waits", application["status"] == "PENDING", str(application))
    expect_problem("applying twice", call(base, "POST", "/api/v1/auth/membership/applications", {
        "group": wholesale["code"]}, token=shopper), 409, code="membership.application.already-pending")
    expect_problem("applying without a group", call(base, "POST", "/api/v1/auth/membership/applications", {},
                                                    token=shopper), 400, field="group")

    print("Owner: approve, move and read the history")
    queue = expect_status("approval queue", call(base, "GET", "/api/v1/private/membership/applications?size=100",
                                                 token=owner), 200)
    expect("the application is in the queue", any(a["id"] == application["id"] for a in queue["items"]),
           str([a["id"] for a in queue["items"]]))
    approved = expect_status("approve", call(base, "POST",
                                             f"/api/v1/private/membership/applications/{application['id']}/approve",
                                             token=owner), 200)
    expect("approved", approved["status"] == "APPROVED", str(approved))
    expect_problem("approving twice", call(base, "POST",
                                           f"/api/v1/private/membership/applications/{application['id']}/approve",
                                           token=owner), 409, code="membership.application.already-decided")
    found = expect_status("search members", call(base, "GET", f"/api/v1/private/membership/members?q=scenario{RUN}",
                                                 token=owner), 200)
    expect("the shopper is found", found["totalItems"] == 1, str(found))
    customer_id = found["items"][0]["customerId"]
    moved = expect_status("move to the higher tier", call(
        base, "PUT", f"/api/v1/private/membership/members/{customer_id}/tier",
        {"group": upper["code"], "reason": "scenario " + RUN}, token=owner), 200)
    expect("the member holds the higher tier", moved["member"]["tier"]["code"] == upper["code"], str(moved["member"]))
    history = moved["history"]
    expect("the history has both changes, newest first",
           [h["type"] for h in history] == ["TIER_CHANGED", "GROUP_JOINED"], str(history))
    expect("the move names who, from, to and why",
           history[0]["fromGroup"] == default_tier["code"] and history[0]["toGroup"] == upper["code"]
           and history[0]["reason"] == "scenario " + RUN and history[0]["actor"], str(history[0]))
    expect_problem("moving to a manual group as a tier", call(
        base, "PUT", f"/api/v1/private/membership/members/{customer_id}/tier", {"group": wholesale["code"]},
        token=owner), 409, code="membership.group.not-a-tier")

    print("Shopper: sees the result")
    mine = expect_status("my membership again", call(base, "GET", "/api/v1/auth/membership", token=shopper), 200)
    expect("my tier and groups", mine["tier"]["code"] == upper["code"]
           and [g["code"] for g in mine["groups"]] == [wholesale["code"]], str(mine))
    applications = expect_status("my applications", call(base, "GET", "/api/v1/auth/membership/applications",
                                                         token=shopper), 200)
    expect("my application is approved", applications[0]["status"] == "APPROVED", str(applications))


def some_product(base, owner):
    listing = expect_status("product list for pricing", call(base, "GET", "/api/v1/products?count=20"), 200)
    products = [p for p in listing.get("products") or [] if p.get("price") is not None and p.get("sku")]
    if products:
        return products[0]
    category = expect_status("create a category (empty catalog)", call(base, "POST", "/api/v1/private/category", {
        "code": "scn" + RUN, "visible": True, "descriptions": [{"language": "en", "name": "Scenario " + RUN,
                                                                "friendlyUrl": "scenario-" + RUN, "title": "Scenario"}]},
        token=owner), 200, 201)
    created = expect_status("create a product (empty catalog)", call(base, "POST", "/api/v2/private/product", {
        "identifier": "SCN-" + RUN, "sku": "SCN-" + RUN, "visible": True, "canBePurchased": True, "price": "10.00",
        "quantity": 100, "categories": [{"code": "scn" + RUN}],
        "descriptions": [{"language": "en", "name": "Scenario product", "friendlyUrl": "scenario-product-" + RUN}]},
        token=owner), 200, 201)
    return expect_status("the new product", call(base, "GET", f"/api/v1/product/{created['id']}"), 200)


def member_prices_journey(base, owner):
    print("Member prices: a VIP pays the rule's price, a guest the host's")
    product = some_product(base, owner)
    guest_price = float(product["price"])
    expect_status("create a price group", call(base, "POST", "/api/v1/private/membership/groups", {
        "code": "PV" + RUN, "kind": "MANUAL", "nameEn": "Price VIP " + RUN}, token=owner), 201)
    email = f"pricevip{RUN}@example.com"
    expect_status("register a VIP", call(base, "POST", "/api/v1/customer/register", {
        "emailAddress": email, "password": "Secret123!", "firstName": "Price", "lastName": "Vip",
        "billing": {"firstName": "Price", "lastName": "Vip", "country": "CA", "stateProvince": "QC",
                    "address": "1 Main street", "city": "Montreal", "postalCode": "H2X1Y4",
                    "phone": "5145551234"}}), 200, 201)
    vip = expect_status("VIP logs in", call(base, "POST", "/api/v1/customer/login",
                                            {"username": email, "password": "Secret123!"}), 200)["token"]
    vip_id = expect_status("VIP's membership", call(base, "GET", "/api/v1/auth/membership", token=vip),
                           200)["customerId"]
    expect_status("owner adds the VIP to the group", call(
        base, "POST", f"/api/v1/private/membership/members/{vip_id}/groups", {"group": "PV" + RUN}, token=owner), 200)
    expect_problem("a percent beyond 100", call(base, "POST", "/api/v1/private/membership/price-rules", {
        "name": "too much", "groups": ["PV" + RUN], "target": "PRODUCT", "targetId": product["id"],
        "adjustment": "PERCENT_OFF", "value": "150"}, token=owner), 400, field="value")
    rule_body = {"name": "scenario " + RUN, "groups": ["PV" + RUN], "target": "PRODUCT", "targetId": product["id"],
                 "adjustment": "FIXED_PRICE", "value": "0.50"}
    rule = expect_status("a fixed member price of 0.50", call(base, "POST", "/api/v1/private/membership/price-rules",
                                                              rule_body, token=owner), 201)
    seen_by_guest = expect_status("guest reads the product", call(base, "GET", f"/api/v1/product/{product['id']}"), 200)
    expect("the guest pays the host's price", float(seen_by_guest["price"]) == guest_price, str(seen_by_guest["price"]))
    seen_by_vip = expect_status("VIP reads the product", call(base, "GET", f"/api/v1/product/{product['id']}",
                                                              token=vip), 200)
    expect("the VIP pays the member price", float(seen_by_vip["price"]) == 0.5, str(seen_by_vip["price"]))
    listed = expect_status("VIP's prices for the product", call(
        base, "GET", f"/api/v1/membership/products/{product['id']}/prices", token=vip), 200)
    expect("the VIP's price listing says 0.50", float(listed["price"]) == 0.5 and listed["memberPrice"], str(listed))
    simulated = expect_status("owner simulates the group's price", call(
        base, "GET", f"/api/v1/private/membership/price-rules/simulation?product={product['id']}&group=PV{RUN}",
        token=owner), 200)
    verdicts = {r["name"]: r["verdict"] for r in simulated["rules"]}
    expect("the simulator applies the rule", float(simulated["finalPrice"]) == 0.5
           and verdicts.get("scenario " + RUN) == "APPLIED", str(simulated))
    cart = expect_status("add two to a cart", call(base, "POST", "/api/v1/cart",
                                                   {"product": product["sku"], "quantity": 2}), 200, 201)
    vip_cart = expect_status("VIP reads the cart", call(base, "GET", f"/api/v1/cart/{cart['code']}", token=vip), 200)
    expect("the VIP's cart totals the member price", float(vip_cart["total"]) == 1.0, str(vip_cart.get("total")))
    rule_body["value"] = "0.40"
    expect_status("owner lowers the member price to 0.40", call(
        base, "PUT", f"/api/v1/private/membership/price-rules/{rule['id']}", rule_body, token=owner), 200)
    accept_money_orders(base, owner)
    expect_problem("checkout at the total the VIP last saw", checkout(base, cart["code"], "1.00", vip), 503,
                   code="membership.problem.checkout-total-changed")
    vip_cart = expect_status("VIP reads the cart again", call(base, "GET", f"/api/v1/cart/{cart['code']}",
                                                              token=vip), 200)
    expect("the cart shows the new total", float(vip_cart["total"]) == 0.8, str(vip_cart.get("total")))
    placed = checkout(base, cart["code"], "0.80", vip)
    if host_stock_bug(placed):
        skip("checkout at the new total", "Shopizer 3.2.5 refused it for its own reason (it looks up stock by "
             "order-line id, see docs/host-bugs.md); its log says which")
    else:
        order = expect_status("checkout at the new total", placed, 200)
        lines = expect_status("owner reads the order's prices", call(
            base, "GET", f"/api/v1/private/membership/orders/{order['id']}/prices", token=owner), 200)
        expect("the order line keeps the rule and its price", len(lines) == 1
               and lines[0]["ruleName"] == "scenario " + RUN and float(lines[0]["finalPrice"]) == 0.4, str(lines))
    expect_status("delete the rule", call(base, "DELETE", f"/api/v1/private/membership/price-rules/{rule['id']}",
                                          token=owner), 204)
    again = expect_status("VIP reads the product again", call(base, "GET", f"/api/v1/product/{product['id']}",
                                                              token=vip), 200)
    expect("without the rule the VIP pays the host's price", float(again["price"]) == guest_price, str(again["price"]))


def tiers_journey(base, owner):
    print("Tiers: a customer climbs by spend, a cancel starts the grace; backfill and the daily job")
    tiers = [g for g in expect_status("list groups for tiers", call(
        base, "GET", "/api/v1/private/membership/groups", token=owner), 200) if g["kind"] == "TIER"]
    rank = max(g["rank"] for g in tiers) + 1
    low, high = "TL" + RUN, "TH" + RUN
    for code, offset in ((low, 0), (high, 1)):
        expect_status(f"create tier {code}", call(base, "POST", "/api/v1/private/membership/groups", {
            "code": code, "kind": "TIER", "rank": rank + offset, "nameEn": code}, token=owner), 201)
    email = f"climber{RUN}@example.com"
    expect_status("register a climber", call(base, "POST", "/api/v1/customer/register", {
        "emailAddress": email, "password": "Secret123!", "firstName": "Clara", "lastName": "Climber",
        "billing": {"firstName": "Clara", "lastName": "Climber", "country": "CA", "stateProvince": "QC",
                    "address": "2 Main street", "city": "Montreal", "postalCode": "H2X1Y4",
                    "phone": "5145551234"}}), 200, 201)
    climber = expect_status("climber logs in", call(base, "POST", "/api/v1/customer/login",
                                                    {"username": email, "password": "Secret123!"}), 200)["token"]
    climber_id = expect_status("climber's membership", call(base, "GET", "/api/v1/auth/membership",
                                                            token=climber), 200)["customerId"]
    expect_status("owner puts the climber in the lower tier", call(
        base, "PUT", f"/api/v1/private/membership/members/{climber_id}/tier", {"group": low}, token=owner), 200)
    product = some_product(base, owner)
    cart = expect_status("climber fills a cart", call(base, "POST", "/api/v1/cart",
                                                      {"product": product["sku"], "quantity": 2}), 200, 201)
    total = float(expect_status("climber reads the cart", call(
        base, "GET", f"/api/v1/cart/{cart['code']}", token=climber), 200)["total"])
    expect_problem("a ladder whose keep is above its upgrade", call(base, "PUT", "/api/v1/private/membership/tiers", {
        "enabled": True, "windowDays": 365, "graceDays": 30, "tiers": [
            {"tier": low, "upgradeAt": 0, "keepAt": 0}, {"tier": high, "upgradeAt": total, "keepAt": total + 1}]},
        token=owner), 400, field="tiers[1].keepAt")
    try:
        expect_status("owner saves the ladder: the cart's total reaches the higher tier", call(
            base, "PUT", "/api/v1/private/membership/tiers", {"enabled": True, "windowDays": 365, "graceDays": 30,
                                                               "tiers": [{"tier": low, "upgradeAt": 0, "keepAt": 0},
                                                                         {"tier": high, "upgradeAt": total,
                                                                          "keepAt": total / 2}]}, token=owner), 200)
        progress = expect_status("climber reads their progress", call(
            base, "GET", "/api/v1/auth/membership/tier", token=climber), 200)
        expect("progress: lower tier, the cart's total left to the higher one", progress["tier"] == low
               and progress["higherTiers"][0]["amountLeft"] == total, str(progress))
        climb(base, owner, climber, climber_id, cart["code"], total, low, high)
        for work in ("backfill", "job"):
            expect_status(f"owner starts the {work}", call(
                base, "POST", f"/api/v1/private/membership/tiers/{work}", token=owner), 202)
            state = wait_until_finished(base, owner, f"/api/v1/private/membership/tiers/{work}")
            expect(f"the {work} finished", state.get("status") == "FINISHED", str(state))
        charts(base, owner, low)
    finally:
        call(base, "PUT", "/api/v1/private/membership/tiers", {"enabled": False, "graceDays": 30, "tiers": []},
             token=owner)


def charts(base, owner, low):
    chart = expect_status("owner reads the tier charts", call(
        base, "GET", "/api/v1/private/membership/tiers/charts?months=2", token=owner), 200)
    lower = next((tier for tier in chart["tiers"] if tier["code"] == low), None)
    expect("charts: two months, the climber's move into the lower tier counted as an upgrade this month",
           len(chart["months"]) == 2 and lower is not None and chart["upgrades"][-1] >= 1, json.dumps(chart)[:600])
    expect_problem("charts over 0 months", call(
        base, "GET", "/api/v1/private/membership/tiers/charts?months=0", token=owner), 400, field="months")


def climb(base, owner, climber, climber_id, cart, total, low, high):
    accept_money_orders(base, owner)
    placed = checkout(base, cart, f"{total:.2f}", climber)
    if host_stock_bug(placed):
        skip("the climb", "Shopizer 3.2.5 refused the checkout for its own reason (stock by order-line id)")
        return
    order = expect_status("climber checks out", placed, 200)
    member = expect_status("owner reads the climber", call(
        base, "GET", f"/api/v1/private/membership/members/{climber_id}", token=owner), 200)
    expect("the order moved the climber up, and the history says why", member["member"]["tier"]["code"] == high
           and member["history"][0]["reason"] == f"upgraded: spend in 365 days {total:,.2f} \u2265 {total:,.2f}",
           json.dumps(member)[:600])
    expect_status("owner cancels the order", call_text(
        base, "PUT", f"/api/v1/private/orders/{order['id']}/status", "CANCELED", owner), 200)
    progress = expect_status("climber reads their progress again", call(
        base, "GET", "/api/v1/auth/membership/tier", token=climber), 200)
    expect("a cancel starts the grace: still higher, a downgrade pending", progress["tier"] == high
           and (progress.get("pendingDowngrade") or {}).get("to") == low, str(progress))


def coupons_journey(base, owner):
    print("Coupons: the owner keeps a store's coupons")
    coupons = "/api/v1/private/membership/coupons"
    code = f"spring{RUN}".lower()
    created = expect_status("owner creates a coupon", call(base, "POST", coupons, {
        "code": code, "name": "Spring sale", "kind": "PERCENT", "value": 10, "totalLimit": 100,
        "perShopperLimit": 1}, token=owner), 201)
    expect("the code is kept upper case and the coupon is active",
           created["code"] == code.upper() and created["status"] == "ACTIVE", str(created))
    expect_problem("the same code in another case", call(base, "POST", coupons, {
        "code": code.upper(), "name": "Again", "kind": "AMOUNT", "value": 5}, token=owner), 400, field="code")
    expect_problem("a percent above 100", call(base, "POST", coupons, {
        "code": f"over{RUN}", "name": "Too much", "kind": "PERCENT", "value": 120}, token=owner), 400, field="value")
    found = expect_status("owner finds it among the active ones", call(
        base, "GET", f"{coupons}?q={code}&status=ACTIVE", token=owner), 200)
    expect("found by code and status", [c["id"] for c in found["items"]] == [created["id"]], str(found)[:400])
    disabled = expect_status("owner disables it", call(
        base, "POST", f"{coupons}/{created['id']}/disable", token=owner), 200)
    expect("a disabled coupon keeps its uses", disabled["status"] == "DISABLED" and disabled["uses"] == 0,
           str(disabled))


def coupon_till_journey(base, owner):
    print("Coupons at the till: applied, refused with the reason, counted with the order, used up meanwhile")
    product = some_product(base, owner)
    code = "TILL" + RUN
    expect_status("owner creates a 10 % coupon with one use", call(base, "POST", "/api/v1/private/membership/coupons", {
        "code": code, "name": "Till " + RUN, "kind": "PERCENT", "value": "10", "totalLimit": 1}, token=owner), 201)
    shopper = new_customer(base, "till")
    first = expect_status("a cart of two", call(base, "POST", "/api/v1/cart",
                                                {"product": product["sku"], "quantity": 2}), 200, 201)["code"]
    expect_problem("an unknown code is refused with the reason", call(
        base, "POST", f"/api/v1/cart/{first}/promo/NOPE{RUN}", token=shopper), 409,
        code="membership.coupon.refused.unknown")
    expect_problem("a guest is told to log in first", call(base, "POST", f"/api/v1/cart/{first}/promo/{code}"), 409,
                   code="membership.coupon.refused.log-in-first")
    applied = expect_status("the code applies through the host's promo endpoint", call(
        base, "POST", f"/api/v1/cart/{first}/promo/{code.lower()}", token=shopper), 200, 201)
    discount = sum(float(t["value"]) for t in applied.get("totals") or [] if t.get("code") == "order.total.discount")
    expect("the cart shows a 10 % discount line", abs(discount - round(float(applied["subtotal"]) / 9, 2)) < 0.011
           and discount > 0, str(applied.get("totals")))
    ours = expect_status("our endpoint reads the cart's coupon", call(
        base, "GET", f"/api/v1/auth/membership/cart/{first}/coupon", token=shopper), 200)
    expect("both say the same discount", abs(float(ours["discount"]) - discount) < 0.001, str(ours))
    second = expect_status("a second cart", call(base, "POST", "/api/v1/cart",
                                                 {"product": product["sku"], "quantity": 1}), 200, 201)["code"]
    expect_status("the coupon applies to it too", call(
        base, "POST", f"/api/v1/cart/{second}/promo/{code}", token=shopper), 200, 201)
    second_total = expect_status("the second cart's total", call(base, "GET", f"/api/v1/cart/{second}",
                                                                 token=shopper), 200)["total"]
    accept_money_orders(base, owner)
    placed = checkout(base, first, f"{float(applied['total']):.2f}", shopper)
    if host_stock_bug(placed):
        skip("checkout with the coupon", "Shopizer 3.2.5 refused it for its own reason (it looks up stock by "
             "order-line id, see docs/host-bugs.md); its log says which")
        return
    expect_status("checkout with the coupon", placed, 200)
    listed = expect_status("owner finds the coupon", call(
        base, "GET", f"/api/v1/private/membership/coupons?q={code}", token=owner), 200)["items"]
    expect("the order took the coupon's one use", listed[0]["uses"] == 1 and listed[0]["status"] == "USED_UP",
           str(listed))
    expect_problem("the second cart's checkout is refused: used up meanwhile", checkout(
        base, second, f"{float(second_total):.2f}", shopper), 409, code="membership.coupon.refused.used-up")


def new_customer(base, prefix):
    email = f"{prefix}{RUN}@example.com"
    expect_status(f"register {prefix}", call(base, "POST", "/api/v1/customer/register", {
        "emailAddress": email, "password": "Secret123!", "firstName": prefix.title(), "lastName": "Shopper",
        "billing": {"firstName": prefix.title(), "lastName": "Shopper", "country": "CA", "stateProvince": "QC",
                    "address": "1 Main street", "city": "Montreal", "postalCode": "H2X1Y4",
                    "phone": "5145551234"}}), 200, 201)
    return expect_status(f"{prefix} logs in", call(base, "POST", "/api/v1/customer/login",
                                                  {"username": email, "password": "Secret123!"}), 200)["token"]


def wait_until_finished(base, owner, path, seconds=60):
    state = {}
    for _ in range(seconds * 5):
        status, state, _ = call(base, "GET", path, token=owner)
        if status == 200 and state.get("status") in ("FINISHED", "FAILED"):
            break
        time.sleep(0.2)
    return state


def call_text(base, method, path, text, token):
    request = urllib.request.Request(base + path, data=text.encode("utf-8"), method=method)
    request.add_header("Content-Type", "text/plain")
    request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, parse(response.read()), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, parse(error.read()), error.headers.get("Content-Type", "")


def host_stock_bug(answer):
    """A bare 503 (ours are problem+json) from a real Shopizer, whose checkout fails when no product has the
    new order line's id; the stand-in host has no such bug, so --strict runs never skip."""
    status, _, content_type = answer
    return not STRICT and status == 503 and "problem+json" not in content_type


def skip(what, why):
    skipped.append(what)
    print(f"  SKIP {what}: {why}")


def accept_money_orders(base, owner):
    """Shopizer needs a payment module to check out; the stand-in host takes money orders anyway."""
    call(base, "POST", "/api/v1/private/modules/payment", {
        "code": "moneyorder", "active": True, "defaultSelected": True,
        "integrationKeys": {"address": "1 Scenario street"}}, token=owner)


def checkout(base, cart, amount, token):
    return call(base, "POST", f"/api/v1/auth/cart/{cart}/checkout", {
        "payment": {"paymentType": "MONEYORDER", "transactionType": "CAPTURE", "paymentModule": "moneyorder",
                    "amount": amount},
        "currency": "CAD", "customerAgreement": True}, token=token)


def host_still_works(base):
    print("Host: its own endpoints still answer")
    expect_status("product list", call(base, "GET", "/api/v1/products"), 200)
    expect_status("categories", call(base, "GET", "/api/v1/category"), 200)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", default="http://localhost:8080")
    parser.add_argument("--admin", default="admin@shopizer.com")
    parser.add_argument("--password", default="password")
    parser.add_argument("--strict", action="store_true", help="never skip a step for a known host bug")
    args = parser.parse_args()
    global STRICT
    STRICT = args.strict
    base = args.base.rstrip("/")
    print(f"Scenario run {RUN} against {base}")
    try:
        owner, default_tier, upper, wholesale = owner_journey(base, args.admin, args.password)
        shopper_journey(base, owner, default_tier, upper, wholesale)
        member_prices_journey(base, owner)
        tiers_journey(base, owner)
        coupons_journey(base, owner)
        coupon_till_journey(base, owner)
        host_still_works(base)
    except (Failure, urllib.error.URLError, KeyError, TypeError, StopIteration) as failure:
        print(f"FAILED after {checks} checks: {failure!r}", file=sys.stderr)
        return 1
    print(f"scenario: {checks} passed, 0 failed" + (f", {len(skipped)} skipped: {skipped}" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
