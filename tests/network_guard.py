"""Run a module with the network cut off except loopback: `python network_guard.py MODULE ARGS…`.

An audit hook refuses every socket connection and name lookup that is not loopback or a Unix socket
and says so on stderr ("network blocked: ADDRESS"), so a test sees any attempt PhotoSeek makes to reach
another machine — whatever library makes it — while Milvus Lite's local socket keeps working.
"""

from __future__ import annotations

import ipaddress
import runpy
import sys

BLOCKED = "network blocked: "
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if not isinstance(host, str):
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guard(event: str, args: tuple) -> None:
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _is_local(address[0]):
            sys.stderr.write(f"{BLOCKED}{address!r}\n")
            raise OSError(101, "Network is unreachable (blocked by the test)")
    elif event == "socket.getaddrinfo" and not _is_local(args[0]):
        sys.stderr.write(f"{BLOCKED}{args[0]!r}\n")
        raise OSError(-3, "Temporary failure in name resolution (blocked by the test)")


if __name__ == "__main__":
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    sys.addaudithook(_guard)
    runpy.run_module(module, run_name="__main__", alter_sys=True)
