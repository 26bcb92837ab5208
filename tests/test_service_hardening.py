"""The findings of issue 13 that an in-process client can reproduce: each is a 4xx JSON now."""

import json

import pytest

from service import DEFAULTS, create_app
from service.settings import SERVICE_SETTINGS

EVIL = "evil.example"


@pytest.fixture(scope="module")
def app(config):
    return create_app({"KG_CONFIG": config, "TESTING": True, "MAX_CONTENT_LENGTH": 64 << 10})


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


RETRIEVAL = {"knowledge_id": "fazhi-kg", "query": "多少件行政复议", "retrieval_setting": {"top_k": 3}}


@pytest.mark.parametrize("body", [
    {**RETRIEVAL, "knowledge_id": 5},
    {**RETRIEVAL, "knowledge_id": ["fazhi-kg"]},
    {**RETRIEVAL, "knowledge_id": {"a": 1}},
    {**RETRIEVAL, "retrieval_setting": "top_k=3"},
    {**RETRIEVAL, "retrieval_setting": [3]},
    {**RETRIEVAL, "retrieval_setting": {"top_k": "3"}},
    {**RETRIEVAL, "retrieval_setting": {"top_k": 2.5}},
    {**RETRIEVAL, "retrieval_setting": {"score_threshold": "high"}},
    {**RETRIEVAL, "query": "   "},
    {"knowledge_id": "fazhi-kg", "retrieval_setting": {}},
])
def test_retrieval_bad_bodies_are_400(client, body):
    r = client.post("/retrieval", json=body)
    assert r.status_code == 400 and r.get_json()["error"]


@pytest.mark.parametrize("raw", [
    '{"knowledge_id": "fazhi-kg", "query": "x", "retrieval_setting": {"top_k": 1e400}}',
    '{"knowledge_id": "fazhi-kg", "query": "x", "retrieval_setting": {"score_threshold": NaN}}',
    '{"knowledge_id": "fazhi-kg", "query": "x", "retrieval_setting": {"score_threshold": -Infinity}}',
])
def test_non_finite_numbers_are_400(client, raw):
    r = client.post("/retrieval", data=raw, content_type="application/json")
    assert r.status_code == 400 and "JSON" in r.get_json()["error"]


@pytest.mark.parametrize("path,make", [
    ("/api/ask", lambda deep: {"question": "办结了多少", "context": {"x": deep}}),
    ("/v1/chat/completions", lambda deep: {"messages": [{"role": "user", "content": "进驻率"}], "x": deep}),
    ("/retrieval", lambda deep: {**RETRIEVAL, "retrieval_setting": {"x": deep}}),
])
@pytest.mark.parametrize("depth", [40, 1100, 5000])
def test_deep_json_is_400(client, path, make, depth):
    raw = json.dumps(make("__DEEP__")).replace('"__DEEP__"', nested(depth))
    r = client.post(path, data=raw, content_type="application/json")
    assert r.status_code == 400, r.get_data(as_text=True)[:200]
    body = r.get_json()
    assert "deep" in json.dumps(body)


@pytest.mark.parametrize("depth", [40, 1100])
def test_deep_context_parameter_is_400(client, depth):
    r = client.get("/api/ask", query_string={"q": "办结了多少", "context": '{"x": ' + nested(depth) + "}"})
    assert r.status_code == 400 and "deep" in r.get_json()["error"]


def test_shallow_context_still_works(client):
    first = client.get("/api/ask", query_string={"q": "行政复议收到多少件"}).get_json()
    r = client.get("/api/ask", query_string={"q": "办结了多少", "context": json.dumps(first["context"])})
    assert r.status_code == 200 and r.get_json()["answered"]


@pytest.mark.parametrize("path,kwargs", [
    ("/api/ask", {"content_type": "application/json"}),
    ("/v1/chat/completions", {"content_type": "application/json"}),
    ("/retrieval", {"content_type": "application/json"}),
    ("/sparql", {"content_type": "application/sparql-query"}),
])
def test_bodies_over_the_limit_are_413_json(client, path, kwargs):
    r = client.post(path, data=b"x" * (65 << 10), **kwargs)
    assert r.status_code == 413 and r.get_json()["error"]


def test_blank_question_and_empty_messages_are_400(client):
    assert client.post("/api/ask", json={"question": " \t"}).status_code == 400
    assert client.get("/api/ask", query_string={"q": "  "}).status_code == 400
    for messages in ([], [{"role": "user", "content": " "}], [{"role": "user"}], "hi"):
        r = client.post("/v1/chat/completions", json={"messages": messages})
        assert r.status_code == 400 and r.get_json()["error"]["message"]


def test_settings_from_the_environment_keep_their_types():
    from kg.settings import read
    env = {"KGQA_DIFY_API_KEY": "0", "KGQA_SPARQL_TIMEOUT": "2", "KGQA_SPARQL_MEMORY_BYTES": "1000",
           "KGQA_BASE_URL": "https://kg.example.org", "KGQA_BODY_TIMEOUT": "3"}
    got = read(SERVICE_SETTINGS, env)
    assert (got["DIFY_API_KEY"], got["SPARQL_TIMEOUT"], got["SPARQL_MEMORY_BYTES"], got["BASE_URL"],
            got["BODY_TIMEOUT"]) == ("0", 2.0, 1000, "https://kg.example.org", 3.0)


