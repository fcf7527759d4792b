"""One error family for the whole tool: every failure the user can cause is a
`PolicyparseError` with a one-line message and the exit code it maps to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1  # some input is invalid or could not be processed
EXIT_USAGE = 2  # usage error, or a path that does not exist


class PolicyparseError(Exception):
    """Base class; `exit_code` tells the CLI how to end."""

    exit_code: int = EXIT_INVALID


class UsageError(PolicyparseError):
    exit_code = EXIT_USAGE


class MissingPath(PolicyparseError):
    """A path named by the user does not exist or cannot be opened."""

    exit_code = EXIT_USAGE


class UnreadableDocument(PolicyparseError):
    """The input exists but cannot be read as a supported document."""


class UnsupportedFormat(UnreadableDocument):
    pass


class NoTextLayer(UnreadableDocument):
    pass


class UnsupportedLanguage(PolicyparseError):
    pass


class InvalidPlan(PolicyparseError):
    """A plan YAML file that cannot be loaded or does not follow the schema."""
