"""The systemd units in deploy/systemd load (systemd-analyze verify) and run real commands."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

SYSTEMD = Path(__file__).resolve().parents[2] / "deploy" / "systemd"
UNITS = sorted(SYSTEMD.glob("*.service")) + sorted(SYSTEMD.glob("*.timer"))


def directive(unit, name):
    return [
        line.split("=", 1)[1]
        for line in unit.read_text().splitlines()
        if line.startswith(f"{name}=")
    ]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_units_pass_systemd_analyze_verify():
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *map(str, UNITS)],
        cwd=SYSTEMD,
        capture_output=True,
        text=True,
    )
    # Only the install paths (/srv/asean/app) may be missing on a machine that is not a server.
    problems = [
        line for line in result.stderr.splitlines() if line.strip() and "/srv/asean/app" not in line
    ]
    assert problems == []


def test_units_run_management_commands_that_exist():
    commands = get_commands()
    for unit in UNITS:
        for line in directive(unit, "ExecStart") + directive(unit, "ExecStartPre"):
            match = re.search(r"manage\.py (\S+)(.*)", line)
            if match and match.group(1) != "%i":
                assert match.group(1) in commands, f"{unit.name}: {line}"
                for then in re.findall(r"--then[ =](\S+)", match.group(2)):
                    assert then in commands


def test_every_timer_starts_an_existing_command():
    commands = get_commands()
    template = SYSTEMD / "asean-portal-command@.service"
    assert directive(template, "ExecStart") == ["/srv/asean/app/.venv/bin/python manage.py %i"]
    timers = sorted(SYSTEMD.glob("*.timer"))
    assert {t.name for t in timers} >= {
        "asean-portal-publish.timer",
        "asean-portal-backup.timer",
        "asean-portal-reminders.timer",
    }
    for timer in timers:
        (unit,) = directive(timer, "Unit") or [timer.name.replace(".timer", ".service")]
        if unit.startswith("asean-portal-command@"):
            command = unit.removeprefix("asean-portal-command@").removesuffix(".service")
            assert command in commands, timer.name
        else:
            assert (SYSTEMD / unit).exists(), timer.name
