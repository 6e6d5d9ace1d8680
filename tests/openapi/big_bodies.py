#!/usr/bin/env python3
"""A body too large is answered, not reset: Python's urllib sends the whole body before it reads the answer (as many
HTTP libraries and curl without "Expect: 100-continue" do). 2 MiB bodies sent that way, 100 times to each of a JSON
route (413: over 1 MiB), an attachment upload by an enrolled device (413: over its 1 MiB piece) and the same upload
without a token (401 before the body is read) must each get their answer every time, never a reset.

usage: big_bodies.py ONEWINDOW_SERVER
"""
import json
import sys
import urllib.error
import urllib.request

from demo_server import demo_server

SERVER = sys.argv[1]
BODY = b' ' * (2 << 20)


def post(port, method, path, token, body=BODY, content_type='application/json'):
    req = urllib.request.Request('http://127.0.0.1:%d%s' % (port, path), data=body, method=method)
    req.add_header('Content-Type', content_type)
    if token:
        req.add_header('Authorization', 'Bearer ' + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def main():
    with demo_server(SERVER, 'big-bodies-') as (port, codes):
        status, data = post(port, 'POST', '/api/v1/devices/enroll', None,
                            json.dumps({'code': codes['kiosk'], 'name': 't'}).encode())
        assert status == 201, (status, data)
        kiosk = json.loads(data)['device_token']
        blob = '/api/v1/blobs/' + '0' * 64
        cases = [('a ticket over 1 MiB', 'POST', '/api/v1/halls/demo/tickets', kiosk, 413),
                 ('an upload without a token', 'PUT', blob, None, 401),
                 ('a ticket without a token', 'POST', '/api/v1/halls/demo/tickets', None, 401)]
        failures = 0
        for name, method, path, token, expected in cases:
            got = {}
            for _ in range(100):
                try:
                    status, _ = post(port, method, path, token)
                except (ConnectionError, urllib.error.URLError, OSError) as error:
                    status = type(error).__name__
                got[status] = got.get(status, 0) + 1
            print('%s: %s' % (name, got))
            failures += got.get(expected, 0) != 100
        return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
