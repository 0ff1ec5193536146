"""Reading articles from files, folders, JSON Lines, saved pages, feeds and stdin."""
