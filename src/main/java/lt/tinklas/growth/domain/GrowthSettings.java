package lt.tinklas.growth.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lt.tinklas.shared.tenancy.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * The network's activity keywords: parts of words ("socialin", "vaik") whose presence in a register
 * name marks the organization as a likely one (a name match, never a fact).
 */
@Entity
@Table(name = "growth_settings")
@Audited
public class GrowthSettings extends TenantOwned {

	@Column(nullable = false)
	private String keywords;

	protected GrowthSettings() {
	}

	public GrowthSettings(String keywords) {
		this.keywords = keywords;
	}

	public void change(String keywords) {
		this.keywords = keywords;
	}

	public String getKeywords() {
		return keywords;
	}

	/** The keywords one by one, as written (commas or new lines between them). */
	public List<String> keywordList() {
		return Arrays.stream(keywords.split("[,\\n]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
	}
}
