#!/usr/bin/env python3
"""Serves a built site the way GitHub Pages does, for `make serve` and the end-to-end tests.

- The site is mounted under a base path (`/interview-deck/`); `/` redirects there.
- A path without an extension is served from the file with `.html` added, with 200, as Pages
  does: the pre-rendered `/interview-deck/q/sql-vs-nosql` is `q/sql-vs-nosql.html`. A folder
  without its trailing slash is redirected to it (Pages does that too).
- A path with no file under it is answered with `404.html` and status 404; the app then shows
  its not-found page.
- Responses are gzip-compressed when the client accepts it, as Pages does, so measurements
  made against this server see the sizes users download.

- For the tests, `--hold PATTERN=FLAG` answers requests for files whose name matches the regular
  expression PATTERN only once the file FLAG is gone, as a slow network would: a test can act
  while one part of the app is still on its way.

Usage: serve.py DIR [--base /interview-deck/] [--port 8080] [--quiet] [--hold PATTERN=FLAG]
"""
import argparse
import gzip
import http.server
import mimetypes
import os
import re
import sys
import time
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("text/javascript", ".js")


def make_handler(root, base, quiet, hold):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            if not quiet:
                sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

        def do_HEAD(self):
            self.respond(head=True)

        def do_GET(self):
            self.respond(head=False)

        def respond(self, head):
            path = unquote(urlsplit(self.path).path)
            if base != "/" and path in ("/", base.rstrip("/")):
                self.send_response(301)
                self.send_header("Location", base)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, file = 200, None
            if path.startswith(base):
                relative = path[len(base):]
                candidate = os.path.normpath(os.path.join(root, relative))
                if candidate.startswith(root):
                    if os.path.isdir(candidate) and not path.endswith("/"):
                        self.send_response(301)
                        self.send_header("Location", path + "/")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    if os.path.isdir(candidate):
                        candidate = os.path.join(candidate, "index.html")
                    if not os.path.isfile(candidate) and os.path.isfile(candidate + ".html"):
                        candidate += ".html"
                    if os.path.isfile(candidate):
                        file = candidate
            if file is None:
                status, file = 404, os.path.join(root, "404.html")
            if hold and hold[0].search(os.path.basename(file)):
                deadline = time.monotonic() + 60
                while os.path.exists(hold[1]) and time.monotonic() < deadline:
                    time.sleep(0.02)
            with open(file, "rb") as f:
                body = f.read()
            ctype = mimetypes.guess_type(file)[0] or "application/octet-stream"
            gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if gzip_ok and file.endswith(COMPRESSIBLE):
                body = gzip.compress(body, 6)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Cache-Control", "max-age=600")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--base", default="/")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--hold", metavar="PATTERN=FLAG")
    args = parser.parse_args()
    hold = None
    if args.hold:
        pattern, flag = args.hold.rsplit("=", 1)
        hold = (re.compile(pattern), flag)
    root = os.path.realpath(args.dir)
    base = "/" + args.base.strip("/") + "/" if args.base.strip("/") else "/"
    if not os.path.isfile(os.path.join(root, "404.html")):
        sys.exit(f"{root} has no 404.html: build it with `make dist` first")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(root, base, args.quiet, hold))
    print(f"Serving {root} at http://127.0.0.1:{server.server_port}{base}  (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
