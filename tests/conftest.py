"""Settings for every calculator test, natively and inside Pyodide."""


def pytest_configure(config):
    """No test is timed: speed is the benchmark's job. Hypothesis would fail an example slower than
    200 ms, which on a shared machine (or in WebAssembly) fails by load, not by behaviour. Set here,
    once pytest has loaded Hypothesis' plugin (importing it earlier stops pytest rewriting asserts)."""
    import hypothesis

    hypothesis.settings.register_profile("untimed", deadline=None)
    hypothesis.settings.load_profile("untimed")
