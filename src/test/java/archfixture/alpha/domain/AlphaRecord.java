package archfixture.alpha.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the module alpha. */
@Entity
public class AlphaRecord {

	@Id
	Long id;
}
