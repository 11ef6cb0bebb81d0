"""The fuzz harness for articleparse (see fuzz/README.md)."""
