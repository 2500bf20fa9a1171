package lt.tinklas.events;

public enum EventFormat {
	LIVE, ONLINE, HYBRID
}
