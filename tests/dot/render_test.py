#!/usr/bin/python3
"""`locnet dot --render`: PDF joins SVG and PNG, binary drawings are not written to a terminal,
and more than 5,000 localities need --force.

    /usr/bin/python3 tests/dot/render_test.py LOCNET_BINARY

Checks, in a build with Graphviz's library (else it checks that --render is refused with 64
and exits 77, skipped):
  - --render pdf -o FILE writes a PDF (it starts with %PDF-), --render svg one SVG;
  - --render png and --render pdf with standard output on a terminal (a pseudo-terminal here)
    exit 64 with a hint to give -o, and write nothing; --render svg, text, is written;
  - a network of 5,001 linked localities: --render exits 64 and names --top, --around,
    --largest and --level country; with --force it draws them all (an SVG with 5,001 nodes).
"""
import json
import os
import pty
import subprocess
import sys
import tempfile


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def on_terminal(command):
    """Runs command with standard output on a pseudo-terminal: its exit code, what it wrote."""
    pid, fd = pty.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.execv(command[0], command)
    output = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


def main():
    locnet = sys.argv[1]
    renders = b"with Graphviz" in subprocess.run([locnet, "--version"], capture_output=True).stdout
    if not renders:
        refused = subprocess.run([locnet, "dot", "--render", "pdf", "-o", os.devnull],
                                 capture_output=True)
        if refused.returncode != 64:
            fail("--render in a build without libgvc exited %d" % refused.returncode)
        print("skipped: this locnet is built without Graphviz's library")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as work:
        pdf = os.path.join(work, "fr-vn.pdf")
        subprocess.run([locnet, "dot", "--render", "pdf", "-o", pdf], check=True,
                       capture_output=True)
        with open(pdf, "rb") as f:
            if not f.read(5) == b"%PDF-":
                fail("--render pdf did not write a PDF")
        for form in ("png", "pdf"):
            code, output = on_terminal([locnet, "dot", "--render", form])
            if code != 64 or output:
                fail("--render %s to a terminal exited %d and wrote %d bytes" % (
                    form, code, len(output)))
        code, output = on_terminal([locnet, "dot", "--render", "svg"])
        if code != 0 or b"<svg" not in output:
            fail("--render svg to a terminal exited %d" % code)
        big = os.path.join(work, "big.json")
        count = 5001
        localities = [{"id": "L%d" % i, "name": "L%d" % i, "country": "FR", "level": "commune"}
                      for i in range(count)]
        partnerships = [{"a": "L%d" % i, "b": "L%d" % (i + 1), "kind": "agreement"}
                        for i in range(count - 1)]
        with open(big, "w") as f:
            json.dump({"format": "locnet/1", "localities": localities,
                       "partnerships": partnerships}, f)
        svg = os.path.join(work, "big.svg")
        refused = subprocess.run([locnet, "dot", "--render", "svg", "-o", svg, big],
                                 capture_output=True)
        message = refused.stderr.decode()
        if refused.returncode != 64 or os.path.exists(svg) or \
                not all(word in message for word in ("--top", "--around", "--largest",
                                                     "--level country", "--force")):
            fail("5,001 localities: exit %d, %r" % (refused.returncode, message))
        forced = subprocess.run([locnet, "dot", "--render", "svg", "--force", "-o", svg, big],
                                capture_output=True)
        with open(svg, encoding="utf-8") as f:
            nodes = f.read().count('class="node"')
        if forced.returncode != 0 or nodes != count:
            fail("--force: exit %d, %d nodes drawn" % (forced.returncode, nodes))
    print("ok   --render pdf; png and pdf refused on a terminal, svg written; 5,001 localities "
          "refused with a hint, drawn with --force")


if __name__ == "__main__":
    main()
