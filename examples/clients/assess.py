#!/usr/bin/env python3
"""Assess one candidate through himcert serve, with Python's standard library only.

    python3 assess.py [URL] [TOKEN]

URL defaults to http://127.0.0.1:8080; TOKEN is needed only when the service runs with --token-file.
"""
import json
import sys
import urllib.error
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
token = sys.argv[2] if len(sys.argv) > 2 else None
candidate = {
    "id": "py-1",
    "education": [{"level": "ASSOCIATE", "field": "HIM", "accreditation": "CAHIIM", "status": "FINAL_TERM"}],
    "experience": [],
}
headers = {"Content-Type": "application/json"}
if token:
    headers["Authorization"] = "Bearer " + token
request = urllib.request.Request(url + "/v1/assess?asOf=2026-11-25", data=json.dumps(candidate).encode("utf-8"),
                                 headers=headers, method="POST")
try:
    with urllib.request.urlopen(request, timeout=30) as response:
        assessment = json.load(response)
except urllib.error.HTTPError as e:
    error = json.load(e)["error"]  # the contract's error record
    sys.exit(f"{e.code}: {error['path'] or 'request'}: {error['message']}")
for decision in assessment["decisions"]:
    print(decision["credential"], decision["status"], decision["pathway"] or "")
for step in assessment["nextSteps"]:
    print("next:", step["why"])
