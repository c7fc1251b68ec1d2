"""`python -m audit_cli.sample --rows N --seed S --out FILE [--labels FILE]`."""

from audit_cli.sample.command import sample_command

sample_command(prog_name="python -m audit_cli.sample")
