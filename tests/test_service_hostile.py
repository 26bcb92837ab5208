"""Bad input anywhere gets a clear 4xx, never a 500."""

import json

import pytest

from service import create_app


@pytest.fixture(scope="module")
def client(config):
    app = create_app({"KG_CONFIG": config})
    return app.test_client()


@pytest.mark.parametrize("method,url,body", [
    ("get", "/describe?iri=http://a%20b", None),
    ("get", "/describe?iri=http://x/%3E%3Cscript%3E", None),
    ("get", "/id/%3Cbad%3E", None),
    ("get", "/api/neighbourhood?iri=x&radius=abc", None),
    ("get", "/search?q=%22%7D%20%3B%20DROP%20ALL", None),
    ("get", "/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D&default-graph-uri=not%20an%20iri", None),
    ("get", "/store?graph=%3Cx%3E", None),
    ("get", "/api/ask?q=x&context=%7B%22tokens%22%3A5%2C%22units%22%3A7%7D", None),
    ("get", "/api/ask?q=x&context=not-json", None),
    ("post", "/api/ask", {"question": "办结了多少", "context": {"tokens": [1, None, {}], "region": 5, "year": "x"}}),
    ("post", "/v1/chat/completions", {"messages": [{"role": "user", "content": ["x"]}]}),
    ("post", "/v1/chat/completions", {"messages": [{"role": "user", "content": "问" * 600}]}),
    ("post", "/retrieval", {"knowledge_id": "fazhi-kg", "query": "x", "retrieval_setting": {"top_k": "a"}}),
    ("post", "/retrieval", {"knowledge_id": 5, "query": "进驻率", "retrieval_setting": {}}),
])
def test_no_500(client, method, url, body):
    kwargs = {"json": body} if body is not None else {}
    r = getattr(client, method)(url, headers={"Accept": "text/html"}, **kwargs)
    assert r.status_code < 500, (url, r.status_code, r.get_data(as_text=True)[:200])
    if r.status_code >= 400 and r.mimetype == "application/json":
        assert json.loads(r.get_data(as_text=True))
