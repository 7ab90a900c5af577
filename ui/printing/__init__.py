"""What draws pages for paper: the one-page keyworker summary (summary_pdf.py)."""
