package lt.tinklas.growth.domain;

/** How a letter reaches its addressee: mailed to an e-mail address (the PDF attached) or printed. */
public enum Delivery {
	EMAIL, PRINT
}
