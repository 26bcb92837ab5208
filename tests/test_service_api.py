import pytest

from service import create_app


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config, "TESTING": True}).test_client()


def test_get_and_post_give_the_contract(client):
    a = client.get("/api/ask", query_string={"q": "多少件行政复议"}).get_json()
    b = client.post("/api/ask", json={"question": "多少件行政复议"}).get_json()
    assert a == b
    assert a["answered"] and a["facts"][0]["value"] == 32


@pytest.mark.parametrize("kwargs,needle", [
    ({"method": "GET", "path": "/api/ask"}, "missing"),
    ({"method": "GET", "path": "/api/ask?q="}, "empty"),
    ({"method": "GET", "path": "/api/ask?q=" + "问" * 501}, "longer"),
    ({"method": "POST", "path": "/api/ask", "data": "question=x"}, "application/json"),
    ({"method": "POST", "path": "/api/ask", "data": "{bad", "content_type": "application/json"}, "JSON"),
    ({"method": "POST", "path": "/api/ask", "json": {"question": 5}}, "string"),
    ({"method": "POST", "path": "/api/ask", "json": ["x"]}, "JSON object"),
])
def test_bad_input_is_400_with_a_message(client, kwargs, needle):
    r = client.open(**kwargs)
    assert r.status_code == 400
    assert needle in r.get_json()["error"]


def test_cors_on_api(client):
    r = client.get("/api/ask", query_string={"q": "进驻率"}, headers={"Origin": "https://example.com"})
    assert r.headers.get("Access-Control-Allow-Origin") in ("*", "https://example.com")


def test_health(client):
    assert client.get("/healthz").get_json()["status"] == "ok"
    ready = client.get("/readyz").get_json()
    assert ready["triples"] > 1000 and ready["reports"][0]["region"] == "铁西区"


def test_answers_are_kept_per_question_and_context(config):
    app = create_app({"KG_CONFIG": config, "TESTING": True, "ANSWER_CACHE_SIZE": 8})
    c = app.test_client()
    first = c.get("/api/ask", query_string={"q": "多少件行政复议"})
    again = c.post("/api/ask", json={"question": "多少件行政复议"})
    assert again.data == first.data
    assert app.extensions["kg.answers"].cache_info().hits == 1
    # a follow-up is answered against its own context, not against a kept answer without one
    bare = c.post("/api/ask", json={"question": "办结了多少"}).get_json()
    follow = c.post("/api/ask", json={"question": "办结了多少", "context": first.get_json()["context"]}).get_json()
    assert [f["indicator"] for f in follow["facts"]] != [f["indicator"] for f in bare["facts"]]
    assert "行政复议" in follow["facts"][0]["indicator"]


def test_without_the_cache_the_answers_are_the_same(config, client):
    fresh = create_app({"KG_CONFIG": config, "TESTING": True, "ANSWER_CACHE_SIZE": 0}).test_client()
    for q in ("多少件行政复议", "政务服务事项进驻率是多少", "有哪些机制", "今天天气怎么样"):
        assert fresh.get("/api/ask", query_string={"q": q}).data == client.get("/api/ask", query_string={"q": q}).data
