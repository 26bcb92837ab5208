import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from service import create_app


@pytest.fixture(scope="module")
def client(config):
    return create_app({"KG_CONFIG": config}).test_client()


def test_openapi_document_is_valid(client):
    spec = client.get("/openapi.json").get_json()
    validate(spec)
    assert {"/api/ask", "/sparql", "/store", "/healthz", "/readyz"} <= set(spec["paths"])


@pytest.mark.parametrize("q", ["多少件行政复议", "人大建议和政协提案合计多少件", "全区人口多少", "存在的问题有哪些"])
def test_answers_match_the_documented_schema(client, q):
    spec = client.get("/openapi.json").get_json()
    schema = {"$ref": "#/components/schemas/Answer", "components": spec["components"]}
    Draft202012Validator(schema).validate(client.get("/api/ask", query_string={"q": q}).get_json())


def test_errors_match_the_documented_schema(client):
    spec = client.get("/openapi.json").get_json()
    schema = {"$ref": "#/components/schemas/Error", "components": spec["components"]}
    Draft202012Validator(schema).validate(client.get("/api/ask").get_json())
