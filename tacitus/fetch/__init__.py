"""Fetching articles over HTTP: a polite, bounded client, feeds, and the `watch` rounds.

* `urls.py` which addresses are fetched (http/https only) and how they are compared;
* `limits.py` every bound the client keeps (timeouts, sizes, retries, rates), in one place;
* `hosts.py` the per-host rate limit and concurrency cap;
* `robots.py` robots.txt, fetched once per host and obeyed;
* `body.py` reading a response body under a size cap, decompressing it ourselves;
* `client.py` the client: conditional GET, redirects, retries with backoff;
* `feeds.py` a fetched feed's items; `pages.py` a fetched page as an Article;
* `inputs.py` URLs mixed with files for `tacitus ingest`;
* `state.py` the watch tables of the store; `watch.py` one round and the loop; `cli.py` the command.

Nothing here runs in tests or benchmarks against anything but 127.0.0.1.
"""
