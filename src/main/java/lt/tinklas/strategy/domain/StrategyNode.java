package lt.tinklas.strategy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import lt.tinklas.strategy.NodeKind;
import org.hibernate.envers.Audited;

/** One node of a strategy's tree: a direction, goal, task, measure or expected result. */
@Entity
@Table(name = "strategy_node")
@Audited
public class StrategyNode extends TenantOwned {

	@Column(name = "strategy_id", nullable = false, updatable = false)
	private Long strategyId;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NodeKind kind;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "node_text", nullable = false, length = 2000)
	private String text;

	@Column(name = "node_text_en", length = 2000)
	private String textEn;

	protected StrategyNode() {
	}

	public StrategyNode(Long strategyId, Long parentId, NodeKind kind, int sortOrder, String text, String textEn) {
		this.strategyId = strategyId;
		this.parentId = parentId;
		this.kind = kind;
		this.sortOrder = sortOrder;
		reword(text, textEn);
	}

	public final void reword(String text, String textEn) {
		this.text = text.strip();
		this.textEn = Strategy.blankToNull(textEn);
	}

	public void moveTo(Long parentId, int sortOrder) {
		this.parentId = parentId;
		this.sortOrder = sortOrder;
	}

	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getStrategyId() {
		return strategyId;
	}

	public Long getParentId() {
		return parentId;
	}

	public NodeKind getKind() {
		return kind;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getText() {
		return text;
	}

	public String getTextEn() {
		return textEn;
	}
}
