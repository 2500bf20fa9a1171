package archfixture.beta;

import java.util.function.Supplier;

import archfixture.alpha.domain.AlphaRecord;
import jakarta.persistence.EntityManager;

/** Each way around the tenant filter in one method, and the same things done within bounds. */
public class BetaWork {

	EntityManager entityManager;
	BetaRecords records;

	BetaRecord merged(BetaRecord detached) {
		return entityManager.merge(detached);
	}

	Object foreignReference(long id) {
		return entityManager.getReference(AlphaRecord.class, id);
	}

	Object ownReference(long id) {
		return entityManager.getReference(BetaRecord.class, id);
	}

	int bulkUpdate() {
		return entityManager.createQuery("update BetaRecord b set b.id = b.id").executeUpdate();
	}

	int bulkDeleteInLambda(String table) {
		Supplier<Integer> work = () -> entityManager.createQuery("delete from " + table + " t where t.id > 0")
			.executeUpdate();
		return work.get();
	}

	Object select() {
		return entityManager.createQuery("select b from BetaRecord b").getResultList();
	}

	void batchDelete() {
		records.deleteAllInBatch();
	}

	Object criteriaDelete() {
		return entityManager.getCriteriaBuilder().createCriteriaDelete(BetaRecord.class);
	}
}
