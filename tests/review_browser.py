"""A headless Chromium driven over the DevTools protocol through a pipe (no websocket, no extra package).

`--remote-debugging-pipe` makes Chromium read protocol messages from fd 3 and write them to fd 4,
each a JSON object ended by a NUL byte. Enough of the protocol for the review tests: open a page,
wait for its script, evaluate JavaScript, type keys, allow downloads.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
    "--window-size=1366,900",
)


def chromium_path() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def high_fd(fd: int) -> int:
    """The descriptor moved above 4, so that placing the pipe ends at 3 and 4 cannot overwrite one."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class Browser:
    """One Chromium process and one page (tab) in it."""

    def __init__(self, profile: Path) -> None:
        to_chromium, self._writer = (high_fd(fd) for fd in os.pipe())
        self._reader, from_chromium = (high_fd(fd) for fd in os.pipe())

        def place_pipes() -> None:
            os.dup2(to_chromium, 3)
            os.dup2(from_chromium, 4)

        command = [chromium_path() or "chromium", *FLAGS, f"--user-data-dir={profile}", "about:blank"]
        self.process = subprocess.Popen(
            command, preexec_fn=place_pipes, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._reader, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the protocol pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict[str, Any] | None = None, *, page: bool = False) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if page:
            message["sessionId"] = self.session
        os.write(self._writer, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def evaluate(self, expression: str) -> Any:
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        result = self.call("Runtime.evaluate", params, page=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path_or_url: Path | str, fragment: str = "", *, timeout: float = 30) -> float:
        """Navigate (to the page's #fragment, if given) and wait until the review script has run;
        returns the seconds that took."""
        url = path_or_url.as_uri() if isinstance(path_or_url, Path) else path_or_url
        url += f"#{fragment}" if fragment else ""
        started = time.perf_counter()
        self.call("Page.navigate", {"url": url}, page=True)
        while time.perf_counter() - started < timeout:
            try:
                if self.evaluate("window.reviewReady === true && location.href.split('#')[0]") == url.split("#")[0]:
                    return time.perf_counter() - started
            except RuntimeError:
                pass  # the page is between documents
            time.sleep(0.02)
        raise TimeoutError(f"{url} did not finish loading in {timeout} s")

    def wait_for(self, expression: str, *, timeout: float = 10) -> Any:
        """The expression's value once it is truthy."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            if value := self.evaluate(expression):
                return value
            time.sleep(0.02)
        raise TimeoutError(f"{expression!r} stayed false for {timeout} s")

    def press(self, key: str, code: str, key_code: int, *, shift: bool = False) -> None:
        """A key press as the keyboard sends it (keydown, keyup), e.g. Tab."""
        modifiers = 8 if shift else 0
        base = {"key": key, "code": code, "windowsVirtualKeyCode": key_code, "modifiers": modifiers}
        # A key that types (Enter) needs its text, or buttons do not take it as a press.
        down = {"type": "keyDown", "text": "\r"} if key == "Enter" else {"type": "rawKeyDown"}
        self.call("Input.dispatchKeyEvent", {**down, **base}, page=True)
        self.call("Input.dispatchKeyEvent", {"type": "keyUp", **base}, page=True)

    def type_text(self, text: str) -> None:
        self.call("Input.insertText", {"text": text}, page=True)

    def allow_downloads(self, folder: Path) -> None:
        self.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})

    def screenshot(self, path: Path) -> None:
        import base64

        data = self.call("Page.captureScreenshot", {"format": "png"}, page=True)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._reader)
        os.close(self._writer)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
