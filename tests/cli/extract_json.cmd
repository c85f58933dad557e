# locnet/1 JSON with evidence; the output reads back as a network
t=$(mktemp -d)
locnet extract --publisher "Test" --url https://example.org/a ../extract/own/fr_assises.txt -o "$t/c.json"
cat "$t/c.json"
locnet validate "$t/c.json" | sed "s|$t/||"
rm -rf "$t"
