#!/usr/bin/env python3
"""acquire-cases against the programs agents know, in one run, on ptys of one size.

Run through Benchmarks/run.sh (it builds the release binary and installs dialog and fzf).
Every number is a median over --runs runs unless it says otherwise; ratios are taken between
numbers of this run only (the machine is shared and noisy)."""
import argparse
import http.client
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_session import PtySession  # noqa: E402

TITLE = "Printer on floor 3 is offline"
MESSAGE = "The customer reports that the printer drops jobs"
QUERY = "sophia"
AGENT_FILTER = "David Guetta"


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, p):
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


class Sandbox:
    """`acquire-cases sandbox` in its own process (so its threads are never counted as the app's)."""

    def __init__(self, binary, contacts, extra=()):
        self.out = tempfile.NamedTemporaryFile("w+", delete=False)
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([binary, "sandbox", "--port", "0", "--contacts", str(contacts), *extra],
                                     stdout=self.out, stderr=subprocess.DEVNULL)
        while True:
            text = open(self.out.name).read()
            if text.count("export ") >= 2:
                break
            if self.proc.poll() is not None:
                sys.exit("the sandbox exited early")
            if time.perf_counter() - t0 > 60:
                sys.exit("the sandbox did not start in 60 s")
            time.sleep(0.002)
        self.start_ms = (time.perf_counter() - t0) * 1000
        self.url = re.search(r"ACQUIRE_BASE_URL=(\S+)", text).group(1)
        self.key = re.search(r"ACQUIRE_API_KEY=(\S+)", text).group(1)
        self.port = int(self.url.rsplit(":", 1)[1])
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def request(self, method, path, body=None):
        headers = {"Authorization": f"Bearer {self.key}", "Content-Type": "application/json"}
        self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        r = self.conn.getresponse()
        data = r.read()
        return json.loads(data)

    def search(self, text, page=0, limit=20):
        return self.request("POST", "/api/v1/crm/contact/list",
                            {"payload": {}, "page": page, "limit": limit, "search": text})["data"]["list"]

    def stop(self):
        self.conn.close()
        self.proc.terminate()
        self.proc.wait()
        os.unlink(self.out.name)


def app_env(home, sandbox, term="xterm-256color"):
    os.makedirs(home, exist_ok=True)
    return {"HOME": home, "TERM": term, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
            "XDG_STATE_HOME": f"{home}/state", "XDG_CONFIG_HOME": f"{home}/config",
            "ACQUIRE_BASE_URL": sandbox.url, "ACQUIRE_API_KEY": sandbox.key}


def type_chars(s, text, quiet, echo_quiet=None):
    """Types `text` a character at a time, each after the screen settled. Returns the median and
    the mean bytes per character; with `echo_quiet` (shorter than the app's search debounce) also
    the median bytes of the echo alone (what came before the first pause of `echo_quiet`)."""
    per, echo = [], []
    for ch in text:
        mark = s.count
        s.send(ch)
        if echo_quiet is not None:
            echo.append(s.settle(mark, echo_quiet) - mark)
        s.settle(mark, quiet)
        per.append(s.count - mark)
    return {"median": med(per), "mean": sum(per) / len(per), "echo": med(echo) if echo else None}


def keys_bytes(s, key, n, quiet):
    """Sends `key` n times, each after the screen settled; the bytes each key cost (a key that
    changes nothing, at the end of the text, is not counted)."""
    out = []
    for _ in range(n):
        mark = s.count
        s.send(key)
        s.settle(mark, quiet, timeout=1, required=False)
        if s.count > mark:
            out.append(s.count - mark)
    return out


def first_frames(args, work, sandbox):
    ours, theirs = [], []
    env = app_env(f"{work}/ff", sandbox)
    for i in range(args.runs + 1):  # the first of each warms the page cache
        s = PtySession([args.bin], env, args.rows, args.cols)
        t = s.wait_for("quit")
        s.stop()
        if i:
            ours.append(t * 1000)
        s = PtySession(["dialog", "--form", "New case", str(args.rows - 4), str(args.cols - 10), "4",
                        "Contact:", "1", "1", "", "1", "11", "50", "0",
                        "Title:", "2", "1", "", "2", "11", "50", "0",
                        "Agent:", "3", "1", "", "3", "11", "50", "0",
                        "Message:", "4", "1", "", "4", "11", "50", "0"],
                       dict(env, TERM="xterm-256color"), args.rows, args.cols)
        t = s.wait_for("ancel")
        s.stop()
        if i:
            theirs.append(t * 1000)
    return med(ours), med(theirs)


