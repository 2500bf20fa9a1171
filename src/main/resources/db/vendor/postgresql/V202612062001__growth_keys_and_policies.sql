-- The growth module's tables get composite keys to their network's rows and the network policy.
call secure_network_tables();
