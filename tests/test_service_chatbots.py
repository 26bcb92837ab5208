import json

import pytest

from service import create_app


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config}).test_client()


@pytest.fixture(scope="module")
def keyed(config):
    return create_app({"KG_CONFIG": config, "DIFY_API_KEY": "s3cret"}).test_client()


def test_models(client):
    data = client.get("/v1/models").get_json()
    assert data["object"] == "list" and data["data"][0]["id"] == "fazhi-kg"


def test_chat_completion_answers_the_last_user_message_in_context(client):
    r = client.post("/v1/chat/completions", json={"model": "fazhi-kg", "messages": [
        {"role": "system", "content": "你是助手"},
        {"role": "user", "content": "行政复议收到多少件？"},
        {"role": "assistant", "content": "32件"},
        {"role": "user", "content": "办结了多少？"}]})
    body = r.get_json()
    assert body["object"] == "chat.completion"
    msg = body["choices"][0]["message"]
    assert msg["role"] == "assistant" and "28件" in msg["content"]
    assert body["choices"][0]["finish_reason"] == "stop"


def test_chat_completion_streams_sse_chunks(client):
    r = client.post("/v1/chat/completions", json={"stream": True, "messages": [
        {"role": "user", "content": "进驻率是多少"}]})
    assert r.mimetype == "text/event-stream"
    events = [line[6:] for line in r.get_data(as_text=True).split("\n") if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "96.67%" in text
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize("body", [{}, {"messages": []}, {"messages": ["x"]},
                                  {"messages": [{"role": "assistant", "content": "hi"}]}])
def test_chat_completion_bad_input(client, body):
    r = client.post("/v1/chat/completions", json=body)
    assert r.status_code == 400 and r.get_json()["error"]["message"]


def test_dify_retrieval_records(client):
    r = client.post("/retrieval", json={"knowledge_id": "fazhi-kg", "query": "多少件行政复议",
                                        "retrieval_setting": {"top_k": 3, "score_threshold": 0.0}})
    records = r.get_json()["records"]
    assert 1 < len(records) <= 3
    assert all({"content", "score", "title", "metadata"} <= set(x) for x in records)
    assert "32件" in records[0]["content"]


def test_dify_threshold_and_unknown_knowledge(client):
    r = client.post("/retrieval", json={"knowledge_id": "fazhi-kg", "query": "多少件行政复议",
                                        "retrieval_setting": {"top_k": 5, "score_threshold": 1.01}})
    assert r.get_json()["records"] == []
    r = client.post("/retrieval", json={"knowledge_id": "nope", "query": "x",
                                        "retrieval_setting": {"top_k": 5, "score_threshold": 0}})
    assert r.get_json()["error_code"] == 2001


def test_dify_report_knowledge_base(client):
    r = client.post("/retrieval", json={"knowledge_id": "tiexi-2025", "query": "进驻率",
                                        "retrieval_setting": {"top_k": 1, "score_threshold": 0}})
    assert "96.67" in r.get_json()["records"][0]["content"]


def test_dify_auth(keyed):
    body = {"knowledge_id": "fazhi-kg", "query": "进驻率", "retrieval_setting": {"top_k": 1, "score_threshold": 0}}
    assert keyed.post("/retrieval", json=body).get_json()["error_code"] == 1001
    assert keyed.post("/retrieval", json=body, headers={"Authorization": "Token x"}).get_json()["error_code"] == 1001
    assert keyed.post("/retrieval", json=body,
                      headers={"Authorization": "Bearer wrong"}).get_json()["error_code"] == 1002
    r = keyed.post("/retrieval", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.get_json()["records"]
