"""How every browser test and the benchmark start Debian's Chromium (written once, here)."""

CHROMIUM = "/usr/bin/chromium"  # Debian's; `playwright install` cannot download browsers here
#: Without the background-networking flags Chromium tries to reach Google's hosts at every start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
