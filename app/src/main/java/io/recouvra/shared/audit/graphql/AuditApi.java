package io.recouvra.shared.audit.graphql;

import io.recouvra.shared.audit.AuditEntry;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.audit.ChainCheck;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.graphql.InvalidArgumentException;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** The audit log, read by compliance officers and administrators. */
@GraphQLApi
@ApplicationScoped
public class AuditApi {
  @Inject AuditLog audit;
  @Inject CurrentCaller caller;

  /** One audit entry. */
  @Type("AuditEntry")
  @Description("One command recorded in the audit log: ids and a digest, never personal data.")
  public record AuditEntryType(
      @NonNull @Description("Its position in the log, from 1, without gaps.") String sequence,
      @NonNull @Description("When the command was recorded.") Instant at,
      @NonNull @Description("Who gave the command: the account's id, or system.") String actor,
      @NonNull @Description("What was done, as module.command.") String action,
      @NonNull @Description("The ids the command touched, as Type:uuid.")
          List<@NonNull String> targets,
      @NonNull @Description("SHA-256 of the command's payload.") String payloadDigest,
      @NonNull @Description("This entry's hash, chained to the previous entry's.") String hash) {

    static AuditEntryType of(AuditEntry entry) {
      return new AuditEntryType(
          Long.toString(entry.sequence()),
          entry.at(),
          entry.actor(),
          entry.action(),
          entry.targets(),
          entry.payloadDigest(),
          entry.hash());
    }
  }

  /** A page of audit entries. */
  @Type("AuditEntryConnection")
  @Description("A page of audit entries, oldest first.")
  public record AuditEntryConnection(
      @NonNull @Description("The entries of the page.") List<@NonNull AuditEntryType> nodes,
      @NonNull @Description("Where the page stands.") PageInfo pageInfo) {}

  /** The result of checking the chain. */
  @Type("AuditChainCheck")
  @Description("Whether every entry's hash holds and links to the one before.")
  public record AuditChainCheck(
      @NonNull @Description("True when no entry was altered, removed or inserted.") boolean intact,
      @NonNull @Description("How many entries were checked.") String checkedEntries,
      @Description("The first entry that does not hold, when one does not.")
          String firstBrokenSequence,
      @NonNull @Description("The hash of the last entry checked; compare with an exported head.")
          String headHash) {}

  @Query("auditTrail")
  @Description(
      "The audit log, oldest first: compliance officers see the entries of the creditors"
          + " assigned to them, administrators every entry.")
  @Allowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
  public @NonNull AuditEntryConnection auditTrail(
      @Name("first") @DefaultValue("20") @Description("How many entries, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    int size = PageSize.of(first);
    long afterSequence = sequenceOf(after);
    List<AuditEntry> entries = audit.entries(caller.get(), afterSequence, size + 1);
    List<AuditEntryType> page = entries.stream().limit(size).map(AuditEntryType::of).toList();
    String end = page.isEmpty() ? null : page.get(page.size() - 1).sequence();
    return new AuditEntryConnection(page, new PageInfo(entries.size() > size, end));
  }

  @Query("auditChain")
  @Description("Checks the whole audit chain. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull AuditChainCheck auditChain() {
    ChainCheck check = audit.check();
    return new AuditChainCheck(
        check.intact(),
        Long.toString(check.checkedEntries()),
        check.firstBrokenSequence().map(String::valueOf).orElse(null),
        check.headHash());
  }

  private static long sequenceOf(String after) {
    if (after == null) {
      return 0;
    }
    try {
      long value = Long.parseLong(after);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException("after", "pass a pageInfo.endCursor of this list");
    }
  }
}
