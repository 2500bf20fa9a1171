package lt.tinklas.shared.tenancy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Bumps a network's data version once per transaction that inserts, changes or deletes any of its
 * records (or their collections), at the end of that transaction and in it: the new version and
 * the changes become visible together, or neither does.
 */
@Component
class DataVersionListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final EntityManagerFactory entityManagerFactory;

	/** The networks changed in each open session's transaction. */
	private final Map<SharedSessionContractImplementor, Bump> pending = new ConcurrentHashMap<>();

	DataVersionListener(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collectionChanged(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		collectionChanged(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void collectionChanged(AbstractCollectionEvent event) {
		changed(event.getSession(), event.getAffectedOwnerOrNull());
	}

	private void changed(SharedSessionContractImplementor session, Object entity) {
		if (!(entity instanceof TenantOwned owned) || owned.getNetworkId() == null) {
			return;
		}
		pending.computeIfAbsent(session, s -> {
			Bump bump = new Bump(s);
			s.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) bump);
			s.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) bump);
			return bump;
		}).networks.add(owned.getNetworkId());
	}

	/** One transaction's networks, bumped before it commits and forgotten after it ends either way. */
	private final class Bump implements TransactionCompletionCallbacks.BeforeCompletionCallback,
			TransactionCompletionCallbacks.AfterCompletionCallback {

		private final SharedSessionContractImplementor session;

		/** In id order, so that two transactions lock the version rows in the same order. */
		private final Set<Long> networks = new TreeSet<>();

		Bump(SharedSessionContractImplementor session) {
			this.session = session;
		}

		@Override
		public void doBeforeTransactionCompletion(SharedSessionContractImplementor s) {
			pending.remove(session, this);
			s.doWork(connection -> {
				Long working = Tenancy.current().orElse(null);
				for (Long network : networks) {
					// each network's version is written in that network, as row-level security demands
					Tenancy.set(network);
					try (var insert = connection.prepareStatement(
							"insert into data_version (network_id, version) values (?, 0) on conflict do nothing");
							var update = connection
								.prepareStatement("update data_version set version = version + 1 where network_id = ?")) {
						insert.setLong(1, network);
						insert.executeUpdate();
						update.setLong(1, network);
						update.executeUpdate();
					}
					finally {
						Tenancy.set(working);
					}
				}
			});
		}

		@Override
		public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor s) {
			pending.remove(session, this);
		}
	}
}
