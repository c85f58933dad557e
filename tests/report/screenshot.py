#!/usr/bin/python3
"""A screenshot of a `locnet report` page in headless Chromium, as browser_test.py starts it.

    /usr/bin/python3 tests/report/screenshot.py PAGE.html SHOT.png [WIDTH HEIGHT]

Opens PAGE.html from its file and saves the first WIDTH x HEIGHT pixels (default 1280 x 1500).
docs/report.png was made with:
    locnet report --title "French–Vietnamese decentralised cooperation" -o report.html
    /usr/bin/python3 tests/report/screenshot.py report.html docs/report.png 1280 2510
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_test import browser  # noqa: E402


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit(__doc__)
    width, height = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) == 5 else (1280, 1500)
    with tempfile.TemporaryDirectory() as work:
        driver = browser(work)
        try:
            driver.set_window_size(width, height)
            driver.get("file://" + os.path.abspath(sys.argv[1]))
            driver.save_screenshot(sys.argv[2])
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
