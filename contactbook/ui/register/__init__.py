"""The register of processing activities (Art. 30): activities and the export."""
