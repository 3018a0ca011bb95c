"""The run layer: the command line, its commands, the pre-check, the notebook runner, the pipeline and its engines."""
