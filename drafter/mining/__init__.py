"""Mining: read past documents, find their structure and stock phrases, emit reusable templates.

jieba is imported only inside the functions that load its dictionary (``tokenise._segmenter``, which
calls ``wordcut.load_dictionary``), never when a module is imported.
"""
