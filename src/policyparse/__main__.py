"""`python -m policyparse` runs the command-line tool."""

from policyparse.cli import main

main()
