"""Command-line command groups, one module each; stagedesk.cli registers them."""
