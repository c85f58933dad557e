# a reader that stops early ends locnet quietly (no message, whatever SIGPIPE was set to); the
# DOT of 5,000 localities is far larger than a pipe's buffer
net=$(mktemp)
awk 'BEGIN { printf "{\"format\": \"locnet/1\", \"localities\": [";
             for (i = 0; i < 5000; i++) printf "%s{\"id\": \"L%d\", \"name\": \"Locality %d\", \"country\": \"FR\", \"level\": \"commune\"}", (i ? "," : ""), i, i;
             print "]}" }' >"$net"
locnet dot --keep-isolated "$net" | head -n 1 | sed "s/^/first line: /"
(trap "" PIPE; locnet dot --keep-isolated "$net" | head -n 1 | sed "s/^/with SIGPIPE ignored: /")
rm -f "$net"
