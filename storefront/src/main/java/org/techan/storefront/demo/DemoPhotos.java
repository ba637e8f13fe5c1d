package org.techan.storefront.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photos for the demo's products, drawn here rather than downloaded, so the demo needs no
 * network and carries no one else's licence: a still life of the product's kind (fruit, tea
 * leaves and a cup, a bottle of oil, a jar of honey, fungi, a crab, a teapot, a bowl of grain,
 * vegetables) in its own colour, on a cloth and on a wooden table. Each title gets its own
 * arrangement, so that two products of a family do not look the same.
 */
final class DemoPhotos {

    static final int SIDE = 480;

    /** The colour of each family's produce. */
    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("ligan", new Color(0x7a2e3a)),
            Map.entry("mijian", new Color(0xc8892b)),
            Map.entry("chayou", new Color(0xd9a42a)),
            Map.entry("fengmi", new Color(0xe8a317)),
            Map.entry("tieguanyin", new Color(0x5f7d3a)),
            Map.entry("dahongpao", new Color(0x6b3a2a)),
            Map.entry("yiner", new Color(0xefe6cf)),
            Map.entry("miyou", new Color(0xd8d86a)),
            Map.entry("dazhaxie", new Color(0x8a5a2b)),
            Map.entry("longxia", new Color(0xc0392b)),
            Map.entry("zisha", new Color(0x8b4a2b)),
            Map.entry("dami", new Color(0xf3ecd8)),
            Map.entry("mudan", new Color(0xe3b94f)),
            Map.entry("pingguo", new Color(0xc8302b)),
            Map.entry("shanye", new Color(0x4e8a3a)),
            Map.entry("xiaomi", new Color(0xe8c14a)),
            Map.entry("xiaolongxia", new Color(0xd2452f)),
            Map.entry("tengcha", new Color(0x7a9a4a)),
            Map.entry("mijie", new Color(0xf08a1c)),
            Map.entry("tao", new Color(0xf4a3a0)),
            Map.entry("hongshu", new Color(0xb0503c)),
            Map.entry("xianggu", new Color(0x7b5236)),
            Map.entry("lvcha", new Color(0x6a9a3a)));

    private static final Color LEAF = new Color(0x3f7a34);

    private DemoPhotos() {}

    /** The product's cover, on a cloth: each title its own arrangement. */
    static byte[] cover(String family, String category, String title) {
        return jpeg(draw(category, colour(family), new Random(title.hashCode()), false));
    }

    /** A family's second photo, on a wooden table: one for all its products. */
    static byte[] onTheTable(String family, String category) {
        return jpeg(draw(category, colour(family), new Random(family.hashCode()), true));
    }

    private static Color colour(String family) {
        return COLOURS.getOrDefault(family, new Color(0x8a6a3a));
    }

    private static BufferedImage draw(String category, Color colour, Random random, boolean table) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (table) {
                table(g, random);
                g.transform(AffineTransform.getScaleInstance(1.15, 1.15));
                g.translate(-SIDE * 0.07, -SIDE * 0.05);
            } else {
                cloth(g, colour);
            }
            shadow(g);
            switch (category) {
                case "fresh-fruit" -> fruit(g, colour, random);
                case "dried-preserved-fruit" -> driedFruit(g, colour, random);
                case "tea" -> tea(g, colour, random);
                case "edible-oils" -> bottle(g, colour, random);
                case "honey" -> honey(g, colour);
                case "edible-fungi" -> fungi(g, colour, random);
                case "aquatic-products" -> crab(g, colour, random);
                case "handicrafts" -> teapot(g, colour);
                case "grains" -> grains(g, colour, random);
                default -> vegetables(g, colour, random);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void cloth(Graphics2D g, Color colour) {
        Color light = blend(colour, Color.WHITE, 0.88);
        g.setPaint(new GradientPaint(0, 0, light, SIDE, SIDE, blend(colour, Color.WHITE, 0.72)));
        g.fillRect(0, 0, SIDE, SIDE);
        g.setColor(new Color(255, 255, 255, 60));
        for (int x = -SIDE; x < SIDE; x += 48) {
            g.fillRect(x + SIDE / 2, 0, 16, SIDE);
        }
    }

    private static void table(Graphics2D g, Random random) {
        g.setColor(new Color(0xb98a5a));
        g.fillRect(0, 0, SIDE, SIDE);
        for (int y = 0; y < SIDE; y += 90) {
            g.setColor(new Color(0xa87a4c));
            g.fillRect(0, y + 86, SIDE, 4);
            g.setColor(new Color(140, 95, 55, 50));
            for (int grain = 0; grain < 6; grain++) {
                int gy = y + 8 + random.nextInt(74);
                g.drawLine(0, gy, SIDE, gy + random.nextInt(9) - 4);
            }
        }
    }

    private static void shadow(Graphics2D g) {
        g.setColor(new Color(0, 0, 0, 38));
        g.fill(new Ellipse2D.Double(SIDE * 0.16, SIDE * 0.66, SIDE * 0.68, SIDE * 0.16));
    }

    private static void fruit(Graphics2D g, Color colour, Random random) {
        double[][] places = {{0.27, 0.42}, {0.53, 0.38}, {0.40, 0.58}, {0.66, 0.57}};
        int count = 3 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            double r = SIDE * (0.13 + random.nextDouble() * 0.03);
            double x = SIDE * places[i][0] + random.nextInt(21) - 10;
            double y = SIDE * places[i][1] + random.nextInt(21) - 10;
            ball(g, x, y, r, colour);
            leaf(g, x + r * 0.1, y - r * 0.95, r * 0.55, -0.6 + random.nextDouble());
        }
    }

    private static void driedFruit(Graphics2D g, Color colour, Random random) {
        plate(g);
        for (int i = 0; i < 26; i++) {
            double angle = random.nextDouble() * Math.PI * 2;
            double distance = Math.sqrt(random.nextDouble()) * SIDE * 0.25;
            double x = SIDE / 2.0 + Math.cos(angle) * distance;
            double y = SIDE * 0.52 + Math.sin(angle) * distance * 0.7;
            Color shade = blend(colour, Color.BLACK, random.nextDouble() * 0.25);
            g.setPaint(
                    new RadialGradientPaint((float) (x - 8), (float) (y - 8), 40f, new float[] {0f, 1f}, new Color[] {
                        blend(shade, Color.WHITE, 0.35), shade
                    }));
            g.fill(rotated(new Ellipse2D.Double(x - 34, y - 24, 68, 48), random.nextDouble() * Math.PI, x, y));
        }
    }

    private static void tea(Graphics2D g, Color colour, Random random) {
        // A white cup of tea, and leaves around it.
        g.setColor(new Color(0xf7f4ee));
        g.fill(new Ellipse2D.Double(SIDE * 0.30, SIDE * 0.36, SIDE * 0.40, SIDE * 0.36));
        g.setColor(blend(colour, new Color(0xd9c25a), 0.45));
        g.fill(new Ellipse2D.Double(SIDE * 0.34, SIDE * 0.40, SIDE * 0.32, SIDE * 0.26));
        g.setColor(new Color(0xdedad2));
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(SIDE * 0.30, SIDE * 0.36, SIDE * 0.40, SIDE * 0.36));
        for (int i = 0; i < 9; i++) {
            double angle = i * Math.PI * 2 / 9 + random.nextDouble() * 0.3;
            double x = SIDE / 2.0 + Math.cos(angle) * SIDE * 0.33;
            double y = SIDE * 0.54 + Math.sin(angle) * SIDE * 0.27;
            leafOf(g, x, y, SIDE * 0.075, angle + Math.PI / 2, blend(colour, Color.BLACK, random.nextDouble() * 0.3));
        }
    }

    private static void bottle(Graphics2D g, Color colour, Random random) {
        double x = SIDE * 0.36;
        g.setColor(new Color(255, 255, 255, 150));
        g.fill(new RoundRectangle2D.Double(x, SIDE * 0.26, SIDE * 0.28, SIDE * 0.48, 50, 50));
        g.fill(new RoundRectangle2D.Double(x + SIDE * 0.09, SIDE * 0.14, SIDE * 0.10, SIDE * 0.14, 16, 16));
        g.setPaint(
                new GradientPaint((float) x, 0, blend(colour, Color.WHITE, 0.3), (float) (x + SIDE * 0.28), 0, colour));
        g.fill(new RoundRectangle2D.Double(x + 8, SIDE * 0.38, SIDE * 0.28 - 16, SIDE * 0.35, 40, 40));
        g.setColor(new Color(0x3c5a2f));
        g.fill(new RoundRectangle2D.Double(x + SIDE * 0.085, SIDE * 0.11, SIDE * 0.11, SIDE * 0.05, 10, 10));
        for (int i = 0; i < 7; i++) {
            ball(
                    g,
                    SIDE * (0.22 + random.nextDouble() * 0.56),
                    SIDE * (0.72 + random.nextDouble() * 0.08),
                    18,
                    blend(colour, new Color(0x5a3a20), 0.7));
        }
    }

    private static void honey(Graphics2D g, Color colour) {
        g.setColor(blend(colour, Color.WHITE, 0.55));
        g.setStroke(new BasicStroke(4));
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 6; col++) {
                g.draw(hexagon(70 + col * 110 + (row % 2) * 55, 60 + row * 95, 54));
            }
        }
        g.setColor(new Color(255, 255, 255, 140));
        g.fill(new RoundRectangle2D.Double(SIDE * 0.30, SIDE * 0.30, SIDE * 0.40, SIDE * 0.44, 40, 40));
        g.setPaint(new GradientPaint(
                0, (float) (SIDE * 0.35), colour, 0, (float) (SIDE * 0.74), blend(colour, new Color(0x7a3d00), 0.4)));
        g.fill(new RoundRectangle2D.Double(SIDE * 0.32, SIDE * 0.36, SIDE * 0.36, SIDE * 0.36, 34, 34));
        g.setColor(new Color(0x9a6a2a));
        g.fill(new RoundRectangle2D.Double(SIDE * 0.28, SIDE * 0.24, SIDE * 0.44, SIDE * 0.08, 16, 16));
    }

    private static void fungi(Graphics2D g, Color colour, Random random) {
        plate(g);
        for (int i = 0; i < 5; i++) {
            double x = SIDE * (0.30 + (i % 3) * 0.2) + random.nextInt(30) - 15;
            double y = SIDE * (0.44 + (i / 3) * 0.16) + random.nextInt(20) - 10;
            double r = SIDE * (0.09 + random.nextDouble() * 0.03);
            g.setColor(blend(colour, Color.WHITE, 0.5));
            g.fill(new RoundRectangle2D.Double(x - r * 0.25, y, r * 0.5, r * 0.9, 12, 12));
            g.setPaint(new RadialGradientPaint(
                    (float) x, (float) (y - r * 0.3), (float) r, new float[] {0f, 1f}, new Color[] {
                        blend(colour, Color.WHITE, 0.25), colour
                    }));
            g.fill(new Ellipse2D.Double(x - r, y - r * 0.7, r * 2, r * 1.2));
            g.setColor(blend(colour, Color.BLACK, 0.2));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(x - r, y - r * 0.7, r * 2, r * 1.2));
        }
    }

    private static void crab(Graphics2D g, Color colour, Random random) {
        double x = SIDE / 2.0;
        double y = SIDE * 0.52;
        Color shell = blend(colour, Color.BLACK, random.nextDouble() * 0.15);
        g.setColor(blend(shell, Color.BLACK, 0.25));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side = -1; side <= 1; side += 2) {
            for (int leg = 0; leg < 4; leg++) {
                Path2D path = new Path2D.Double();
                double ly = y - 20 + leg * 28;
                path.moveTo(x + side * 110, ly);
                path.lineTo(x + side * 190, ly - 30 + leg * 10);
                path.lineTo(x + side * 230, ly + 40 + leg * 8);
                g.draw(path);
            }
            g.fill(new Ellipse2D.Double(x + side * 170 - 45, y - 210, 90, 70));
            g.draw(new java.awt.geom.Line2D.Double(x + side * 100, y - 60, x + side * 160, y - 150));
        }
        g.setPaint(new RadialGradientPaint((float) x, (float) (y - 40), 200f, new float[] {0f, 1f}, new Color[] {
            blend(shell, Color.WHITE, 0.3), shell
        }));
        g.fill(new Ellipse2D.Double(x - 150, y - 110, 300, 210));
    }

    private static void teapot(Graphics2D g, Color colour) {
        double x = SIDE / 2.0;
        double y = SIDE * 0.52;
        g.setColor(blend(colour, Color.BLACK, 0.15));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(x + 110, y - 80, 110, 130));
        Path2D spout = new Path2D.Double();
        spout.moveTo(x - 130, y);
        spout.quadTo(x - 200, y - 10, x - 230, y - 110);
        g.draw(spout);
        g.setPaint(new RadialGradientPaint((float) (x - 40), (float) (y - 60), 220f, new float[] {0f, 1f}, new Color[] {
            blend(colour, Color.WHITE, 0.3), colour
        }));
        g.fill(new Ellipse2D.Double(x - 160, y - 120, 320, 240));
        g.setColor(blend(colour, Color.BLACK, 0.2));
        g.fill(new Ellipse2D.Double(x - 90, y - 145, 180, 40));
        g.fill(new Ellipse2D.Double(x - 22, y - 175, 44, 36));
    }

    private static void grains(Graphics2D g, Color colour, Random random) {
        g.setColor(new Color(0xf4efe6));
        g.fill(new Ellipse2D.Double(SIDE * 0.18, SIDE * 0.40, SIDE * 0.64, SIDE * 0.40));
        g.setColor(new Color(0x6f8fa8));
        g.fill(new Ellipse2D.Double(SIDE * 0.18, SIDE * 0.56, SIDE * 0.64, SIDE * 0.26));
        g.setColor(new Color(0xf4efe6));
        g.fill(new java.awt.Rectangle((int) (SIDE * 0.18), (int) (SIDE * 0.56), (int) (SIDE * 0.64), 20));
        for (int i = 0; i < 420; i++) {
            double angle = random.nextDouble() * Math.PI * 2;
            double distance = Math.sqrt(random.nextDouble());
            double x = SIDE / 2.0 + Math.cos(angle) * distance * SIDE * 0.29;
            double y = SIDE * 0.52 + Math.sin(angle) * distance * SIDE * 0.14 - (1 - distance) * SIDE * 0.08;
            g.setColor(blend(colour, random.nextBoolean() ? Color.WHITE : Color.BLACK, random.nextDouble() * 0.2));
            g.fill(rotated(new Ellipse2D.Double(x - 7, y - 4, 14, 8), random.nextDouble() * Math.PI, x, y));
        }
    }

    private static void vegetables(Graphics2D g, Color colour, Random random) {
        for (int i = 0; i < 5; i++) {
            double x = SIDE * (0.26 + i * 0.12);
            double y = SIDE * (0.50 + random.nextDouble() * 0.08);
            Color shade = blend(colour, Color.BLACK, random.nextDouble() * 0.2);
            g.setPaint(new GradientPaint(
                    (float) x, (float) (y - 90), blend(shade, Color.WHITE, 0.3), (float) x, (float) (y + 90), shade));
            g.fill(rotated(new Ellipse2D.Double(x - 55, y - 120, 110, 240), -0.5 + i * 0.25, x, y));
            leaf(g, x, y - 130, 50, -0.4 + i * 0.2);
        }
    }

    private static void plate(Graphics2D g) {
        g.setColor(new Color(0xfbfaf7));
        g.fill(new Ellipse2D.Double(SIDE * 0.14, SIDE * 0.28, SIDE * 0.72, SIDE * 0.50));
        g.setColor(new Color(0xe5e0d6));
        g.setStroke(new BasicStroke(5));
        g.draw(new Ellipse2D.Double(SIDE * 0.19, SIDE * 0.32, SIDE * 0.62, SIDE * 0.42));
    }

    private static void ball(Graphics2D g, double x, double y, double r, Color colour) {
        g.setPaint(new RadialGradientPaint(
                (float) (x - r * 0.35),
                (float) (y - r * 0.35),
                (float) (r * 1.3),
                new float[] {0f, 0.6f, 1f},
                new Color[] {blend(colour, Color.WHITE, 0.45), colour, blend(colour, Color.BLACK, 0.3)}));
        g.fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
    }

    private static void leaf(Graphics2D g, double x, double y, double length, double angle) {
        leafOf(g, x, y, length, angle, LEAF);
    }

    private static void leafOf(Graphics2D g, double x, double y, double length, double angle, Color colour) {
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(x, y);
        leaf.quadTo(x + length * 0.5, y - length * 0.45, x + length, y);
        leaf.quadTo(x + length * 0.5, y + length * 0.45, x, y);
        g.setColor(colour);
        g.fill(rotated(leaf, angle, x, y));
    }

    private static java.awt.Shape rotated(java.awt.Shape shape, double angle, double x, double y) {
        return AffineTransform.getRotateInstance(angle, x, y).createTransformedShape(shape);
    }

    private static Path2D hexagon(double x, double y, double r) {
        Path2D hexagon = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double angle = Math.PI / 3 * i + Math.PI / 6;
            if (i == 0) {
                hexagon.moveTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            } else {
                hexagon.lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            }
        }
        hexagon.closePath();
        return hexagon;
    }

    private static Color blend(Color from, Color to, double share) {
        double keep = 1 - share;
        return new Color(
                (int) Math.round(from.getRed() * keep + to.getRed() * share),
                (int) Math.round(from.getGreen() * keep + to.getGreen() * share),
                (int) Math.round(from.getBlue() * keep + to.getBlue() * share));
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("No JPEG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
