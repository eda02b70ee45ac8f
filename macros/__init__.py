"""mkdocs-macros module: the variables and macros the guides may use.

Nothing legal is exposed yet; the guides' engineer adds it here from ``calculator.law``.
"""


def define_env(env):
    """Called by mkdocs-macros once per build to register variables, macros and filters."""
