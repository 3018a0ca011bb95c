"""Infrastructure every stage may use: errors, the content-keyed disk cache, progress bars."""
