"""The one exception type for bad input.

Every problem with a user's files (encoding, empty or binary file, manifest
fields...) is raised as :class:`InputError`, which names the file and says
what is wrong. It subclasses :class:`ValueError`, as scikit-learn does for
bad input, so library callers can catch either; the command line prints its
message as one line on stderr and exits non-zero.
"""

from __future__ import annotations

import os


class InputError(ValueError):
    """Bad input, with the file it concerns.

    Parameters
    ----------
    path : str or os.PathLike
        The file (or folder) the problem is in.
    problem : str
        What is wrong, in words a researcher can act on.
    """

    def __init__(self, path: str | os.PathLike, problem: str):
        self.path = os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # keep it picklable across joblib/dask workers
        return (type(self), (self.path, self.problem))
