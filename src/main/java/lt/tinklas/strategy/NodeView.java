package lt.tinklas.strategy;

import java.util.List;


/** A node of the strategy tree with its number (1, 1.1, 1.1.2 ...), its children and indicators. */
public record NodeView(long id, long version, Long parentId, NodeKind kind, String number, String text,
		String textEn, int depth, List<NodeView> children, List<IndicatorView> indicators) {

	public String text(String language) {
		return "en".equals(language) && textEn != null ? textEn : text;
	}
}
