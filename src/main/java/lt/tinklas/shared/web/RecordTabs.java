package lt.tinklas.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The tabs of a record's page, each a link of its own ({@code ?tab=}) so that it can be opened,
 * bookmarked and used without scripts: the tabs the reader may open, and the one open now (the
 * first when the one asked for is not among them).
 */
public record RecordTabs(List<Tab> tabs, String active) {

	/** One tab: the word in its link ({@code ?tab=participants}) and its label's message key. */
	public record Tab(String id, String labelKey) {
	}

	/** Starts the tabs offered to this reader. */
	public static Builder offer() {
		return new Builder();
	}

	/** Whether the tab is the one open. */
	public boolean is(String id) {
		return active.equals(id);
	}

	/** Collects the tabs a reader may open, in the order they are shown. */
	public static final class Builder {

		private final List<Tab> tabs = new ArrayList<>();

		private Builder() {
		}

		/** Offers the tab. */
		public Builder tab(String id, String labelKey) {
			tabs.add(new Tab(id, labelKey));
			return this;
		}

		/** Offers the tab when the reader may open it. */
		public Builder tabIf(boolean may, String id, String labelKey) {
			return may ? tab(id, labelKey) : this;
		}

		/** The tabs with the one asked for open, or the first when it is none of them (or not the reader's). */
		public RecordTabs open(String asked) {
			String active = tabs.stream().map(Tab::id).filter(id -> id.equals(asked)).findFirst()
				.orElse(tabs.get(0).id());
			return new RecordTabs(List.copyOf(tabs), active);
		}
	}
}
