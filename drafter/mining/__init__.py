"""Mining: read past documents, find their structure and stock phrases, emit reusable templates.

Only ``phrases`` imports jieba, and only inside the function that needs it.
"""
