#!/usr/bin/env python3
"""A test SMTP server for the cluster drill: takes every mail and writes one line per mail to a
file: its Message-ID header and its Subject. Run: drill-smtp.py PORT FILE"""
import socketserver
import sys
import threading

PORT = int(sys.argv[1])
OUT = sys.argv[2]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 drill ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-drill")
                self.reply("250 8BITMIME")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                headers = {}
                in_headers = True
                last = None
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    text = data.decode("utf-8", "replace").rstrip("\r\n")
                    if in_headers:
                        if text == "":
                            in_headers = False
                        elif text[0] in " \t" and last:
                            headers[last] += text.strip()
                        elif ":" in text:
                            name, value = text.split(":", 1)
                            last = name.strip().lower()
                            headers[last] = value.strip()
                with lock, open(OUT, "a") as out:
                    out.write("%s\t%s\n" % (headers.get("message-id", "-"), headers.get("subject", "-")))
                self.reply("250 taken")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", PORT), Session).serve_forever()
