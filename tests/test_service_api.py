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
