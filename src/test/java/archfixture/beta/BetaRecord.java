package archfixture.beta;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity of the module beta. */
@Entity
public class BetaRecord {

	@Id
	Long id;
}
