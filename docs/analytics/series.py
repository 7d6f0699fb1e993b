#!/usr/bin/env python3
"""A 24-month series of every department, every page, written as CSV to standard output.

Only the standard library. Usage:
  GATEWAY=https://terugkeer.example CLIENT_ID=… CLIENT_SECRET=… python3 series.py 2024-01-01 2025-12-31 > series.csv
With pandas: pandas.DataFrame(rows(...)) gives the same table (or pandas.read_csv on the output).
"""
import base64
import csv
import json
import os
import sys
import urllib.parse
import urllib.request

GATEWAY = os.environ.get("GATEWAY", "http://localhost:4000")
QUERY = """query Series($from: Date!, $to: Date!, $after: String) {
  analyticsSeries(from: $from, to: $to, granularity: MONTH, byDepartment: true, first: 1000, after: $after) {
    pageInfo { hasNextPage endCursor }
    rows { period organization department metric value suppressed }
  }
}"""
COLUMNS = ["period", "organization", "department", "metric", "value", "suppressed"]


def post(path, body, headers):
    request = urllib.request.Request(GATEWAY + path, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def token(client_id, client_secret):
    basic = base64.b64encode(f"{urllib.parse.quote(client_id)}:{urllib.parse.quote(client_secret)}".encode()).decode()
    form = urllib.parse.urlencode({"grant_type": "client_credentials"}).encode()
    answer = post("/oauth/token", form, {"authorization": f"Basic {basic}", "content-type": "application/x-www-form-urlencoded"})
    return answer["access_token"]


def rows(bearer, start, end):
    after = None
    while True:
        body = json.dumps({"query": QUERY, "variables": {"from": start, "to": end, "after": after}}).encode()
        answer = post("/graphql", body, {"authorization": f"Bearer {bearer}", "content-type": "application/json"})
        if answer.get("errors"):
            raise SystemExit(json.dumps(answer["errors"]))
        series = answer["data"]["analyticsSeries"]
        yield from series["rows"]
        if not series["pageInfo"]["hasNextPage"]:
            return
        after = series["pageInfo"]["endCursor"]


def main():
    start, end = sys.argv[1], sys.argv[2]
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows(token(os.environ["CLIENT_ID"], os.environ["CLIENT_SECRET"]), start, end):
        writer.writerow(row)


if __name__ == "__main__":
    main()
