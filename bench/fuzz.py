"""Fuzz the whole HTTP surface of `kgqa serve` on loopback, then let schemathesis check the OpenAPI description.

    python bench/fuzz.py                          # 20 000 generated requests, then schemathesis if installed
    python bench/fuzz.py --requests 2000 --no-schemathesis

Bounded and local: the server is started here on 127.0.0.1 with a 2 s query
time limit; every request goes to it (SERVICE queries point at a listener of
this script, which must hear nothing).  A response fails the run when it is
a 5xx other than a documented 503 (overload, time or memory limit), an error
that is not JSON (but a browser's HTML error page), a body with a traceback or a file path, or echoes a hostile
Host header.  Then schemathesis (the ``bench`` extra) runs twice over
/openapi.json: every check but positive-data acceptance on every operation
(SPARQL text and IRIs have grammars a JSON Schema cannot state, so valid-looking
ones may be refused; a GET's ``?context=`` may outgrow gunicorn's request
line), and positive-data acceptance on the JSON bodies, whose schemas are
exactly what the server enforces.  Prints the figures; exits 1 on
any failure.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from _wrk import stop

ROOT = Path(__file__).resolve().parent.parent
EVIL = "evil.example"
LEAKS = ("Traceback", 'File "/', "site-packages", "/work/", "/home/", ".py\"", "\\.py")
DOCUMENTED_503 = ("time limit", "too many", "MB a query")


class Listener:
    """Counts connections offered to a local port (the target of every SERVICE query sent)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port, self.hits, self.stop = self.sock.getsockname()[1], 0, False
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_pss(pid: int) -> int:
    """Proportional set size of a process tree: shared copy-on-write pages counted once."""
    kids: dict[int, list[int]] = {}
    for e in Path("/proc").iterdir():
        if e.name.isdigit():
            try:
                kids.setdefault(int((e / "stat").read_text().rpartition(")")[2].split()[1]), []).append(int(e.name))
            except OSError:
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        todo += kids.get(p, [])
    return total


# ---------------------------------------------------------------- generators

QUESTIONS = ["多少件行政复议", "区司法局收到多少件行政复议申请", "办结了多少？", "进驻率是多少", "存在的问题有哪些",
             "哪个区县法律援助案件最多", "全区人口多少", "人大建议和政协提案合计多少件"]
READS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?delete ?add ?copy ?service WHERE { ?delete ?add ?copy } LIMIT 3",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:create ?o } LIMIT 1",
    "ASK { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5",
    "DESCRIBE <https://fazhi-kg.example.org/id/x>",
    "SELECT (RAND() AS ?r) (NOW() AS ?t) WHERE {}",
    'SELECT ?x WHERE { BIND("DROP ALL; SERVICE" AS ?x) }',
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
]
UPDATES = ["DROP ALL", "CLEAR DEFAULT", "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
           "DELETE WHERE { ?s ?p ?o }", "LOAD <http://127.0.0.1:1/x>", "COPY DEFAULT TO <http://g/>"]
RUNAWAYS = ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "CONSTRUCT {?a ?b ?f} WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i} ORDER BY ?f LIMIT 5"]
ACCEPTS = ["", "*/*", "application/sparql-results+json", "text/csv", "text/turtle", "application/ld+json",
           "image/png", "text/html", "application/json", "text/html;q=0, */*;q=0.1", "garbage/;;;q=x"]
PATHS = ["/", "/sparql", "/search", "/describe", "/id/x", "/def/Indicator", "/graph/tiexi-2025", "/store",
         "/api/ask", "/api/neighbourhood", "/v1/models", "/v1/chat/completions", "/retrieval", "/healthz",
         "/readyz", "/openapi.json", "/widget.js", "/widget-demo", "/static/style.css", "/nope", "/%00",
         "/static/../../etc/passwd", "/id/%3Cbad%3E", "/api/", "/v1/"]


def service_queries(port: int) -> list[str]:
    base = f"http://127.0.0.1:{port}/"
    return [f"SELECT * WHERE {{ SERVICE <{base}> {{ ?s ?p ?o }} }}",
            f"select * {{ service silent <{base}x> {{ ?s ?p ?o }} }}",
            f"BASE <{base}> SELECT * {{ SERVICE <x> {{ ?s ?p ?o }} }}",
            f"PREFIX e: <{base}> SELECT * WHERE {{ VALUES ?z {{ e:a\\#b }} SERVICE e:x {{ ?s ?p ?o }} }}",
            f"PREFIX e: <{base}> SELECT * WHERE {{ VALUES ?z {{ e:a\\#b }}\n SERVICE e:x {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ # }}\n SeRvIcE <{base}> {{ ?s ?p ?o }} }}"]


