"""Python baseline for bench/ (issue #7): what the original sample's Python handlers do, written by us for the comparison.

It mirrors the sample's GetDynAttributes handler: one boto3 client made at import (init), then per event a GetItem on the
DialedNumbers table by Details.ContactData.SystemEndpoint.Address (the `default` row when the number has none), and the
perpetual-session fold: parameters (without sessionAttributes) + the decoded sessionAttributes + the result, later wins,
plus sessionAttributes = that union as a JSON string. Like the sample, it does not cache reads.

It speaks the Lambda Runtime API itself (GET next, handler, POST response or error) over one kept-alive HTTP connection, as
AWS's Python runtime client does, so it is measured exactly like the .NET bootstrap: through the same local emulator.
Only the standard library and boto3 are used.
"""
import http.client
import json
import os

import boto3

DIALED_NUMBERS_TABLE = os.environ["DIALED_NUMBERS_TABLE"]
SESSION_KEY = "sessionAttributes"

# Init, as in a Lambda module: the client lives for the process. AWS_ENDPOINT_URL_DYNAMODB points it at dynalite.
dynamodb = boto3.client(
    "dynamodb",
    endpoint_url=os.environ.get("AWS_ENDPOINT_URL_DYNAMODB") or None,
    region_name=os.environ.get("AWS_REGION") or None,
)


def fold(parameters, result):
    """parameters (without sessionAttributes) + decoded sessionAttributes + result; sessionAttributes = the union as JSON."""
    union = {k: str(v) for k, v in parameters.items() if k != SESSION_KEY}
    session = parameters.get(SESSION_KEY)
    if isinstance(session, str) and session:
        session = json.loads(session)
    if isinstance(session, dict):
        union.update({k: str(v) for k, v in session.items() if k != SESSION_KEY})
    union.update(result)
    response = dict(union)
    response[SESSION_KEY] = json.dumps(union, ensure_ascii=False)
    return response


def get_dialed_number(number):
    item = dynamodb.get_item(TableName=DIALED_NUMBERS_TABLE, Key={"dialedNumber": {"S": number}}).get("Item")
    if item is None:
        item = dynamodb.get_item(TableName=DIALED_NUMBERS_TABLE, Key={"dialedNumber": {"S": "default"}}).get("Item")
    return item


def lambda_handler(event, context):
    details = event["Details"]
    number = details["ContactData"]["SystemEndpoint"]["Address"]
    item = get_dialed_number(number)
    if item is None:
        raise KeyError(f"No routing row for {number} and no default row")
    result = {"name": item["name"]["S"], "queue": item["queue"]["S"], "language": item["language"]["S"]}
    return fold(details.get("Parameters") or {}, result)


def main():
    host, _, port = os.environ["AWS_LAMBDA_RUNTIME_API"].partition(":")
    base = "/2018-06-01/runtime/invocation/"
    connection = http.client.HTTPConnection(host, int(port or 80))
    while True:
        connection.request("GET", base + "next")
        answer = connection.getresponse()
        request_id = answer.getheader("Lambda-Runtime-Aws-Request-Id")
        event = json.loads(answer.read())
        try:
            body = json.dumps(lambda_handler(event, None), ensure_ascii=False).encode("utf-8")
            path = base + request_id + "/response"
        except Exception as error:  # noqa: BLE001 - any handler failure is that invocation's error, as Lambda reports it
            body = json.dumps({"errorMessage": str(error), "errorType": type(error).__name__}).encode("utf-8")
            path = base + request_id + "/error"
        connection.request("POST", path, body=body, headers={"Content-Type": "application/json"})
        connection.getresponse().read()


if __name__ == "__main__":
    main()
