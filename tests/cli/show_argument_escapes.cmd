# exit 64
# what the command line says is shown escaped in messages too
locnet "$(printf 'sum\033[2Jmary')"
