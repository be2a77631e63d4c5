package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void readsTotalMemoryInGibibytes() {
    List<String> meminfo = List.of("MemTotal:       24683792 kB", "MemFree:         1000 kB");

    assertThat(Machine.memTotal(meminfo)).isEqualTo("23.5 GiB");
  }

  @Test
  void readsTheFirstCpuModel() {
    List<String> cpuinfo =
        List.of("processor\t: 0", "model name\t: AMD EPYC 7B13", "model name\t: other");

    assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("AMD EPYC 7B13");
  }

  @Test
  void readsThePrettyNameOfTheSystem() {
    List<String> osRelease = List.of("NAME=\"Debian GNU/Linux\"", "PRETTY_NAME=\"Debian 12\"");

    assertThat(Machine.prettyName(osRelease)).isEqualTo("Debian 12");
    assertThat(Machine.memTotal(List.of())).isEqualTo("unknown");
  }
}
