"""Atomic output (stancegraph.atomic)."""
import os
import stat
import tempfile

import pytest

from stancegraph.atomic import atomic_open, atomic_write
from stancegraph.errors import OutputError


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_text_and_bytes(tmp_path):
    target = tmp_path / "out.ttl"
    atomic_write(target, "caf\u00e9\n")
    assert target.read_bytes() == "caf\u00e9\n".encode("utf-8")
    atomic_write(str(target), b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert _leftovers(tmp_path) == []


def test_atomic_open_replaces_on_success(tmp_path):
    target = tmp_path / "rows.jsonl"
    target.write_text("old\n")
    with atomic_open(target) as f:
        f.write("new\n")
        assert target.read_text() == "old\n"  # not visible until the block ends
    assert target.read_text() == "new\n"
    assert _leftovers(tmp_path) == []


def test_atomic_open_keeps_old_file_when_the_writer_raises(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old graph\n")
    with pytest.raises(RuntimeError, match="boom"):
        with atomic_open(target, "w") as f:
            f.write("half a graph")
            raise RuntimeError("boom")
    assert target.read_text() == "old graph\n"
    assert _leftovers(tmp_path) == []


def test_atomic_open_leaves_no_file_when_a_new_target_fails(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(tmp_path / "new.ttl", "wb") as f:
            f.write(b"partial")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_atomic_missing_folder_is_an_output_error(tmp_path):
    folder = tmp_path / "no" / "such"
    with pytest.raises(OutputError) as err:
        atomic_write(folder / "out.ttl", "x")
    assert str(err.value) == (f"cannot write {folder / 'out.ttl'}: folder {folder} does not exist; "
                              f"create it (mkdir -p {folder}) or write elsewhere")


def test_atomic_unwritable_folder_is_an_output_error(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as err:
        atomic_write(tmp_path / "out.ttl", "x")
    assert str(err.value) == (f"cannot write to folder {tmp_path} (Permission denied); "
                              "choose a writable folder or fix its permissions")
    assert "\n" not in str(err.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_atomic_read_only_folder_is_an_output_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match=r"^cannot write to folder .*ro \(Permission denied\)"):
            atomic_write(folder / "out.ttl", "x")
    finally:
        folder.chmod(0o700)


def test_atomic_target_is_a_folder(tmp_path):
    with pytest.raises(OutputError, match="it is a folder; give a file name"):
        atomic_write(tmp_path, "x")


def test_atomic_keeps_permissions(tmp_path):
    target = tmp_path / "shared.ttl"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    umask = os.umask(0)
    os.umask(umask)
    atomic_write(tmp_path / "fresh.ttl", "new")
    assert stat.S_IMODE((tmp_path / "fresh.ttl").stat().st_mode) == 0o666 & ~umask


def test_atomic_open_refuses_other_modes(tmp_path):
    with pytest.raises(ValueError, match="mode='a' is not supported; use 'w' or 'wb'"):
        with atomic_open(tmp_path / "x", "a"):
            pass
