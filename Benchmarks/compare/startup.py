#!/usr/bin/env python3
"""The start-up and memory rows of compare.py alone, for quick before/after comparisons of one
binary or two: first frame vs `dialog --form` (same run), private memory per instance with 10
open, and the peak RSS (VmHWM) of a full session. Same functions as compare.py, fewer rows.
Usage: Benchmarks/compare/startup.py --bin PATH [--bin OTHER] [--runs N] [--submits N] [--no-session]"""
import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", action="append", required=True, help="binary to measure (repeatable)")
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--cols", type=int, default=100)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--submits", type=int, default=2)
    ap.add_argument("--contacts", type=int, default=100000)
    ap.add_argument("--narrow-cols", type=int, default=70)
    ap.add_argument("--no-session", action="store_true", help="skip the full session (peak RSS)")
    args = ap.parse_args()
    args.idle = 0
    work = tempfile.mkdtemp(prefix="acq-startup-")
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}, load before {open('/proc/loadavg').read().split()[:3]}, "
          f"pty {args.cols}x{args.rows}, {args.runs} runs (medians), sandbox {args.contacts} contacts")
    sandbox = compare.Sandbox(args.bin[0], args.contacts, ["--fault", "fields:404"])  # as compare.py
    try:
        visits_id = compare.many_visits(sandbox)
        for b in args.bin:
            a = argparse.Namespace(**vars(args))
            a.bin = b
            ours, dialog = compare.first_frames(a, work, sandbox)
            print(f"{b} ({os.path.getsize(b)} bytes)")
            print(f"  first frame {ours:.1f} ms vs dialog --form {dialog:.1f} ms = {ours / dialog:.2f}x (target <= 1.5x)")
            priv, anon, pss, d_priv, d_rss = compare.memory(a, work, sandbox)
            print(f"  10 open: private {priv} KiB/instance (anonymous {anon}, Pss {pss}); dialog private {d_priv}, VmHWM {d_rss}")
            if not args.no_session:
                a.runs = 1
                r = compare.session(a, work, sandbox, 0, visits_id)
                print(f"  peak RSS (VmHWM) of a session (search, preview, compose, {args.submits} creates, scrolling): {r['rss_peak']} KiB (target <= 30720)")
    finally:
        sandbox.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"load after {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
