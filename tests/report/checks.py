"""What the report's test scripts share: failures listed as they come, one verdict at the end,
and writing a page with a fixed date."""

import os
import subprocess
import sys

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL " + message)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def finish(success):
    """Exits 1 if any check failed, else prints success."""
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        sys.exit(1)
    print("ok: " + success)


def write_report(locnet, network, page, *arguments):
    """Runs locnet report [arguments] -o page network with SOURCE_DATE_EPOCH 1700000000
    (2023-11-14 22:13 UTC); a failure is a failed check. Returns whether it succeeded."""
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    result = subprocess.run([locnet, "report", *arguments, "-o", page, network],
                            capture_output=True, env=environment)
    return check(result.returncode == 0, "locnet report %s exited %d: %s" % (
        network, result.returncode, result.stderr.decode(errors="replace")[:400]))


def isolated_localities(network):
    """The localities of a locnet/1 network (as read from its file) without a partnership: those
    that `locnet dot` leaves out of its diagram by default, and so the report's diagram (a
    partnership of a locality with itself is one)."""
    linked = {end for p in network["partnerships"] for end in (p["a"], p["b"])}
    return [l for l in network["localities"] if l["id"] not in linked]


def left_out_statement(count):
    """How the page's note under the diagram begins when count localities are left out."""
    return "%d localit%s no partnership and %s not drawn" % (
        count, "y has" if count == 1 else "ies have", "is" if count == 1 else "are")
