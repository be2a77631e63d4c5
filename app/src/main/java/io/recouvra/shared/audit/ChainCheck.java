package io.recouvra.shared.audit;

import java.util.Optional;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param checkedEntries how many entries were checked
 * @param firstBrokenSequence the first entry whose hash or link does not hold, if any
 * @param headHash the hash of the last entry checked, to compare with an exported head
 */
public record ChainCheck(long checkedEntries, Optional<Long> firstBrokenSequence, String headHash) {

  public boolean intact() {
    return firstBrokenSequence.isEmpty();
  }
}
