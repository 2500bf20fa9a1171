package lt.tinklas.shared.search;

/**
 * One record found: what it is called, a fact that tells it apart (a legal code, an e-mail, a
 * date, a register number; may be empty), and its page's path under {@code /n/{slug}}.
 */
public record SearchHit(String label, String detail, String path) {
}
