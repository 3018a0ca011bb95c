"""Registry of subcommands: name -> (module, one-line help).

Add a command by writing ``zhframe/commands/<name>.py`` with ``add_arguments``
and ``run``, and one line here.
"""

COMMANDS: dict[str, tuple[str, str]] = {
    "clean": ("zhframe.run.commands.clean", "repair each article's layout; print its blocks as JSON Lines"),
    "dfm": ("zhframe.run.commands.dfm", "write the document-feature matrix (Matrix Market), its features and docvars for R/quanteda"),
    "corpus": ("zhframe.run.commands.corpus", "check a corpus folder and list its articles"),
    "keyness": ("zhframe.run.commands.keyness", "keyness of one group, or every group, against the rest, as CSV"),
    "numbers": ("zhframe.run.commands.numbers", "list every number of each article (value, unit, approximation) as CSV"),
    "rhetoric": ("zhframe.run.commands.rhetoric", "one CSV row per rhetorical device (numbers, quotes, voices, enumerations, headings, stance, frames)"),
    "manifest": ("zhframe.run.commands.manifest", "write or update FOLDER/manifest.csv: doc_id, file, sha256, title, date, source"),
    "notebooks": ("zhframe.run.commands.notebooks", "execute every notebook and write every figure"),
    "trends": ("zhframe.run.commands.trends", "each term's trend over time at the article level, as CSV"),
    "tokenize": ("zhframe.run.commands.tokenize", "segment text files into space-separated words"),
}