@pytest.mark.parametrize("key", ["0", "false", "null", "12345"])
def test_api_keys_that_look_like_json_still_require_auth(config, monkeypatch, key):
    monkeypatch.setenv("KGQA_DIFY_API_KEY", key)
    c = create_app({"KG_CONFIG": config}).test_client()
    assert c.post("/retrieval", json=RETRIEVAL).get_json()["error_code"] == 1001
    assert c.post("/retrieval", json=RETRIEVAL, headers={"Authorization": "Bearer x"}).status_code == 403
    r = c.post("/retrieval", json=RETRIEVAL, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 200 and r.get_json()["records"]


def test_api_key_is_compared_in_constant_time(config, monkeypatch):
    from service import chatbots
    seen = []
    real = chatbots.hmac.compare_digest
    monkeypatch.setattr(chatbots.hmac, "compare_digest", lambda a, b: seen.append((a, b)) or real(a, b))
    c = create_app({"KG_CONFIG": config, "DIFY_API_KEY": "s3cret"}).test_client()
    assert c.post("/retrieval", json=RETRIEVAL, headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert seen == [(b"s3cret", b"s3cret")]


def test_host_header_is_never_reflected(client):
    headers = {"Host": EVIL}
    r = client.get("/graph/tiexi-2025", headers=headers)
    assert r.status_code == 303 and EVIL not in r.headers["Location"]
    assert r.headers["Location"].startswith("/store?")
    assert EVIL not in client.get("/sparql", headers=headers).get_data(as_text=True)
    assert client.get("/openapi.json", headers=headers).get_json()["servers"] == [{"url": "/"}]
    for page in ("/widget-demo", "/sparql"):
        assert EVIL not in client.get(page, headers={**headers, "Accept": "text/html"}).get_data(as_text=True)


def test_base_url_from_configuration(config):
    c = create_app({"KG_CONFIG": config, "BASE_URL": "https://kg.example.org/"}).test_client()
    r = c.get("/graph/tiexi-2025", headers={"Host": EVIL})
    assert r.headers["Location"].startswith("https://kg.example.org/store?")
    assert "<https://kg.example.org/sparql>" in c.get("/sparql", headers={"Host": EVIL}).get_data(as_text=True)
    assert c.get("/openapi.json").get_json()["servers"] == [{"url": "https://kg.example.org"}]
    demo = c.get("/widget-demo").get_data(as_text=True)
    assert 'data-endpoint="https://kg.example.org"' in demo and EVIL not in demo


def test_405_says_what_is_allowed_in_json(client):
    r = client.put("/store?default", data="x")
    assert r.status_code == 405 and r.get_json()["error"]
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET"}
    r = client.delete("/api/ask")
    assert r.status_code == 405 and "POST" in r.headers["Allow"] and r.get_json()


def test_404_and_unexpected_errors_are_json_without_internals(config):
    app = create_app({"KG_CONFIG": config})

    @app.get("/boom")
    def boom():
        raise RuntimeError("/secret/path/file.py exploded")

    c = app.test_client()
    assert c.get("/nope").get_json()["error"]
    r = c.get("/boom")
    assert r.status_code == 500 and r.get_json() == {"error": "internal error"}


@pytest.mark.parametrize("page", ["/", "/sparql", "/search?q=司法局", "/widget-demo"])
def test_pages_carry_security_headers(client, page):
    r = client.get(page, headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_widget_script_stays_embeddable(client):
    r = client.get("/widget.js", headers={"Origin": "https://gov.example"})
    assert r.status_code == 200
    assert "X-Frame-Options" not in r.headers and "Content-Security-Policy" not in r.headers
    assert r.headers["Access-Control-Allow-Origin"] in ("*", "https://gov.example")


def test_cache_keys_are_bounded(app, client):
    kept = app.extensions["kg.answers"]
    big = {"pad": "字" * 5000}
    before = kept.cache_info().currsize
    for i in range(3):
        assert client.post("/api/ask", json={"question": f"进驻率{i}", "context": big}).status_code == 200
    assert kept.cache_info().currsize == before
    results = app.extensions["kg.results"]
    before = results.cache_info().currsize
    long_query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } #" + "x" * 5000
    assert client.post("/sparql", data={"query": long_query}).status_code == 200
    assert results.cache_info().currsize == before


def test_every_setting_is_documented_in_the_readme():
    from kg.config import PROJECT_ROOT
    readme = (PROJECT_ROOT / "README.md").read_text("utf-8")
    assert [k for k in DEFAULTS if f"KGQA_{k}" not in readme] == []


@pytest.mark.parametrize("setting", [{"top_k": 10**400}, {"score_threshold": 10**400}, {"top_k": 1e300},
                                     {"score_threshold": -(10**400)}])
def test_huge_numbers_are_not_500(client, setting):
    raw = json.dumps({**RETRIEVAL, "retrieval_setting": setting})
    r = client.post("/retrieval", data=raw, content_type="application/json")
    assert r.status_code in (200, 400) and r.get_json()


def test_cors_origins_setting_forms():
    from service.hardening import cors_origins
    assert cors_origins("*") == "*"
    assert cors_origins('["https://a.org", "https://b.org"]') == ["https://a.org", "https://b.org"]
    assert cors_origins("https://a.org, https://b.org") == ["https://a.org", "https://b.org"]
