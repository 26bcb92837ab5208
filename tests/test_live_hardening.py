"""Issue 13 against the real server (gunicorn, ``live_server``): storms, slow clients, memory bombs.

The server runs with a 2 s query time limit and a 3 s body time limit
(conftest), so each attack here lasts seconds, not minutes.
"""

import http.client
import json
import os
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from conftest import descendants, tree_rss_bytes

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
GB = 1 << 30


def request(base, method, path, body=None, headers=None, timeout=30):
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def sparql(base, query):
    return request(base, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}))


class Health:
    """Asks /healthz over and over from its own thread; remembers the slowest answer."""

    def __init__(self, base):
        self.base, self.slowest, self.failures, self._stop = base, 0.0, [], False
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop:
            t0 = time.monotonic()
            try:
                status, _, _ = request(self.base, "GET", "/healthz", timeout=5)
                if status != 200:
                    self.failures.append(status)
            except OSError as e:
                self.failures.append(repr(e))
            self.slowest = max(self.slowest, time.monotonic() - t0)
            time.sleep(0.1)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop = True
        self._thread.join(10)


def server_children(base) -> list[int]:
    """The query children: descendants of the gunicorn worker(s)."""
    master = base.pid
    workers = [p for p in descendants(master) if p != master and _ppid(p) == master]
    return [p for w in workers for p in descendants(w) if p != w]


def _ppid(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rpartition(")")[2].split()[1])


def test_query_children_hold_no_inherited_descriptors(live_server):
    assert sparql(live_server, "ASK { ?s ?p ?o }")[0] == 200
    time.sleep(0.5)   # the second child may still be starting
    children = server_children(live_server)
    assert children
    for pid in children:
        fds = sorted((int(fd) for fd in os.listdir(f"/proc/{pid}/fd")), key=int)
        assert fds[:4] == [0, 1, 2, 3]
        for fd in fds[4:]:
            # beyond the channel: only the on-disk store's own files (RocksDB reads through them)
            # and /dev/null filling the numbers freed below them, never a socket or a pipe
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            assert target == "/dev/null" or (target.startswith("/") and os.path.isfile(target)), target
        # and no free number left: a socket() or open() in the child fails with EMFILE
        limits = Path(f"/proc/{pid}/limits").read_text()
        soft = next(line.split()[3] for line in limits.splitlines() if line.startswith("Max open files"))
        assert int(soft) == fds[-1] + 1


def test_keep_alive_connections_survive_child_restarts(live_server):
    host, port = urllib.parse.urlsplit(live_server).netloc.split(":")
    pooled = http.client.HTTPConnection(host, int(port), timeout=10)
    pooled.request("GET", "/healthz")
    assert pooled.getresponse().read()
    # children are killed and forked anew while the pooled connection is open (keep-alive: 2 s idle)
    runaway = threading.Thread(target=sparql, args=(live_server, RUNAWAY))
    runaway.start()
    time.sleep(1.0)
    pooled.request("GET", "/healthz")
    assert pooled.getresponse().read()
    runaway.join()
    pooled.request("GET", "/healthz")
    r = pooled.getresponse()
    assert r.status == 200 and r.read()
    # when the server drops it (keep-alive time-out), the client hears so at once: no child holds it
    time.sleep(3.5)
    pooled.sock.settimeout(3)
    assert pooled.sock.recv(1) == b""
    pooled.close()


def test_health_answers_through_a_runaway_storm(live_server):
    with Health(live_server) as health, ThreadPoolExecutor(64) as pool:
        t0 = time.monotonic()
        replies = list(pool.map(lambda _: sparql(live_server, RUNAWAY), range(64)))
        storm = time.monotonic() - t0
    statuses = [status for status, _, _ in replies]
    assert set(statuses) == {503}
    refused = [h for status, h, _ in replies if "Retry-After" in h]
    assert len(refused) == 64
    assert all(json.loads(body)["error"] for _, _, body in replies)
    assert health.failures == [] and health.slowest < 2.0, (health.slowest, health.failures)
    assert storm < 15
    assert sparql(live_server, "ASK { ?s ?p ?o }")[0] == 200


def _slow_body(base, reply: list):
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    s = socket.create_connection((host, int(port)), timeout=20)
    s.sendall(b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 100000\r\n\r\n")
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < 8:
            s.sendall(b" ")
            time.sleep(0.5)
    except OSError:
        pass
    try:
        reply.append(s.recv(4096))
    except OSError as e:
        reply.append(repr(e).encode())
    s.close()


def test_health_answers_through_a_slow_body_attack(live_server):
    replies: list[list] = [[] for _ in range(8)]
    attackers = [threading.Thread(target=_slow_body, args=(live_server, r)) for r in replies]
    with Health(live_server) as health:
        for a in attackers:
            a.start()
        for a in attackers:
            a.join(30)
    assert health.failures == [] and health.slowest < 2.0, (health.slowest, health.failures)
    for r in replies:   # each was cut at the body time limit with a JSON 408
        assert r and r[0].startswith(b"HTTP/1.1 408"), r
        assert b'"error"' in r[0]


def test_memory_bombs_are_stopped_and_the_tree_stays_small(live_server):
    bind = 'BIND("0123456789" AS ?x0) ' + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(30))
    replace = "'aaaaaaaaaa'"
    for _ in range(9):
        replace = f"REPLACE({replace}, 'a', 'aaaaaaaaaa')"
    bombs = ["CONSTRUCT {?a ?b ?f} WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i} ORDER BY ?f LIMIT 5",
             "SELECT (STRLEN(?x30) AS ?n) WHERE { " + bind + " }",
             f"SELECT (STRLEN({replace}) AS ?n) WHERE {{}}"]
    peak, done = [0], threading.Event()

    def watch():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_bytes(live_server.pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    with ThreadPoolExecutor(4) as pool:
        replies = list(pool.map(lambda q: sparql(live_server, q), bombs + bombs[:1]))
    done.set()
    watcher.join()
    for status, headers, body in replies:
        assert status == 503, body
        message = json.loads(body)["error"]
        assert "MB" in message or "time limit" in message or "too many" in message
    assert peak[0] < 2 * GB, peak[0]
    assert sparql(live_server, "ASK { ?s ?p ?o }")[0] == 200


def test_gunicorns_own_errors_are_json(live_server):
    status, headers, body = request(live_server, "GET", "/api/ask?q=" + "x" * 10_000)
    assert status == 414 and headers["Content-Type"] == "application/json" and json.loads(body)["error"]
    status, headers, body = request(live_server, "GET", "/healthz", headers={"X-Big": "y" * 10_000})
    assert status in (400, 431) and json.loads(body)["error"]
