"""The calendar page: trips and follow-up deadlines by month or year (issue 19)."""
