"""Tracking: facts from every report linked into threads, and what each thread's state is."""
