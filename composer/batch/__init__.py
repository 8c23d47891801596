"""Work on many letters at once (mail merge); Qt-free, shared by the CLI and the app."""
