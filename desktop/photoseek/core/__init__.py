"""The Qt-free engine: scan → decode → embed → store, and query → encode → search."""
