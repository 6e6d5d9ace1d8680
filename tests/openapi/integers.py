#!/usr/bin/env python3
"""Every integer field of every route in openapi.yaml, sent as -1, 2^31, 2^53, 1e309, a string and null, by every
kind of caller: the server answers each with a 4xx (or a 2xx where the value is acceptable), never a 5xx.

usage: integers.py ONEWINDOW_SERVER OPENAPI_YAML
"""
import http.client
import json
import re
import sys

import yaml

from demo_server import demo_server

SERVER, SPEC = sys.argv[1], sys.argv[2]
VARIANTS = ['-1', '2147483648', '9007199254740992', '1e309', '"12"', 'null']
PLACEHOLDER = '"\u0000INTEGER\u0000"'


def deref(spec, node):
    while isinstance(node, dict) and '$ref' in node:
        target = spec
        for part in node['$ref'].lstrip('#/').split('/'):
            target = target[part]
        node = target
    return node


def sample(spec, schema, depth=0):
    """A plausible value of the schema's type (the fields around the one under test)."""
    schema = deref(spec, schema or {})
    kind = schema.get('type')
    if 'enum' in schema:
        return schema['enum'][0]
    if kind == 'integer':
        return max(1, schema.get('minimum', 1))
    if kind == 'number':
        return 1
    if kind == 'boolean':
        return False
    if kind == 'array':
        return [] if depth > 2 else [sample(spec, schema.get('items'), depth + 1)]
    if kind == 'object' or 'properties' in schema:
        return {k: sample(spec, v, depth + 1) for k, v in schema.get('properties', {}).items()} if depth < 3 else {}
    return 'x'


def integer_paths(spec, schema, prefix=(), depth=0):
    """Where the integers are in a body: paths of keys (an int in a path is the first element of an array)."""
    schema = deref(spec, schema or {})
    if depth > 3:
        return
    if schema.get('type') == 'integer':
        yield prefix
    for key, sub in schema.get('properties', {}).items():
        yield from integer_paths(spec, sub, prefix + (key,), depth + 1)
    if schema.get('type') == 'array':
        yield from integer_paths(spec, schema.get('items'), prefix + (0,), depth + 1)


def put(body, path, value):
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def request(port, method, path, body, token):
    connection = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    headers = {'Content-Type': 'application/json'}
    if token:
        headers['Authorization'] = 'Bearer ' + token
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data


def main():
    spec = yaml.safe_load(open(SPEC, encoding='utf-8'))
    with demo_server(SERVER, 'openapi-integers-') as (port, codes):
        def enroll(code):
            status, data = request(port, 'POST', '/api/v1/devices/enroll', json.dumps({'code': code, 'name': 't'}), None)
            assert status == 201, data
            return json.loads(data)['device_token']

        def login(device, user):
            status, data = request(port, 'POST', '/api/v1/sessions', json.dumps({'user': user, 'password': 'demo1234'}),
                                   device)
            assert status == 201, data
            return json.loads(data)['token']

        callers = {
            'clerk': login(enroll(codes['counter 1']), 'clerk1'),
            'supervisor': login(enroll(codes['supervisor']), 'super1'),
            'agent': login(enroll(codes['station']), 'agent1'),
            'kiosk': enroll(codes['kiosk']),
            'pad': enroll(codes['pad 1']),
            'display': enroll(codes['display']),
            'none': None,
        }
        failures, sent, routes = [], 0, 0
        for path, methods in spec['paths'].items():
            for method, operation in methods.items():
                if method not in ('get', 'post', 'put', 'delete', 'patch') or path.endswith('/events'):
                    continue
                concrete = re.sub(r'\{hall\}', 'demo', path)
                concrete = re.sub(r'\{(n|counter|number)\}', '1', concrete)
                concrete = re.sub(r'\{[^}]+\}', 'x', concrete)
                targets = []  # (query name or body path, where)
                for parameter in operation.get('parameters', []):
                    parameter = deref(spec, parameter)
                    if deref(spec, parameter.get('schema', {})).get('type') != 'integer':
                        continue
                    if parameter.get('in') == 'query':
                        targets.append(('query', parameter['name']))
                    elif parameter.get('in') == 'path':
                        targets.append(('path', parameter['name']))
                schema = (operation.get('requestBody', {}).get('content', {}).get('application/json', {})
                          .get('schema'))
                base = sample(spec, schema) if schema else None
                for where in integer_paths(spec, schema) if schema else []:
                    targets.append(('body', where))
                if not targets:
                    continue
                routes += 1
                for kind, where in targets:
                    for variant in VARIANTS:
                        if kind == 'query':
                            target, body = concrete + '?' + where + '=' + variant.strip('"'), None
                        elif kind == 'path':
                            target = path.replace('{' + where + '}', variant.strip('"'))
                            target = re.sub(r'\{hall\}', 'demo', target)
                            target = re.sub(r'\{[^}]+\}', 'x', target)
                            body = json.dumps(base) if base is not None else None
                        else:
                            holder = json.loads(json.dumps(base))
                            put(holder, where, PLACEHOLDER)
                            body = json.dumps(holder, ensure_ascii=False).replace(json.dumps(PLACEHOLDER), variant)
                            target = concrete
                        for caller, token in callers.items():
                            status, data = request(port, method.upper(), target, body.encode() if body else None, token)
                            sent += 1
                            if status >= 500:
                                failures.append(f'{method.upper()} {target} {where}={variant} as {caller}: {status} '
                                                f'{data[:200]!r}')
        print(f'openapi integers: {routes} routes with integer fields, {sent} requests, {len(failures)} answered 5xx')
        for failure in failures:
            print('  ' + failure)
        return 1 if failures or routes == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
