package lt.tinklas.support.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/** A quality standard the network supports; its levels are kept one a line, in their order. */
@Entity
@Table(name = "quality_standard")
@Audited
public class QualityStandard extends TenantOwned {

	@Column(nullable = false)
	private String name;

	@Column(length = 1000)
	private String levels;

	protected QualityStandard() {
	}

	public QualityStandard(String name, List<String> levels) {
		this.name = name.strip();
		this.levels = levels.isEmpty() ? null : String.join("\n", levels);
	}

	public String getName() {
		return name;
	}

	public List<String> getLevels() {
		return levels == null ? List.of() : Arrays.stream(levels.split("\n")).toList();
	}
}
