package lt.tinklas.growth.domain;

/** Where the network learnt of a prospect. */
public enum ProspectSource {
	REGISTER, COUNCIL_REPLY, RECOMMENDATION
}
