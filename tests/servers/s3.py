"""Helper of the publish tests for the S3-compatible test server (boto3).

Usage: s3.py ENDPOINT BUCKET mkbucket
       s3.py ENDPOINT BUCKET dump DIR   (every object, as files under DIR)
"""
import os
import sys

import boto3


def main():
    endpoint, bucket, command = sys.argv[1:4]
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    if command == "mkbucket":
        s3.create_bucket(Bucket=bucket)
    elif command == "dump":
        out = sys.argv[4]
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for obj in page.get("Contents", []):
                path = os.path.join(out, obj["Key"])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                body = s3.get_object(Bucket=bucket, Key=obj["Key"])
                with open(path, "wb") as f:
                    f.write(body["Body"].read())
                with open(path + ".content-type", "w") as f:
                    f.write(body["ContentType"])
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
