package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogPeaksTest {

  private static final List<String> G1_LOG =
      List.of(
          "[0.011s][info][gc] Using G1",
          "[1.200s][info][gc,start    ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)",
          "[1.203s][info][gc,heap     ] GC(0) Eden regions: 25->0(30)",
          "[1.203s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)"
              + " 25M->4M(256M) 3.210ms",
          "[9.000s][info][gc          ] GC(1) Pause Young (Concurrent Start)"
              + " (G1 Humongous Allocation) 310M->120M(512M) 8.000ms",
          "[9.100s][info][gc          ] GC(2) Pause Remark 130M->129M(512M) 1.000ms",
          "[20.00s][info][gc          ] GC(3) Pause Full (System.gc()) 1G->90M(1024M) 80.0ms",
          "[21.00s][info][gc          ] GC(4) Pause Young (Normal) (G1 Evacuation Pause)"
              + " 204800K->153600K(524288K) 2.000ms",
          "[30.00s][info][gc,heap,exit] garbage-first heap   total 524288K, used 300000K");

  @Test
  void keepsTheLargestHeapBeforeAndAfterThePauses() {
    GcLogPeaks peaks = GcLogPeaks.of(G1_LOG);

    assertThat(peaks.pauses()).isEqualTo(5);
    assertThat(peaks.peakBeforeMb()).isEqualTo(1024);
    assertThat(peaks.peakAfterMb()).isEqualTo(150);
    assertThat(peaks.peakCommittedMb()).isEqualTo(1024);
  }

  @Test
  void aLogWithoutPausesHasNoPeaks() {
    GcLogPeaks peaks = GcLogPeaks.of(List.of("[0.011s][info][gc] Using G1"));

    assertThat(peaks.pauses()).isZero();
    assertThat(peaks.peakBeforeMb()).isZero();
  }
}
