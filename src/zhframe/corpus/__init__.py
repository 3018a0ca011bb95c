"""Reading a corpus: a folder of articles plus a manifest that describes them.

The manifest (``manifest.csv`` in the corpus folder, UTF-8) is the corpus
schema: one row per article. A researcher adds an article by adding a file and
a row. Required columns are :data:`REQUIRED_FIELDS`; every other column
(district, year, outlet...) is metadata to filter or group by and is carried
through unchanged.

Decoding is explicit rather than guessed by a statistical detector, because
the set of encodings Chinese text files arrive in is small and each can be
recognised with certainty:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. otherwise NUL bytes or a known binary signature mean a binary file;
3. otherwise strict UTF-8 (which random non-UTF-8 bytes almost never pass);
4. otherwise strict GB18030, the superset of GBK and GB2312, accepted only if
   the result reads as Chinese: no control characters, no private-use or
   unassigned code points, no kana or Hangul, and most of its characters among
   the 1,000 most frequent Chinese characters (by jieba's dictionary
   frequencies). The last test is what tells GB18030 from Korean (EUC-KR),
   Japanese (EUC-JP, Shift-JIS) and Traditional Chinese (Big5) files, whose
   bytes almost always also decode as GB18030, but to characters at random;
5. a file that fails is named in its actual encoding when one of those fits
   (ISO-2022-JP is recognised by its escape sequences), so the message says
   what to convert from. A file that is UTF-8 except for a damaged or cut-off
   character is reported as such, with the UTF-8 byte offset.

Every file is checked before it is read: it must be a regular file (not a
FIFO, device or folder), at most :data:`MAX_FILE_BYTES`, and a manifest's
``file`` entry must name a file inside the corpus folder (no absolute paths,
no ``..``, no symlink leading out). The message for an entry pointing outside
is the same whether or not its target exists, and nothing outside the folder
is ever opened. All checks on decoded text are regular expressions or C-level
``bytes``/``str`` methods, never a Python loop over characters (100 MB load in
about the time it takes to read and hash it).

Line endings (CRLF, CR) are normalised to LF after decoding; every later
offset (cleanup spans, KWIC positions) refers to this decoded, normalised text.
Nothing here ever writes to the corpus folder.
"""

from zhframe.corpus.encodings import decode_bytes, normalize_newlines, read_text, read_text_with_encoding
from zhframe.corpus.files import MANIFEST_NAME, MAX_FILE_BYTES, article_path
from zhframe.corpus.load import ADDED_COLUMNS, load_corpus
from zhframe.corpus.manifest import REQUIRED_FIELDS, read_manifest

__all__ = ["ADDED_COLUMNS", "MANIFEST_NAME", "MAX_FILE_BYTES", "REQUIRED_FIELDS", "article_path", "decode_bytes",
           "load_corpus", "normalize_newlines", "read_manifest", "read_text", "read_text_with_encoding"]
