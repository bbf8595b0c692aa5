"""An FTP server with explicit TLS for the publish tests (pyftpdlib).

Usage: ftps.py PORT ROOT USER PASSWORD CERT KEY [--read-only] [--quota BYTES] [--plain]

Serves ROOT to USER on 127.0.0.1:PORT. TLS is required for login and data
(as a careful hosting provider sets it) unless --plain. --read-only gives the
user no write permission; --quota makes the server refuse a file once ROOT
holds more than BYTES, with the 552 answer of a full disk or quota.
Prints "ready" on stdout once listening.
"""
import os
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
from pyftpdlib.servers import FTPServer


def used(root):
    total = 0
    for base, _, files in os.walk(root):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(base, f))
            except OSError:
                pass
    return total


def main():
    port, root, user, password, cert, key = sys.argv[1:7]
    flags = sys.argv[7:]
    quota = int(flags[flags.index("--quota") + 1]) if "--quota" in flags else None
    perm = "elr" if "--read-only" in flags else "elradfmwMT"
    auth = DummyAuthorizer()
    auth.add_user(user, password, root, perm=perm)

    base = FTPHandler if "--plain" in flags else TLS_FTPHandler

    class Handler(base):
        def ftp_STOR(self, file, mode="w"):
            if quota is not None and used(root) >= quota:
                self.respond("552 Requested file action aborted. Exceeded storage allocation (disk full).")
                return
            return super().ftp_STOR(file, mode)

    if base is TLS_FTPHandler:
        Handler.certfile = cert
        Handler.keyfile = key
        Handler.tls_control_required = True
        Handler.tls_data_required = True
    Handler.authorizer = auth
    Handler.passive_ports = None
    server = FTPServer(("127.0.0.1", int(port)), Handler)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
