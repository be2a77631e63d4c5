package io.recouvra.shared.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the audit log.
 *
 * @param sequence its position in the log, from 1, without gaps
 * @param at when the command was recorded
 * @param actor the subject of whoever gave the command
 * @param tenant the creditor the command acted for, if any
 * @param action what was done, e.g. {@code debts.registerDebt}
 * @param targets the ids of the objects it concerned, e.g. {@code Debt:<uuid>}
 * @param payloadDigest the SHA-256 of the command's payload
 * @param previousHash the hash of the entry before it
 * @param hash this entry's hash, over all of the above
 */
public record AuditEntry(
    long sequence,
    Instant at,
    String actor,
    Optional<String> tenant,
    String action,
    List<String> targets,
    String payloadDigest,
    String previousHash,
    String hash) {

  public AuditEntry {
    targets = List.copyOf(targets);
  }

  /** The hash an entry with these values must carry. */
  public static String hashOf(
      long sequence,
      Instant at,
      String actor,
      Optional<String> tenant,
      String action,
      List<String> targets,
      String payloadDigest,
      String previousHash) {
    return Digest.of(
        sequence,
        at,
        actor,
        tenant.orElse(""),
        action,
        String.join(",", targets),
        payloadDigest,
        previousHash);
  }

  /** Whether this entry's hash matches its values and follows {@code previous}. */
  public boolean follows(String previous) {
    return previousHash.equals(previous)
        && hash.equals(
            hashOf(sequence, at, actor, tenant, action, targets, payloadDigest, previousHash));
  }
}
