# names with ESC, BEL, newlines, tabs, C1 and bidi controls are shown escaped, columns aligned by display width
locnet partners VN-wide --format table nets/terminal_hostile.json
echo
locnet summary --format table nets/terminal_hostile.json | sed -n '/by kind/,/^$/p'
locnet partners VN-東京 --format table nets/terminal_hostile.json
locnet partners VN-hue-1 --format table nets/terminal_hostile.json
