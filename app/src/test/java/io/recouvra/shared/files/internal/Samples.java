package io.recouvra.shared.files.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Builds the files the content checks are tried on, benign and hostile, from scratch. */
final class Samples {
  private Samples() {}

  /** A minimal, well-formed one-page PDF whose objects are the given bodies (1 = catalog). */
  static byte[] pdf(String catalogExtra, String... extraObjects) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R " + catalogExtra + ">>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"));
    for (String extra : extraObjects) {
      objects.add(ascii(extra));
    }
    return pdfOf(objects);
  }

  /** A PDF whose objects are the given raw bodies; object 1 is the catalog. */
  static byte[] pdfOf(List<byte[]> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, ascii((i + 1) + " 0 obj\n"));
      write(out, objects.get(i));
      write(out, ascii("\nendobj\n"));
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    write(out, ascii(table.toString()));
    return out.toByteArray();
  }

  /** A stream object body: its dictionary entries, then the data. */
  static byte[] stream(String dictionary, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, ascii("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
    write(out, data);
    write(out, ascii("\nendstream"));
    return out.toByteArray();
  }

  static byte[] deflated(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflater.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code size} zero bytes deflated, written in slices so the test never holds them all. */
  static byte[] deflatedZeros(long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] slice = new byte[1 << 20];
    try (DeflaterOutputStream deflater =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      for (long written = 0; written < size; written += slice.length) {
        deflater.write(slice);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzippedZeros(long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] slice = new byte[1 << 20];
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      for (long written = 0; written < size; written += slice.length) {
        gzip.write(slice);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real ZIP archive holding one small entry. */
  static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("payload.class"));
      zip.write(ascii("not really a class"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real PNG (drawn by the JDK's ImageIO). */
  static byte[] png(int width, int height) {
    return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
  }

  /** A real JPEG (drawn by the JDK's ImageIO). */
  static byte[] jpeg(int width, int height) {
    return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
  }

  /** A PNG made of a header declaring {@code width} x {@code height}, one IDAT and IEND. */
  static byte[] pngDeclaring(long width, long height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 2);
    header.put((byte) 0).put((byte) 0).put((byte) 0);
    write(out, chunk("IHDR", header.array()));
    write(out, chunk("IDAT", deflated(new byte[64])));
    write(out, chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  /** A PNG chunk with its length and CRC. */
  static byte[] chunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(ascii(type)).put(data);
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    chunk.putInt((int) crc.getValue());
    return chunk.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      write(out, part);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] image(String format, int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, x % height, 0xff336699);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, byte[] bytes) {
    out.write(bytes, 0, bytes.length);
  }
}
