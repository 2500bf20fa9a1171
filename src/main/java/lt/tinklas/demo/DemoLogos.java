package lt.tinklas.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * The demo networks' logos, drawn when the demo loads: a round badge in the network's colour with
 * a small network drawn in it, so the two sites and their documents look their own.
 */
final class DemoLogos {

	/** A deep teal: white text on it has a contrast above 6:1. */
	static final String NSMOT_COLOUR = "#0b6e5f";

	/** A plum: white text on it has a contrast above 8:1. */
	static final String CHILDREN_COLOUR = "#7a2866";

	private static final int SIZE = 160;

	private DemoLogos() {
	}

	/**
	 * A round badge in the colour with a small network drawn in white: {@code nodes} points around a
	 * centre, each joined to it (shapes only, so no font is needed where the demo runs).
	 */
	static byte[] png(int nodes, String colour) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.decode(colour));
			g.fillOval(4, 4, SIZE - 8, SIZE - 8);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			int centre = SIZE / 2;
			int radius = SIZE / 3;
			for (int i = 0; i < nodes; i++) {
				double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes;
				int x = centre + (int) Math.round(radius * Math.cos(angle));
				int y = centre + (int) Math.round(radius * Math.sin(angle));
				g.drawLine(centre, centre, x, y);
				g.fillOval(x - 11, y - 11, 22, 22);
			}
			g.fillOval(centre - 18, centre - 18, 36, 36);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}
}
