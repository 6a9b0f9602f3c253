"""A program on a fresh pseudo-terminal of a given size: every byte it writes is kept (with the
time it arrived) so a benchmark can count bytes between two moments and wait for markers or for
the output to settle."""
import fcntl
import os
import signal
import struct
import termios
import threading
import time


class PtySession:
    """Spawns `cmd` as the session leader of a new pty (rows x cols) and reads its output."""

    def __init__(self, cmd, env, rows, cols):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.closerange(3, 1024)
            try:
                os.execvpe(cmd[0], cmd, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.out = bytearray()
        self.last = self.start  # when the last byte arrived
        self.cond = threading.Condition()
        self.closed = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                chunk = b""
            with self.cond:
                if not chunk:
                    self.closed = True
                    self.cond.notify_all()
                    return
                self.out += chunk
                self.last = time.perf_counter()
                self.cond.notify_all()

    def resize(self, rows, cols):
        """Changes the pty's size (the kernel sends SIGWINCH to the program)."""
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def send(self, data):
        os.write(self.fd, data if isinstance(data, bytes) else data.encode())

    @property
    def count(self):
        with self.cond:
            return len(self.out)

    def wait_for(self, marker, since=0, timeout=30):
        """Seconds (from spawn) when `marker` first appeared after byte offset `since`."""
        m = marker if isinstance(marker, bytes) else marker.encode()
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                i = self.out.find(m, since)
                if i >= 0:
                    return time.perf_counter() - self.start
                left = deadline - time.perf_counter()
                if left <= 0 or self.closed:
                    tail = bytes(self.out[-600:])
                    raise TimeoutError(f"no {marker!r} within {timeout} s; last output: {tail!r}")
                self.cond.wait(left)

    def settle(self, since, quiet, timeout=20, required=True):
        """Waits for output after offset `since`, then for `quiet` seconds without any; returns
        the byte count at that point. With `required` False, no output within `timeout` is fine."""
        deadline = time.perf_counter() + timeout
        with self.cond:
            while len(self.out) <= since and not self.closed:
                left = deadline - time.perf_counter()
                if left <= 0:
                    if not required:
                        return len(self.out)
                    raise TimeoutError(f"no output after offset {since}; last: {bytes(self.out[-300:])!r}")
                self.cond.wait(left)
            while not self.closed:
                idle = time.perf_counter() - self.last
                if idle >= quiet:
                    return len(self.out)
                self.cond.wait(quiet - idle)
            return len(self.out)

    def quiet(self, seconds):
        """Waits until nothing has arrived for `seconds` (no output needed first)."""
        with self.cond:
            while not self.closed:
                idle = time.perf_counter() - self.last
                if idle >= seconds:
                    return len(self.out)
                self.cond.wait(seconds - idle)
            return len(self.out)

    def stop(self):
        if self.pid:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    break
                for _ in range(100):
                    done, _ = os.waitpid(self.pid, os.WNOHANG)
                    if done:
                        break
                    time.sleep(0.02)
                else:
                    continue
                break
            self.pid = 0
        self.reader.join(timeout=2)
        try:
            os.close(self.fd)
        except OSError:
            pass
