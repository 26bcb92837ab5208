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


def test_content_as_a_list_of_parts(client):
    r = client.post("/v1/chat/completions", json={"messages": [
        {"role": "user", "content": [{"type": "text", "text": "区司法局收到多少件"},
                                     {"type": "text", "text": "行政复议申请"}]}]})
    assert r.status_code == 200 and "32件" in r.get_json()["choices"][0]["message"]["content"]


@pytest.mark.parametrize("content", [[{"type": "text"}], [{"type": "text", "text": 3}], ["x"], 5])
def test_content_parts_that_are_not_text_are_400(client, content):
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": content}]})
    assert r.status_code == 400 and r.get_json()["error"]["message"]


def test_one_model(client):
    assert client.get("/v1/models/fazhi-kg").get_json()["id"] == "fazhi-kg"
    r = client.get("/v1/models/gpt-4")
    assert r.status_code == 404 and "gpt-4" in r.get_json()["error"]["message"]


def test_usage_chunk_when_asked(client):
    r = client.post("/v1/chat/completions", json={"stream": True, "stream_options": {"include_usage": True},
                                                  "messages": [{"role": "user", "content": "进驻率是多少"}]})
    events = [line[6:] for line in r.get_data(as_text=True).split("\n") if line.startswith("data: ")]
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["usage"] is None for c in chunks[:-1])
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] > 0
    r = client.post("/v1/chat/completions", json={"stream": True, "stream_options": "yes",
                                                  "messages": [{"role": "user", "content": "进驻率是多少"}]})
    assert r.status_code == 400


@pytest.fixture(scope="module")
def guarded(config):
    return create_app({"KG_CONFIG": config, "API_KEY": "k-123"}).test_client()


@pytest.mark.parametrize("auth", [None, "Bearer nope", "Basic k-123", "Bearer "])
def test_api_key_guards_v1(guarded, auth):
    headers = {"Authorization": auth} if auth else {}
    r = guarded.get("/v1/models", headers=headers)
    assert r.status_code == 401 and r.get_json()["error"]["code"] == "invalid_api_key"
    r = guarded.post("/retrieval", headers=headers, json={"knowledge_id": "fazhi-kg", "query": "多少件行政复议"})
    assert r.status_code == 403 and r.get_json()["error_code"] in (1001, 1002)   # Dify's own format


def test_api_key_opens_v1_and_retrieval(guarded):
    ok = {"Authorization": "Bearer k-123"}
    assert guarded.get("/v1/models", headers=ok).status_code == 200
    r = guarded.post("/retrieval", headers=ok, json={"knowledge_id": "fazhi-kg", "query": "多少件行政复议"})
    assert r.status_code == 200 and r.get_json()["records"]
    assert guarded.get("/api/ask?q=多少件行政复议").status_code == 200   # the ask API stays open
