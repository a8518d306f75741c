"""The exact text and fields of typed errors (each case pins what a surviving mutant changed)."""

from __future__ import annotations

import httpx
import pytest

from generator.runtime import errors, transport


def test_describe_puts_where_status_message_and_request_id_in_order() -> None:
    error = errors.NotFoundError(
        "gone", provider="fly-io", method="GET", path="/apps/a", status=404, request_id="r1"
    )
    assert str(error) == "fly-io GET /apps/a -> 404: gone (request id r1)"
    assert (error.provider, error.method, error.path) == ("fly-io", "GET", "/apps/a")
    assert (error.status, error.request_id, error.message, error.body) == (404, "r1", "gone", None)


def test_describe_leaves_out_what_is_unknown() -> None:
    assert str(errors.ProviderError("bare")) == "bare"
    assert str(errors.ProviderError("m", status=500)) == " -> 500: m"
    assert str(errors.ProviderError("m", provider="p")) == "p: m"
    assert str(errors.ProviderError("m", method="GET")) == "GET: m"
    assert str(errors.ProviderError("m", request_id="x")) == "m (request id x)"
    assert errors.ProviderError("m", body={"a": 1}).body == {"a": 1}


@pytest.mark.parametrize(
    ("body", "text", "message"),
    [
        ({"message": "a", "error": "b"}, "", "a"),
        ({"message": "", "error": "b"}, "", "b"),
        ({"error_description": "d"}, "", "d"),
        ({"error": {"message": "nested"}}, "", "nested"),
        ({"error": {"code": 3}}, "", "(no message)"),
        ({"message": 5}, "raw", "raw"),
        (None, "  two \n words ", "two words"),
        (None, "", "(no message)"),
        ({"message": "x" * 600}, "", "x" * 500),
        (None, "y" * 600, "y" * 500),
    ],
)
def test_provider_message(body: object, text: str, message: str) -> None:
    assert errors.provider_message(body, text) == message


def test_request_id_takes_the_first_known_header_and_caps_it() -> None:
    headers = httpx.Headers({"Request-Id": "second", "Fly-Request-Id": "first"})
    assert errors.request_id(headers) == "first"
    assert errors.request_id(httpx.Headers({"X-Heroku-Request-Id": "h"})) == "h"
    assert errors.request_id(httpx.Headers({"X-Request-Id": "z" * 300})) == "z" * 200
    assert errors.request_id(httpx.Headers({"X-Request-Id": ""})) == ""
    assert errors.request_id(httpx.Headers({})) == ""


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, errors.BadRequestError), (418, errors.BadRequestError), (499, errors.BadRequestError)]
    + [(500, errors.ServerError), (599, errors.ServerError), (429, errors.RateLimitedError)],
)
def test_error_class_edges(status: int, kind: type[errors.ProviderError]) -> None:
    assert errors.error_class(status) is kind


def test_argument_error_names_tool_and_param() -> None:
    error = errors.ArgumentError("bad", tool="t", param="p")
    assert (str(error), error.tool, error.param) == ("bad", "t", "p")
    assert isinstance(error, ValueError)


def test_pagination_errors_are_invalid_responses() -> None:
    assert issubclass(errors.TooManyPages, errors.PaginationLoop)
    assert issubclass(errors.PaginationLoop, errors.InvalidResponse)


@pytest.mark.parametrize(
    ("exc", "kind", "reason"),
    [
        (httpx.ReadTimeout("slow"), errors.RequestTimeout, "slow"),
        (httpx.ConnectTimeout(""), errors.RequestTimeout, "ConnectTimeout"),
        (httpx.ConnectError("refused"), errors.ConnectionFailed, "refused"),
    ],
)
def test_transport_errors_are_typed_with_the_path_only(
    exc: httpx.TransportError, kind: type[errors.ProviderError], reason: str
) -> None:
    url = httpx.URL("https://api.example/v1/apps?token=secret")
    error = transport.transport_error("p", "GET", url, exc)
    assert type(error) is kind
    assert str(error) == f"p GET /v1/apps: {reason}"
    assert (error.status, error.path) == (0, "/v1/apps")
