package io.recouvra.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run was measured on, as Linux describes it.
 *
 * @param processors the processors this process may use (what {@code nproc} prints)
 * @param memory total memory from {@code /proc/meminfo}
 * @param cpuModel the first {@code model name} of {@code /proc/cpuinfo}
 * @param operatingSystem {@code PRETTY_NAME} of {@code /etc/os-release} and the kernel version
 * @param javaVersion what {@code java -version} prints for the JVM running this program, which
 *     {@code ./recouvra bench} also gives the server
 */
record Machine(
    int processors, String memory, String cpuModel, String operatingSystem, String javaVersion) {

  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memTotal(lines("/proc/meminfo")),
        cpuModel(lines("/proc/cpuinfo")),
        prettyName(lines("/etc/os-release")) + ", kernel " + System.getProperty("os.version"),
        runningJavaVersion());
  }

  /** The load averages over 1, 5 and 15 minutes from {@code /proc/loadavg}. */
  static String loadAverage() {
    return lines("/proc/loadavg").stream()
        .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3)))
        .findFirst()
        .orElse("unknown");
  }

  static String memTotal(List<String> meminfo) {
    return valueAfter(meminfo, "MemTotal:")
        .map(text -> Long.parseLong(text.replace("kB", "").trim()))
        .map(kb -> String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0))
        .orElse("unknown");
  }

  static String cpuModel(List<String> cpuinfo) {
    return cpuinfo.stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown");
  }

  static String prettyName(List<String> osRelease) {
    return valueAfter(osRelease, "PRETTY_NAME=")
        .map(name -> name.replace("\"", ""))
        .orElse("Linux");
  }

  private static Optional<String> valueAfter(List<String> lines, String key) {
    return lines.stream()
        .filter(line -> line.startsWith(key))
        .map(line -> line.substring(key.length()).trim())
        .findFirst();
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String runningJavaVersion() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    try {
      Process process =
          new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
      try (InputStream output = process.getInputStream()) {
        return new String(output.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
    } catch (IOException e) {
      return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }
  }
}
