package org.techan.platform.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.techan.platform.RuleViolationException;

/** Scaled-down JPEG copies of photos, drawn on white so transparent PNGs do not turn black. */
final class Thumbnails {

    /** Decoding a 20,000-pixel-wide "photo" would take gigabytes; nobody's phone takes those. */
    private static final long MAX_PIXELS = 40_000_000L;

    private Thumbnails() {}

    /** Reads the size from the header first, so an oversized image is refused before it is decoded. */
    private static BufferedImage decode(byte[] image) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RuleViolationException("upload.image.invalid");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new RuleViolationException("upload.image.invalid");
                }
                return reader.read(0);
            } catch (IIOException e) {
                throw new RuleViolationException("upload.image.invalid");
            } finally {
                reader.dispose();
            }
        }
    }

    static byte[] jpeg(byte[] image, int maxSide) {
        try {
            BufferedImage source = decode(image);
            double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = thumbnail.createGraphics();
            try {
                graphics.setRenderingHint(
                        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
                graphics.drawImage(source, 0, 0, width, height, null);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(thumbnail, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
