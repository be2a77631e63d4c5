package io.recouvra.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the suite's harness asks of the servers it starts on this machine. */
final class LocalServers {
  private LocalServers() {}

  /** Whether something accepts connections on {@code port} of localhost. */
  static boolean portAnswers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The last {@code count} lines of a server's log, to explain a failed start. */
  static String tail(Path log, int count) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException e) {
      return "(no " + log.getFileName() + ": " + e.getMessage() + ")";
    }
  }
}