def dialog_typing(args, work):
    out = []
    for _ in range(args.runs):
        s = PtySession(["dialog", "--form", "New case", "10", "70", "1", "Title:", "1", "1", "", "1", "10", "55", "0"],
                       {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work, "PATH": "/usr/bin:/bin"},
                       args.rows, args.cols)
        s.wait_for("ancel")
        s.quiet(0.2)
        out.append(type_chars(s, TITLE, 0.08)["median"])
        s.stop()
    return med(out)


def fzf_typing(args, work, lines_file):
    out = []
    for _ in range(args.runs):
        s = PtySession(["sh", "-c", f"exec fzf --no-mouse < {lines_file}"],
                       {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work, "PATH": "/usr/bin:/bin"},
                       args.rows, args.cols)
        s.wait_for(f"{args.contacts}/{args.contacts}", timeout=60)
        s.quiet(0.3)
        out.append(type_chars(s, QUERY, 0.3)["mean"])
        s.stop()
    return med(out)


def less_scrolling(args, work, text_file, cols):
    lines, pages = [], []
    for _ in range(args.runs):
        s = PtySession(["less", text_file], {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work,
                                             "PATH": "/usr/bin:/bin", "LESSHISTFILE": "-"}, args.rows, cols)
        s.quiet(0.3)
        lines.append(med(keys_bytes(s, "j", 20, 0.08)))
        pages.append(med(keys_bytes(s, " ", 3, 0.1)) / (args.rows - 1))
        s.stop()
    return med(lines), med(pages)


def threads_ctx(pid):
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            st = open(f"/proc/{pid}/task/{tid}/status").read()
            comm = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            wchan = open(f"/proc/{pid}/task/{tid}/wchan").read().strip()
        except OSError:
            continue
        n = sum(int(v) for v in re.findall(r"ctxt_switches:\s+(\d+)", st))
        out[tid] = (n, f"{comm}/{wchan}")
    return out


def proc_cpu_ms(pid):
    """User + system CPU time of a process so far, in ms."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def proc_kib(pid, field, path="status"):
    m = re.search(rf"^{field}:\s+(\d+) kB", open(f"/proc/{pid}/{path}").read(), re.M)
    return int(m.group(1)) if m else 0


def review_and_submit(s):
    """Ctrl-R, then Enter on the review; ms from the Enter to "created: case #"."""
    mark = s.count
    s.send("\x12")  # Ctrl-R: review
    s.wait_for("sends exactly this", mark)
    s.quiet(0.3)
    mark = s.count
    t0 = time.perf_counter()
    s.send("\r")
    s.wait_for("created: case #", mark)
    return (time.perf_counter() - t0) * 1000


def session(args, work, sandbox, run, visits_id):
    """One agent's session: search, preview, compose (title, message, agent filter), submits,
    result-pane scrolling; the last run also idles and reports per-thread wake-ups."""
    r = {}
    s = PtySession([args.bin], app_env(f"{work}/s{run}", sandbox), args.rows, args.cols)
    s.wait_for("quit")
    s.quiet(0.3)
    r["search"] = type_chars(s, QUERY, 0.5, echo_quiet=0.1)
    # Open the contact with many visits by id (#ID then Enter), for the scrolling below.
    mark = s.count
    s.send("\x1b")
    s.settle(mark, 0.3)
    for ch in f"#{visits_id}":
        mark = s.count
        s.send(ch)
        s.settle(mark, 0.3)
    mark = s.count
    s.send("\r")
    s.wait_for("Title", mark)
    s.quiet(0.5)
    r["title"] = type_chars(s, TITLE, 0.08)
    mark = s.count
    s.send("\t")
    s.settle(mark, 0.1)
    r["message"] = type_chars(s, MESSAGE, 0.08)
    # Message -> channel -> agent, open the agent chooser and type into its filter.
    for key in ("\t", "\t", "\r"):
        mark = s.count
        s.send(key)
        s.settle(mark, 0.2)
    s.wait_for("Filter")
    r["agent"] = type_chars(s, AGENT_FILTER, 0.08)
    mark = s.count
    s.send("\x1b")
    s.settle(mark, 0.2)
    submits = []
    for i in range(args.submits):
        if i:
            # "n": a new case for the same contact; its title and message again.
            mark = s.count
            s.send("n")
            s.wait_for("Title", mark)
            s.quiet(0.2)
            s.send(f"Follow-up {i}")
            s.quiet(0.1)
            s.send("\t")
            s.quiet(0.1)
            s.send("Another message")
            s.quiet(0.2)
        submits.append(review_and_submit(s))
        s.quiet(0.5)
    r["submit"] = submits
    r.update(result_scrolling(args, s))
    r["rss_peak"] = proc_kib(s.pid, "VmHWM")
    if run == args.runs - 1:
        s.quiet(3)  # the draft save and the last spinner frame pass
        c0 = threads_ctx(s.pid)
        time.sleep(args.idle)
        c1 = threads_ctx(s.pid)
        r["idle"] = (c0, c1)
    s.stop()
    return r


def result_scrolling(args, s):
    """On the result screen: Tab twice to the visits pane, then the bytes of each Down and of each
    PgDn per line it scrolled, at the session's size and at --narrow-cols."""
    for _ in range(2):
        mark = s.count
        s.send("\t")
        s.settle(mark, 0.1)
    r = {"scroll_line": med(keys_bytes(s, "\x1bOB", 20, 0.08))}
    r["scroll_page"] = med(keys_bytes(s, "\x1b[6~", 3, 0.1)) / visits_pane_rows(args)
    # The same pane at another width (the pty resized; 70 columns: one pane at a time).
    mark = s.count
    s.resize(args.rows, args.narrow_cols)
    s.settle(mark, 0.3)
    r["scroll_line_narrow"] = med(keys_bytes(s, "\x1bOB", 20, 0.08))
    mark = s.count
    s.resize(args.rows, args.cols)
    s.settle(mark, 0.3)
    return r


