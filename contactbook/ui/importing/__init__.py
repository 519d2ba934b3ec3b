"""File › Import and Export of vCards: the preview with its merges, the summary, recent imports."""
