"""The JSON API documents itself: ``/api/openapi.json`` has a response schema for
every JSON route and a request-body schema for every route that takes a body;
a refused body answers 422 with a message per field."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from helpers.auth import sign_in

from kmportal.auth.models import Role
from kmportal.search.powers import CheckedProvision, PowerCheck
from kmportal.search.register import Provision
from kmportal.search.types import SearchHit, SearchResponse
from kmportal.web.schemas import PowerCheckOut, ProvisionOut, SearchHitOut, SearchResult


def _json_routes(client: TestClient) -> list[APIRoute]:
    return [
        r
        for r in client.app.routes  # type: ignore[attr-defined]
        if isinstance(r, APIRoute) and (r.path.startswith("/api/") or r.path == "/healthz")
    ]


def _has_schema(content: dict[str, Any]) -> bool:
    schema = content.get("application/json", {}).get("schema", {})
    return bool(schema.get("$ref") or schema.get("items") or schema.get("type"))


def test_every_json_route_documents_its_answer_and_its_body(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    missing: list[str] = []
    for route in _json_routes(client):
        for method in sorted(route.methods - {"HEAD"}):
            where = f"{method} {route.path}"
            op = spec["paths"].get(route.path, {}).get(method.lower())
            if op is None:
                missing.append(f"{where}: not in the schema")
                continue
            ok = {code: r for code, r in op["responses"].items() if code.startswith("2")}
            if not ok or not all(_has_schema(r.get("content", {})) for r in ok.values()):
                missing.append(f"{where}: no response schema")
            if route.body_field is not None and not _has_schema(
                op.get("requestBody", {}).get("content", {})
            ):
                missing.append(f"{where}: no request-body schema")
    assert missing == []


def test_the_check_fails_for_a_route_that_returns_untyped_json(client: TestClient) -> None:
    @client.app.post("/api/untyped")  # type: ignore[attr-defined, untyped-decorator]
    def untyped(body: dict) -> Any:  # type: ignore[type-arg]
        return body

    client.app.openapi_schema = None  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="untyped"):
        test_every_json_route_documents_its_answer_and_its_body(client)


def test_search_answers_are_documented_field_for_field() -> None:
    hit = SearchHit("d", "t", "act", "มาตรา 1", "s1", "", "x", "x", ((0, 1),), 1.0, 0, 1)
    response = SearchResponse(query="q", results=[hit]).to_dict()
    assert set(response) == set(SearchResult.model_fields)
    assert set(response["results"][0]) == set(SearchHitOut.model_fields)


def test_authority_check_answers_are_documented_field_for_field(client: TestClient) -> None:
    p = Provision(
        0, "pao", "t", "s45", "มาตรา", "45", "8", "ม.45 (8)", "t", "x", ("pao",), (), False, 0, 1
    )
    check = PowerCheck("ประปา", "pao", "within", [CheckedProvision(p, 1.0, False, True)])
    answer = check.to_dict()
    assert set(answer) == set(PowerCheckOut.model_fields)
    assert set(answer["provisions"][0]) == set(ProvisionOut.model_fields)
    op = client.get("/api/openapi.json").json()["paths"]["/api/powers"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("/PowerCheckOut")


def test_a_refused_body_names_each_field_for_api_clients(client: TestClient) -> None:
    sign_in(client, Role.coordinator)
    r = client.post("/api/km/plans", json={"unit": "กองคลัง", "fiscal_year": "สองพัน"})
    assert r.status_code == 422
    body = r.json()
    assert set(body["fields"]) == {"fiscal_year"} and body["fields"]["fiscal_year"]
    assert body["error"]
    r = client.post("/api/km/plans", json={"unit": "", "fiscal_year": 2567, "km_goal": ""})
    assert r.status_code == 422 and set(r.json()["fields"]) == {"unit", "km_goal"}
    client.cookies.set("lang", "en")
    r = client.post("/api/km/plans", json={"unit": "", "fiscal_year": 2567, "km_goal": "x"})
    assert r.json()["fields"] == {"unit": "Please fill in the unit"}
