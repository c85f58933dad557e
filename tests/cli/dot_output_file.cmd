# -o writes the file atomically: the folder holds only the finished file afterwards
folder=$(mktemp -d)
locnet dot --kind cochair --no-legend -o "$folder/diagram.dot" ../../data/fr-vn.json
echo "exit $?"
ls "$folder"
head -n 3 "$folder/diagram.dot"
rm -rf "$folder"