def scrolling_session(args, work, sandbox, run, visits_id):
    """The shortest way to the result screen (the contact by id, a title, a message, review,
    submit), then `result_scrolling`: for `--only scrolling`."""
    s = PtySession([args.bin], app_env(f"{work}/sc{run}", sandbox), args.rows, args.cols)
    try:
        s.wait_for("quit")
        s.quiet(0.3)
        s.send(f"#{visits_id}")
        s.quiet(0.3)
        mark = s.count
        s.send("\r")
        s.wait_for("Title", mark)
        s.quiet(0.3)
        for text in (TITLE, "\t", MESSAGE):
            s.send(text)
            s.quiet(0.1)
        review_and_submit(s)
        s.quiet(0.5)
        return result_scrolling(args, s)
    finally:
        s.stop()


def visits_pane_rows(args):
    """Lines the visits pane shows at this size (Layout.resultPanes: under the banner, a title
    rule over the lines; wide, the case and fields take the upper half), for per-line numbers."""
    area = args.rows - 3
    if args.cols >= 72 and args.rows >= 18:
        return max(1, area - (area + 1) // 2 - 1)
    return max(1, area - 1)


def memory(args, work, sandbox, n=10):
    sessions = []
    try:
        for i in range(n):
            s = PtySession([args.bin], app_env(f"{work}/m{i}", sandbox), args.rows, args.cols)
            sessions.append(s)
            s.wait_for("quit")
            mark = s.count
            s.send("a")
            s.settle(mark, 0.6)  # a search and the first contact's preview
        priv, anon, pss = [], [], []
        for s in sessions:
            priv.append(proc_kib(s.pid, "Private_Dirty", "smaps_rollup") + proc_kib(s.pid, "Private_Clean", "smaps_rollup"))
            anon.append(proc_kib(s.pid, "Anonymous", "smaps_rollup"))
            pss.append(proc_kib(s.pid, "Pss", "smaps_rollup"))
        dialog = PtySession(["dialog", "--form", "New case", "10", "70", "1", "Title:", "1", "1", "", "1", "10", "55", "0"],
                            {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": work, "PATH": "/usr/bin:/bin"},
                            args.rows, args.cols)
        dialog.wait_for("ancel")
        dialog.quiet(0.2)
        d_priv = proc_kib(dialog.pid, "Private_Dirty", "smaps_rollup") + proc_kib(dialog.pid, "Private_Clean", "smaps_rollup")
        d_rss = proc_kib(dialog.pid, "VmHWM")
        dialog.stop()
        return med(priv), med(anon), med(pss), d_priv, d_rss
    finally:
        for s in sessions:
            s.stop()


def sandbox_numbers(args):
    starts = []
    for _ in range(args.sandbox_starts):
        sb = Sandbox(args.bin, args.contacts)
        starts.append(sb.start_ms)
        sb.stop()
    sb = Sandbox(args.bin, args.contacts)
    terms = ["a", "al", "ali", "alice", "jose", "José", "GARCÍA", "müller", "zoe", "Zoë", "lukasz", "søren",
             "王", "王伟", "佐藤", "김", "محمد", "мария", "example.com", "@mail", "acquire-demo", "+91", "+1",
             "55", "123", "9", "0", "smith", "nguyen", "xyz-no-match", "qqqq", "o", "e", "n"]
    times = []
    cpu0 = proc_cpu_ms(sb.proc.pid)
    for i in range(args.searches):
        t = terms[i % len(terms)]
        t0 = time.perf_counter()
        sb.search(t, page=i % 3)
        times.append((time.perf_counter() - t0) * 1000)
    cpu = (proc_cpu_ms(sb.proc.pid) - cpu0) / args.searches
    sb.stop()
    return med(starts), pct(times, 50), pct(times, 95), max(times), cpu


def reference_files(args, work, sandbox, visits_id):
    """The 100,000 contacts as fzf lines, and the visits pane's text for less."""
    lines_file = f"{work}/contacts.txt"
    with open(lines_file, "w") as f:
        page = 0
        while True:
            got = sandbox.search("", page=page, limit=500)
            for c in got:
                fl = c.get("fields") or {}
                comp = ((c.get("company") or {}).get("fields") or {}).get("name") or ""
                f.write("  ".join(str(x or "") for x in (fl.get("name"), fl.get("email"), fl.get("phone"), comp)) + "\n")
            if len(got) < 500:
                break
            page += 1
    contact = sandbox.request("GET", f"/api/v1/crm/objects/contact/{visits_id}")["data"]
    text_file = f"{work}/visits.txt"
    with open(text_file, "w") as f:
        for v in contact.get("visits") or []:
            f.write(f" {v['dateCreated'][:16].replace('T', ' ')} {v.get('title') or '(no title)'}\n   {v.get('url')}\n")
    return lines_file, text_file


def server_create_ms(sandbox, contact_id, n):
    """The sandbox's own answer time for a create (a new connection each, as the app sends
    creates): what the app's submit-to-result is compared with."""
    body = json.dumps({"title": "bench", "source": "firstMessage", "mentionUsers": ["00"],
                       "message": {"type": "message", "message": "bench", "translateLangKey": ""},
                       "channel": "chat", "routeAgentId": 0, "agentId": 0, "isFromCobrowse": False, "fields": {}})
    out = []
    for _ in range(n):
        conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=30)
        t0 = time.perf_counter()
        conn.request("POST", f"/api/v1/crm/messenger/chat/create?contactId={contact_id}", body=body,
                     headers={"Authorization": f"Bearer {sandbox.key}", "Content-Type": "application/json",
                              "Connection": "close"})
        conn.getresponse().read()
        out.append((time.perf_counter() - t0) * 1000)
        conn.close()
    return med(out)


def many_visits(sandbox):
    for cid in range(1, 400):
        c = sandbox.request("GET", f"/api/v1/crm/objects/contact/{cid}")["data"]
        if len(c.get("visits") or []) >= 80:
            return cid
    return 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--cols", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--submits", type=int, default=5)
    ap.add_argument("--idle", type=int, default=60)
    ap.add_argument("--contacts", type=int, default=100000)
    ap.add_argument("--searches", type=int, default=200)
    ap.add_argument("--sandbox-starts", type=int, default=5)
    ap.add_argument("--latency", type=int, default=200)
    ap.add_argument("--narrow-cols", type=int, default=70)
    ap.add_argument("--sandbox-only", action="store_true",
                    help="only the sandbox rows (start, search p50/p95, CPU per search); no dialog, fzf or less")
    ap.add_argument("--only", choices=["scrolling"],
                    help="only this part: scrolling = less and the result panes (Down, PgDn), a small sandbox")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="acq-compare-")
    try:
        if args.only == "scrolling":
            run_scrolling(args, work)
        else:
            run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_scrolling(args, work):
    """`--only scrolling`: the scrolling rows alone (less and acquire-cases, same text, same run)."""
    print(f"scrolling: acquire-cases vs less, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"pty {args.cols}x{args.rows} and {args.narrow_cols}x{args.rows}, TERM=xterm-256color, {args.runs} runs")
    print(f"binary: {args.bin}")
    sandbox = Sandbox(args.bin, min(args.contacts, 2000), ["--fault", "fields:404"])  # no required Priority (see run)
    try:
        visits_id = many_visits(sandbox)
        _, text_file = reference_files(args, work, sandbox, visits_id)
        l_line, l_page = less_scrolling(args, work, text_file, args.cols)
        l_line_narrow, _ = less_scrolling(args, work, text_file, args.narrow_cols)
        runs = [scrolling_session(args, work, sandbox, i, visits_id) for i in range(args.runs)]
    finally:
        sandbox.stop()
    for key, label, ref, ref_name in (("scroll_line", f"Down, {args.cols} cols", l_line, "less (j)"),
                                      ("scroll_line_narrow", f"Down, {args.narrow_cols} cols", l_line_narrow, "less (j)"),
                                      ("scroll_page", "PgDn, per line", l_page, "less (space)")):
        v = med([r[key] for r in runs])
        print(f"bytes/line scrolled ({label:<14}) {v:7.1f}  {ref_name:<12} {ref:6.1f}  {v / ref:5.2f}x  "
              f"<= 2x less: {'met' if v <= 2 * ref else 'NOT met'}")


def run(args, work):
    print(f"acquire-cases vs dialog/less/fzf, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"machine: {platform.node()}, {os.cpu_count()} cpus ({cpu}), {platform.platform()}")
    print(f"load before: {open('/proc/loadavg').read().split()[:3]}")
    print(f"pty {args.cols}x{args.rows}, TERM=xterm-256color, {args.runs} runs each (medians), "
          f"sandbox {args.contacts} contacts, create latency {args.latency} ms")
    print(f"binary: {args.bin} ({os.path.getsize(args.bin)} bytes)")
    print()
    sb_start, p50, p95, pmax, sb_cpu = sandbox_numbers(args)
    if args.sandbox_only:
        print(f"sandbox {args.contacts} contacts: start {sb_start:.1f} ms (median of {args.sandbox_starts}, target < 1000); "
              f"{args.searches} searches p50 {p50:.1f} / p95 {p95:.1f} (target < 20) / max {pmax:.1f} ms; "
              f"CPU per search {sb_cpu:.2f} ms")
        print(f"load after: {open('/proc/loadavg').read().split()[:3]}")
        return
    # The field definitions answer 404: the sandbox's required Priority field would stop every
    # session's review ("Cannot submit yet"); the sessions measure typing, scrolling and submitting.
    sandbox = Sandbox(args.bin, args.contacts, ["--fault", f"create:latency={args.latency}", "--fault", "fields:404"])
    try:
        visits_id = many_visits(sandbox)
        lines_file, text_file = reference_files(args, work, sandbox, visits_id)
        ff_ours, ff_dialog = first_frames(args, work, sandbox)
        d_type = dialog_typing(args, work)
        f_type = fzf_typing(args, work, lines_file)
        l_line, l_page = less_scrolling(args, work, text_file, args.cols)
        l_line_narrow, _ = less_scrolling(args, work, text_file, args.narrow_cols)
        runs = [session(args, work, sandbox, i, visits_id) for i in range(args.runs)]
        server_create = server_create_ms(sandbox, visits_id, args.runs * args.submits)
        m_priv, m_anon, m_pss, d_priv, d_rss = memory(args, work, sandbox)
    finally:
        sandbox.stop()

    def col(key):
        return med([r[key] for r in runs])

    rows = []

    def row(name, ours, ref, ref_name, target, ok):
        ratio = f"{ours / ref:5.2f}x" if ref else "    -"
        rows.append((name, ours, ref, ref_name, ratio, target, "met" if ok else "NOT met"))

    row("first frame (ms)", ff_ours, ff_dialog, "dialog --form", "<= 1.5x dialog", ff_ours <= 1.5 * ff_dialog)
    for key, label in (("title", "title"), ("message", "message editor"), ("agent", "agent filter (with list)")):
        v = med([r[key]["median"] for r in runs])
        row(f"bytes/char typed: {label}", v, d_type if key == "title" else None,
            "dialog --form" if key == "title" else "", "<= 4", v <= 4)
    v = med([r["search"]["echo"] for r in runs])
    row("bytes/char typed: search box (echo)", v, None, "", "<= 4", v <= 4)
    v = med([r["search"]["mean"] for r in runs])
    row("bytes/key, search + results, 100k", v, f_type, "fzf", "<= 0.25x fzf", v <= 0.25 * f_type)
    v = col("scroll_line")
    row("bytes/line scrolled (Down, side by side)", v, l_line, "less (j)", "<= 2x less", v <= 2 * l_line)
    v = col("scroll_line_narrow")
    row(f"bytes/line scrolled (Down, {args.narrow_cols} cols)", v, l_line_narrow, "less (j)", "<= 2x less", v <= 2 * l_line_narrow)
    v = col("scroll_page")
    row("bytes/line scrolled (PgDn)", v, l_page, "less (space)", "<= 2x less", v <= 2 * l_page)
    subs = [t for r in runs for t in r["submit"]]
    beyond = med(subs) - server_create
    row("submit->result beyond the server (ms)", beyond, None, "", "<= 20", beyond <= 20)
    row("private KiB/instance (10 open)", m_priv, d_priv, "dialog", "<= 4096", m_priv <= 4096)
    v = col("rss_peak")
    row("peak RSS KiB", v, d_rss, "dialog", "<= 30720", v <= 30720)
    row("sandbox 100k start (ms)", sb_start, None, "", "< 1000", sb_start < 1000)
    row("sandbox search p50 (ms)", p50, None, "", "", True)
    row("sandbox search p95 (ms)", p95, None, "", "< 20", p95 < 20)

    c0, c1 = runs[-1]["idle"]
    idle_total = sum(c1[t][0] - c0[t][0] for t in c1 if t in c0)
    churn = len(set(c0) ^ set(c1))
    row(f"idle wake-ups/s, all threads, {args.idle} s", idle_total / args.idle, None, "", "0", idle_total == 0 and churn == 0)

    print(f"{'measure':<44} {'acquire-cases':>13} {'reference':>10} {'':<15} {'ratio':>6}  {'target':<15} result")
    for name, ours, ref, ref_name, ratio, target, ok in rows:
        ref_s = f"{ref:10.1f}" if ref is not None else f"{'':>10}"
        print(f"{name:<44} {ours:13.1f} {ref_s} {ref_name:<15} {ratio:>6}  {target:<15} {ok}")
    print()
    print(f"submit->result, all {len(subs)} (ms): " + " ".join(f"{t:.0f}" for t in sorted(subs))
          + f"; the sandbox alone answers a create (latency fault {args.latency} ms, new connection) in {server_create:.1f} ms")
    print("per-char medians (mean): " + ", ".join(
        f"{k} {med([r[k]['median'] for r in runs]):.1f} ({med([r[k]['mean'] for r in runs]):.1f})"
        for k in ("title", "message", "agent", "search")))
    print(f"memory, median of 10 instances (KiB): private {m_priv}, anonymous {m_anon}, Pss {m_pss}; "
          f"dialog private {d_priv}, peak RSS {d_rss}")
    print(f"sandbox: start median of {args.sandbox_starts}; {args.searches} searches over one keep-alive connection, "
          f"p50 {p50:.1f} / p95 {p95:.1f} / max {pmax:.1f} ms; the sandbox's CPU time per search {sb_cpu:.2f} ms "
          "(wall time beyond that is the HTTP server waiting, or the machine's load)")
    print(f"idle {args.idle} s after a search, a preview and {args.submits} creates: {idle_total} context switches; "
          f"threads started or ended meanwhile: {churn}; per thread (tid switches name/wchan):")
    for t in sorted(c1, key=int):
        if t in c0:
            print(f"  {t:>8} {c1[t][0] - c0[t][0]:5d}  {c1[t][1]}")
    print(f"load after: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
