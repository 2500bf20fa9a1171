package lt.tinklas.organizations;

/** asociacija, viešoji įstaiga, labdaros ir paramos fondas, religinė bendruomenė, other. */
public enum LegalForm {
	ASSOCIATION, PUBLIC_INSTITUTION, CHARITY_FOUNDATION, RELIGIOUS_COMMUNITY, OTHER
}
