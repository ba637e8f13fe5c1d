package org.techan.storefront.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A stand-in business licence scan for demo and benchmark organisations: a PNG that says it is a
 * demo and carries the credit code, so an operator opening it sees at once it is no real licence.
 */
public final class DemoLicence {

    private DemoLicence() {}

    public static byte[] scan(String creditCode) {
        BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xFFFDF5));
            g.fillRect(0, 0, 640, 420);
            g.setColor(new Color(0xB22222));
            g.setStroke(new BasicStroke(6));
            g.drawRect(12, 12, 616, 396);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
            g.drawString("DEMO BUSINESS LICENCE", 90, 120);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 24));
            g.setColor(Color.DARK_GRAY);
            g.drawString("Credit code " + creditCode, 90, 210);
            g.drawString("Demonstration data, not a licence", 90, 270);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
