# Markdown shows control characters escaped too, and a newline in a name forges no row
locnet partners VN-wide --format md nets/terminal_hostile.json
