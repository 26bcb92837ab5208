"""The official ``openai`` client against a live server: the OpenAI-compatible API as clients use it."""

import openai
import pytest


@pytest.fixture(scope="module")
def client(keyed_server):
    return openai.OpenAI(base_url=keyed_server + "/v1", api_key=keyed_server.key, max_retries=0, timeout=30)


def test_models(client):
    assert [m.id for m in client.models.list()] == ["fazhi-kg"]
    assert client.models.retrieve("fazhi-kg").id == "fazhi-kg"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


def test_chat_completion(client):
    r = client.chat.completions.create(model="fazhi-kg", messages=[
        {"role": "user", "content": "行政复议收到多少件？"},
        {"role": "assistant", "content": "32件"},
        {"role": "user", "content": [{"type": "text", "text": "办结了多少？"}]}])
    assert "28件" in r.choices[0].message.content and r.choices[0].finish_reason == "stop"
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


def test_chat_completion_streamed_with_usage(client):
    stream = client.chat.completions.create(model="fazhi-kg", stream=True, stream_options={"include_usage": True},
                                            messages=[{"role": "user", "content": "进驻率是多少"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "96.67%" in text
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == len(text)


def test_a_wrong_key_is_refused(keyed_server):
    wrong = openai.OpenAI(base_url=keyed_server + "/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.models.list()
