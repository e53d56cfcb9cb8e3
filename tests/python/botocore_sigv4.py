"""botocore, AWS's own Python signer, against the generated Wickr server and client.

Reads a JSON job on stdin:
  {"base": "http://127.0.0.1:PORT", "access_key": ..., "secret": ..., "region": ...,
   "captured": [{"method", "target", "headers": [[name, value], ...], "body": text}]}
and prints a JSON report on stdout:
  {"cases": [{"name", "status", "body"}], "captured": [{"target", "expected", "got"}]}

"cases" are requests botocore signs and sends as they are (over http.client, which writes the
target without normalizing it), some changed after signing. "captured" are requests the
generated Rust client sent, as they arrived: botocore recomputes each one's signature from the
raw request, with its own canonicalization, and both are reported.
"""

import http.client
import json
import sys
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

SERVICE = "wickr"


def signed(job, path, params=None, access_key=None, secret=None, service=SERVICE, region=None):
    """A request for `path` with `params`, signed by botocore: (method, target, headers)."""
    request = AWSRequest(method="GET", url=job["base"] + path, params=params or {})
    credentials = Credentials(access_key or job["access_key"], secret or job["secret"])
    SigV4Auth(credentials, service, region or job["region"]).add_auth(request)
    prepared = request.prepare()
    target = prepared.url[len(job["base"]):]
    return prepared.method, target, dict(prepared.headers.items())


def send(job, method, target, headers):
    """Sends the request exactly as given; returns (status, body text)."""
    netloc = urlsplit(job["base"]).netloc
    connection = http.client.HTTPConnection(netloc, timeout=10)
    connection.request(method, target, headers=headers)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


def cases(job):
    out = []

    def case(name, method, target, headers):
        status, body = send(job, method, target, headers)
        out.append({"name": name, "status": status, "body": body})

    oidc = "/networks/12345678/oidc"
    # Query values botocore encodes its own way; each must verify and arrive as it was.
    values = {
        "space": "a b",
        "plus": "a+b",
        "slash": "a/b",
        "equals": "a=b",
        "tilde": "a~b",
        "star": "a*b",
        "ampersand": "a&b",
        "non-ascii": "ünï ☃",
    }
    for name, value in values.items():
        case("value " + name, *signed(job, oidc, {"clientId": value}))

    method, target, headers = signed(job, oidc, {"clientId": "a"})
    case("tampered query", method, target.replace("clientId=a", "clientId=b"), headers)
    case("unknown key", *signed(job, oidc, access_key="AKIDUNKNOWN"))
    case("wrong secret", *signed(job, oidc, secret="not-the-secret"))
    case("other service", *signed(job, oidc, service="s3"))
    case("other region", *signed(job, oidc, region="sa-east-1"))
    method, target, headers = signed(job, oidc)
    case("no x-amz-date", method, target, {k: v for k, v in headers.items() if k.lower() != "x-amz-date"})
    case("unsigned", "GET", oidc, {})
    # Signed for one operation, sent to another through dot segments.
    method, _, headers = signed(job, "/networks/12345678/users")
    case("dot segments", method, "/networks/12345678/security-groups/../users", headers)
    return out


def recomputed(job, captured):
    """botocore's signature for a request as it arrived, with the headers it says it signed."""
    headers = dict(captured["headers"])
    authorization = headers.pop("authorization")
    fields = dict(
        part.strip().split("=", 1) for part in authorization.split(" ", 1)[1].split(",")
    )
    signed_names = fields["SignedHeaders"].split(";")
    request = AWSRequest(
        method=captured["method"],
        url=job["base"] + captured["target"],
        headers={name: headers[name] for name in signed_names if name in headers},
        data=captured["body"].encode("utf-8"),
    )
    auth = SigV4Auth(Credentials(job["access_key"], job["secret"]), SERVICE, job["region"])
    request.context["timestamp"] = headers["x-amz-date"]
    canonical = auth.canonical_request(request)
    return {
        "target": captured["target"],
        "expected": fields["Signature"],
        "got": auth.signature(auth.string_to_sign(request, canonical), request),
    }


def main():
    job = json.load(sys.stdin)
    report = {
        "cases": cases(job),
        "captured": [recomputed(job, c) for c in job.get("captured", [])],
    }
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
