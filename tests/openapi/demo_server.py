"""The demo hall's server as a process for the scripted tests: `admin demo` into a fresh SQLite database, `serve`
on a free loopback port, its enrollment codes by device ("counter 1", "pad 1", "kiosk", "display", "station",
"supervisor"); stopped and its files removed on leaving the `with` block."""
import contextlib
import re
import shutil
import subprocess
import tempfile


@contextlib.contextmanager
def demo_server(server_exe, prefix):
    """Yields (port, codes)."""
    work = tempfile.mkdtemp(prefix=prefix)
    log = None
    server = None
    try:
        db = 'sqlite:' + work + '/server.db'
        demo = subprocess.run([server_exe, 'admin', 'demo', '--db', db], capture_output=True, text=True,
                              check=True).stdout
        codes = dict(re.findall(r'^\s*(counter 1|pad 1|kiosk|display|station|supervisor) (\S+)\s*$', demo, re.M))
        log = open(work + '/server.log', 'w')  # a file, not a pipe: a server that logs much never blocks on it
        server = subprocess.Popen([server_exe, 'serve', '--db', db, '--listen', '127.0.0.1:0'],
                                  stdout=subprocess.PIPE, stderr=log, text=True)
        port = None
        for _ in range(500):
            match = re.search(r'listening on http://127\.0\.0\.1:(\d+)', server.stdout.readline())
            if match:
                port = int(match.group(1))
                break
        assert port, 'the server did not start'
        yield port, codes
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        if log:
            log.close()
        shutil.rmtree(work, ignore_errors=True)
