#!/usr/bin/env python3
"""Times a terminal program's start: from spawning it on a fresh 80x24 pty until MARKER appears in
what it writes (its first frame), over RUNS runs; prints min/median/max in milliseconds.
With MARKER '-' it times the whole run to exit instead (for --version).
Usage: firstframe.py LABEL RUNS MARKER -- COMMAND [ARGS...]"""
import fcntl
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time


def once(cmd, marker, env):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def controlling_tty():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env,
                            preexec_fn=controlling_tty, close_fds=True)
    os.close(slave)
    seen = b""
    elapsed = None
    deadline = start + 30
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                seen += chunk
                if marker is not None and marker in seen:
                    elapsed = time.perf_counter() - start
                    break
            elif marker is None and proc.poll() is not None:
                break
        if marker is None:
            proc.wait(timeout=30)
            elapsed = time.perf_counter() - start
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        os.close(master)
    if elapsed is None:
        sys.exit(f"{cmd[0]}: no {marker!r} within 30 s; it wrote: {seen[-400:]!r}")
    return elapsed * 1000


def main():
    label, runs, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    env = dict(os.environ, TERM=os.environ.get("TERM", "xterm-256color"))
    m = None if marker == "-" else marker.encode()
    once(cmd, m, env)  # warm the page cache
    times = sorted(once(cmd, m, env) for _ in range(runs))
    print(f"{label:<34} min {times[0]:7.1f} ms  median {statistics.median(times):7.1f} ms  max {times[-1]:7.1f} ms  ({runs} runs)")


if __name__ == "__main__":
    main()
