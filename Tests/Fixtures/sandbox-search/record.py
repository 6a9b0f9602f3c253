#!/usr/bin/env python3
"""The search answers of a sandbox binary (600 contacts, seed 1), canonical, as the fixture.

Usage: python3 record.py BINARY answers.json
answers.json was recorded from the release binary of 557e7d5 (before JSONBody and the search
item without visits); SearchAnswerTests checks that the sandbox still answers exactly this.
Re-record only when the answer is meant to change."""
import sys, json, subprocess, re, time, tempfile, http.client
binary, out = sys.argv[1], sys.argv[2]
def run(hostile, queries):
    log = tempfile.NamedTemporaryFile("w+", delete=False)
    args = [binary, "sandbox", "--port", "0", "--contacts", "600", "--seed", "1"] + (["--fault", "search:hostile"] if hostile else [])
    p = subprocess.Popen(args, stdout=log, stderr=subprocess.DEVNULL)
    while open(log.name).read().count("export ") < 2: time.sleep(0.01)
    text = open(log.name).read()
    url = re.search(r"ACQUIRE_BASE_URL=(\S+)", text).group(1); key = re.search(r"ACQUIRE_API_KEY=(\S+)", text).group(1)
    conn = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1]))
    answers = []
    for q, page, limit in queries:
        conn.request("POST", "/api/v1/crm/contact/list", body=json.dumps({"payload": {}, "page": page, "limit": limit, "search": q}),
                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
        answers.append({"hostile": hostile, "search": q, "page": page, "limit": limit, "answer": json.loads(conn.getresponse().read())})
    p.terminate(); p.wait()
    return answers
plain = [("a", 0, 6), ("a", 7, 4), ("Jo", 0, 5), ("+9", 0, 5), ("55", 1, 4), ("王", 0, 4), ("example.org", 0, 4), ("", 2, 4), ("ÉE", 0, 3), ("zzqx-nobody", 0, 5)]
hostile = [("a", 0, 3), ("+9", 1, 2)]
entries = run(False, plain) + run(True, hostile)
with open(out, "w") as f:
    f.write("[\n" + ",\n".join(json.dumps(e, sort_keys=True, ensure_ascii=False, separators=(",", ":")) for e in entries) + "\n]\n")
