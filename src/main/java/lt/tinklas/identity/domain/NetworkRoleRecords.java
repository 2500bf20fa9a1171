package lt.tinklas.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Roles, always read and written for one named network: there is no query without it. */
public interface NetworkRoleRecords extends Repository<NetworkRole, Long> {

	NetworkRole save(NetworkRole role);

	void delete(NetworkRole role);

	void flush();

	Optional<NetworkRole> findByNetworkIdAndId(Long networkId, Long id);

	Optional<NetworkRole> findByNetworkIdAndUserId(Long networkId, Long userId);

	List<NetworkRole> findByNetworkIdOrderByIdAsc(Long networkId);
}
