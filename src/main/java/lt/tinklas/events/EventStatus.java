package lt.tinklas.events;

public enum EventStatus {
	PLANNED, CANCELLED, HELD
}
