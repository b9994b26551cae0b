"""The faces of the program: the `surveys` command line and the Textual browser."""
