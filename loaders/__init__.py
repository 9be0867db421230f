"""Reading documents and extracting diplomatic graphs from them."""
