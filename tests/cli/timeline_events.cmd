# the years of events count in the span, and each year names the events that started in it
locnet timeline --format csv nets/events.json
