"""The .docx writer and reader: a GB/T 9704 style sheet as a value, laid out into WordprocessingML."""
