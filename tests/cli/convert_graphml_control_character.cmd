# exit 65
# a control character that XML 1.0 cannot hold is a data error said before anything is written, not an internal error
t=$(mktemp -d)
locnet convert nets/dot_hostile.json -o "$t/out.graphml"; code=$?
ls "$t"
rm -rf "$t"
exit $code
