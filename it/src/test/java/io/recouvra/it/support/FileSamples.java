package io.recouvra.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Benign and hostile files for the upload tests, built from scratch. */
public final class FileSamples {
  private FileSamples() {}

  /**
   * A one-page PDF whose catalog carries {@code catalogExtra} and whose page shows {@code text}.
   */
  public static byte[] pdf(String catalogExtra, String text) {
    String page = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + ">>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
      "<< /Length " + page.length() + " >>\nstream\n" + page + "\nendstream"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    StringBuilder xref = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
    for (int i = 0; i < objects.length; i++) {
      xref.append(String.format("%010d 00000 n \n", pdf.length()));
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int start = pdf.length();
    pdf.append(xref).append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(start);
    pdf.append("\n%%EOF\n");
    return ascii(pdf.toString());
  }

  /** A PDF whose page stream is a Flate bomb inflating to {@code size} zero bytes. */
  public static byte[] pdfWithFlateBomb(long size) {
    byte[] bomb = deflatedZeros(size);
    byte[] head =
        ascii(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "3 0 obj\n<< /Filter /FlateDecode /Length "
                + bomb.length
                + " >>\nstream\n");
    byte[] tail = ascii("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return concat(head, bomb, tail);
  }

  /** A PNG of one IHDR declaring {@code width} x {@code height}, one IDAT and IEND. */
  public static byte[] png(long width, long height) {
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt((int) width).putInt((int) height).put((byte) 8).put((byte) 0);
    header.put((byte) 0).put((byte) 0).put((byte) 0);
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        chunk("IHDR", header.array()),
        chunk("IDAT", deflated(new byte[] {0, 0})),
        chunk("IEND", new byte[0]));
  }

  /** A real ZIP archive with one entry. */
  public static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("Payload.class"));
      zip.write(ascii("payload"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code size} zero bytes in gzip. */
  public static byte[] gzippedZeros(long size) {
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

  /** The start of a Windows executable: MZ, zeros, the PE offset. */
  public static byte[] windowsExecutable() {
    byte[] mz = new byte[256];
    mz[0] = 'M';
    mz[1] = 'Z';
    mz[60] = (byte) 0x80;
    mz[0x80] = 'P';
    mz[0x81] = 'E';
    return mz;
  }

  /** The start of a Linux executable. */
  public static byte[] elfExecutable() {
    return concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[120]);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] chunk(String type, byte[] data) {
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(ascii(type)).put(data);
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    return chunk.putInt((int) crc.getValue()).array();
  }

  private static byte[] deflated(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
      deflater.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] deflatedZeros(long size) {
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
}
