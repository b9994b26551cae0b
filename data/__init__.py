"""Bundled data: the schema, taxonomy, gazetteer of former units and the sample reports."""
