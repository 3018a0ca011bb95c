"""Registry of subcommands: name -> (module, one-line help).

Add a command by writing ``zhframe/commands/<name>.py`` with ``add_arguments``
and ``run``, and one line here.
"""

COMMANDS: dict[str, tuple[str, str]] = {
    "clean": ("zhframe.commands.clean", "repair each article's layout; print its blocks as JSON Lines"),
    "corpus": ("zhframe.commands.corpus", "check a corpus folder and list its articles"),
    "keyness": ("zhframe.commands.keyness", "keyness of one group, or every group, against the rest, as CSV"),
    "numbers": ("zhframe.commands.numbers", "list every number of each article (value, unit, approximation) as CSV"),
    "rhetoric": ("zhframe.commands.rhetoric", "one CSV row per rhetorical device (numbers, quotes, voices, enumerations, headings, stance, frames)"),
    "notebooks": ("zhframe.commands.notebooks", "execute every notebook and write every figure"),
    "trends": ("zhframe.commands.trends", "each term's trend over time at the article level, as CSV"),
    "tokenize": ("zhframe.commands.tokenize", "segment text files into space-separated words"),
}
