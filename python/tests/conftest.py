import os
import subprocess

import pytest

SOURCE = os.environ.get("COMMUNIQUE_SOURCE_DIR",
                        os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..")))
SHARED = os.environ.get("COMMUNIQUE_SHARED_DIR", os.path.normpath(os.path.join(SOURCE, "..", "shared")))
BINARY = os.environ.get("COMMUNIQUE_BINARY", "communique")
CORPUS = os.path.join(SOURCE, "corpus")


def cli_records(*args):
    """The CLI's records for `communique extract ARGS`, one JSON text per line."""
    out = subprocess.run([BINARY, "extract", "--jobs", "1", *args], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    return out.splitlines()


@pytest.fixture(scope="session")
def engine():
    import communique
    return communique.Engine()