class Gen:
    def __init__(self, seed: int, listener_port: int):
        self.r = random.Random(seed)
        self.service = service_queries(listener_port)

    def text(self, n: int = 12) -> str:
        r = self.r
        pools = ["abc xyz", "行政复议多少件法律援助", " \t\n", "\"'\\{}[]<>#%&?=;", "\u0000\u200b\ud7ff\ufffd\U0001f600"]
        pool = r.choice(pools)
        return "".join(r.choice(pool) for _ in range(r.randint(0, n)))

    def value(self, depth: int = 0):
        r = self.r
        k = r.randint(0, 9 if depth < 4 else 5)
        if k == 0:
            return None
        if k == 1:
            return r.choice([True, False])
        if k == 2:
            return r.choice([0, -1, 3, 2**63, -(10**30), 10**400 if r.random() < 0.1 else 7])
        if k == 3:
            return r.choice([0.5, -1e308, 1e-320, 3.0])
        if k in (4, 5):
            return self.text()
        if k in (6, 7):
            return [self.value(depth + 1) for _ in range(r.randint(0, 3))]
        return {self.text(6): self.value(depth + 1) for _ in range(r.randint(0, 3))}

    def raw_json(self, obj) -> bytes:
        r = self.r
        text = json.dumps(obj, ensure_ascii=r.random() < 0.5)
        roll = r.random()
        if roll < 0.05:   # deep nesting spliced in
            depth = r.choice([40, 1100, 5000])
            text = text.replace("null", "[" * depth + "]" * depth, 1) if "null" in text else "[" * depth + "]" * depth
        elif roll < 0.08:
            text = text.replace("3", r.choice(["1e400", "NaN", "-Infinity", "9" * 5000]), 1)
        elif roll < 0.12:
            cut = r.randint(0, len(text))
            text = text[:cut]
        elif roll < 0.14:
            return bytes(r.getrandbits(8) for _ in range(r.randint(0, 64)))
        return text.encode("utf-8", "surrogatepass")

    def mutate(self, obj: dict) -> dict:
        r = self.r
        obj = dict(obj)
        for _ in range(r.randint(0, 2)):
            key = r.choice([*obj, self.text(5)]) if obj else self.text(5)
            if r.random() < 0.3:
                obj.pop(key, None)
            else:
                obj[key] = self.value()
        return obj

    def sparql_text(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.25:
            q = r.choice(READS)
        elif roll < 0.35:
            q = r.choice(UPDATES)
        elif roll < 0.45:
            q = r.choice(self.service)
        elif roll < 0.47:
            q = r.choice(RUNAWAYS)
        elif roll < 0.55:
            n = r.choice([20, 300, 3000])
            o, c = r.choice([("{", "}"), ("(", ")"), ("[?p ", "]"), ("!", "")])
            q = "SELECT * WHERE { FILTER(" + o * n + "?x" + c * n + ") }"
        else:
            q = r.choice(READS + UPDATES + self.service)
            for _ in range(r.randint(1, 4)):
                i = r.randint(0, len(q))
                op = r.random()
                if op < 0.4:
                    q = q[:i] + q[i + 1:]
                elif op < 0.8:
                    q = q[:i] + r.choice(["{", "}", "(", "\\", "#", "\"", "'", "<", ">", " SERVICE ", "\n", "?", ".",
                                          " DROP ", "\u0000", "é"]) + q[i:]
                else:
                    q = q[:i]
        return q

    def request(self) -> tuple[str, str, bytes | None, dict]:
        """method, target, body, headers."""
        r = self.r
        headers = {}
        if r.random() < 0.05:
            headers["Host"] = EVIL
        roll = r.random()
        if roll < 0.18:
            params = {"q": r.choice(QUESTIONS) if r.random() < 0.6 else self.text(40)}
            if r.random() < 0.3:
                params["context"] = self.raw_json(self.value()).decode("utf-8", "replace")
            if r.random() < 0.1:
                params.pop("q")
            return "GET", "/api/ask?" + urllib.parse.urlencode(params), None, headers
        if roll < 0.33:
            body = self.mutate({"question": r.choice(QUESTIONS), "context": None})
            headers["Content-Type"] = r.choice(["application/json"] * 5 + ["text/plain", "application/x-www-form-urlencoded"])
            return "POST", "/api/ask", self.raw_json(body), headers
        if roll < 0.45:
            body = self.mutate({"model": "fazhi-kg", "stream": r.random() < 0.3, "messages": [
                {"role": "user", "content": r.choice(QUESTIONS)}, {"role": "assistant", "content": "32件"},
                {"role": "user", "content": r.choice(QUESTIONS + ["", "  ", "问" * 600])}]})
            headers["Content-Type"] = "application/json"
            return "POST", "/v1/chat/completions", self.raw_json(body), headers
        if roll < 0.55:
            setting = self.mutate({"top_k": r.choice([1, 3, 5]), "score_threshold": 0.5})
            body = self.mutate({"knowledge_id": r.choice(["fazhi-kg", "tiexi-2025", "nope"]),
                                "query": r.choice(QUESTIONS), "retrieval_setting": setting})
            headers["Content-Type"] = "application/json"
            if r.random() < 0.3:
                token = self.text(8).encode("utf-8", "surrogatepass").decode("latin-1")   # raw bytes on the wire
                token = token.replace("\n", "").replace("\r", "")
                headers["Authorization"] = r.choice(["Bearer 0", "Bearer ", "Token x", "Bearer " + token])
            return "POST", "/retrieval", self.raw_json(body), headers
        if roll < 0.80:
            q = self.sparql_text()
            headers["Accept"] = r.choice(ACCEPTS)
            params = [("query", q)]
            if r.random() < 0.1:
                params.append((r.choice(["default-graph-uri", "named-graph-uri"]),
                               r.choice(["https://fazhi-kg.example.org/graph/tiexi-2025", "not an iri", "", "A:"])))
            how = r.random()
            if how < 0.5:
                return "GET", "/sparql?" + urllib.parse.urlencode(params), None, headers
            if how < 0.8:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
                return "POST", "/sparql", urllib.parse.urlencode(params).encode(), headers
            headers["Content-Type"] = "application/sparql-query"
            return "POST", "/sparql", q.encode("utf-8", "surrogatepass"), headers
        method = r.choice(["GET"] * 6 + ["HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "POST"])
        path = r.choice(PATHS)
        if r.random() < 0.5:
            key = r.choice(["q", "iri", "graph", "default", "radius", "format", "query", "update"])
            path += "?" + urllib.parse.urlencode({key: r.choice([self.text(20), "http://a b", "https://fazhi-kg.example.org/id/x", "2", "-1", "DROP ALL"])})
        headers["Accept"] = r.choice(ACCEPTS)
        if r.random() < 0.01:
            path += "&pad=" + "x" * 6000     # past gunicorn's request line limit: its own 414
        if r.random() < 0.01:
            headers["X-Pad"] = "y" * 9000    # past its header limit: its own 400/431
        body = self.raw_json(self.value()) if method in ("POST", "PUT", "PATCH") else None
        return method, path, body, headers


# ---------------------------------------------------------------- checks

def judge(method: str, target: str, status: int, headers: dict, body: bytes, accept: str = "") -> list[str]:
    """What is wrong with one response. A browser (Accept naming text/html) gets the site's HTML
    error page; everyone else gets JSON errors."""
    problems = []
    browser = "text/html" in accept
    text = body.decode("utf-8", "replace")
    ctype = headers.get("content-type", "")
    if status >= 500:
        documented = status == 503 and ctype.startswith("application/json") and (
            method == "HEAD" or any(m in text for m in DOCUMENTED_503))   # HEAD: no body to read
        if not documented:
            problems.append(f"5xx {status}")
    if status >= 400 and method != "HEAD" and not ctype.startswith("application/json") \
            and not (browser and ctype.startswith("text/html")):
        problems.append(f"non-JSON error {status} {ctype}")
    if any(leak in text for leak in LEAKS):
        problems.append("traceback or path in body")
    if EVIL in text or EVIL in headers.get("location", ""):
        problems.append("Host header reflected")
    return problems


def run_requests(base: str, gen: Gen, n: int, threads: int) -> tuple[Counter, list, float]:
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    statuses: Counter = Counter()
    failures: list = []
    lock = threading.Lock()
    jobs = [gen.request() for _ in range(n)]
    cursor = iter(range(n))

    def worker():
        conn = None
        while True:
            with lock:
                i = next(cursor, None)
            if i is None:
                break
            method, target, body, headers = jobs[i]
            for attempt in range(2):
                try:
                    if conn is None:
                        conn = http.client.HTTPConnection(host, int(port), timeout=30)
                    conn.request(method, target, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                    hdrs = {k.lower(): v for k, v in resp.getheaders()}
                    if resp.will_close:
                        conn.close()
                        conn = None
                    break
                except (OSError, http.client.HTTPException, ValueError) as e:
                    if conn is not None:
                        conn.close()
                    conn = None
                    if attempt:
                        with lock:
                            statuses["connection error"] += 1
                            failures.append((method, target[:120], f"connection error {e!r}"))
                        data = None
            if data is None:
                continue
            problems = judge(method, target, resp.status, hdrs, data, headers.get("Accept", ""))
            with lock:
                statuses[resp.status] += 1
                failures.extend((method, target[:120], p, data[:200]) for p in problems)

    t0 = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return statuses, failures, time.monotonic() - t0


def schemathesis(exe: str, base: str, examples: int) -> list[tuple[str, int, str]]:
    """Two schemathesis passes; (name, exit code, summary lines) each."""
    passes = [
        ("all operations, all checks but positive-data acceptance",
         ["--checks", "all", "--exclude-checks", "positive_data_acceptance"]),
        ("JSON bodies (POST /api/ask, /v1/chat/completions, /retrieval), positive-data acceptance too",
         ["--checks", "all", "--include-name", "POST /api/ask", "--include-name", "POST /v1/chat/completions",
          "--include-name", "POST /retrieval"]),
    ]
    out = []
    for name, args in passes:
        proc = subprocess.run([exe, "run", base + "/openapi.json", "-n", str(examples), "--workers", "1",
                               "--request-timeout", "30", "--seed", "1", "--no-color", *args],
                              check=False, capture_output=True, text=True, cwd="/tmp")
        lines = [ln for ln in proc.stdout.splitlines()
                 if any(w in ln for w in ("generated", "❌", "🚫", "passed", "failures", "Errors", "ST1", "ST2", "Runtime"))]
        out.append((name, proc.returncode, "\n".join(lines[-14:])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--examples", type=int, default=100, help="schemathesis examples per operation")
    ap.add_argument("--schemathesis", default=shutil.which("schemathesis") or "", help="path of the schemathesis CLI")
    ap.add_argument("--no-schemathesis", action="store_true")
    args = ap.parse_args()

    listener = Listener()
    port = free_port()
    env = dict(os.environ, KGQA_SPARQL_TIMEOUT="2", KGQA_BODY_TIMEOUT="3")
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--workers", "2"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        rss0 = tree_pss(server.pid)
        statuses, failures, seconds = run_requests(base, Gen(args.seed, listener.port), args.requests, args.threads)
        time.sleep(0.5)
        rss1 = tree_pss(server.pid)
        bad5xx = sum(1 for f in failures if f[2].startswith("5xx"))
        print(f"requests          {sum(statuses.values())} in {seconds:.0f} s ({sum(statuses.values()) / seconds:.0f}/s), "
              f"{args.threads} clients, seed {args.seed}")
        print("statuses          " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
        print(f"5xx not documented {bad5xx}   (503 documented: {statuses.get(503, 0)})")
        print(f"other problems    {len(failures) - bad5xx}")
        print(f"SERVICE listener  {listener.hits} connections")
        print(f"server tree PSS   {rss0 >> 20} MB before, {rss1 >> 20} MB after")
        for f in failures[:20]:
            print("  ", f)
        ok = not failures and listener.hits == 0
        if args.schemathesis and not args.no_schemathesis:
            for name, code, summary in schemathesis(args.schemathesis, base, args.examples):
                print(f"\nschemathesis: {name}: exit {code}\n{summary}")
                ok = ok and code == 0
        elif not args.no_schemathesis:
            print("\nschemathesis: not installed (pip install -e '.[bench]')")
        return 0 if ok else 1
    finally:
        listener.stop = True
        stop(server)


if __name__ == "__main__":
    sys.exit(main())
