package io.recouvra.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema to the application's version with Liquibase when the application
 * starts, before any other start-up work touches the database. A migration lock left by a process
 * that died during a migration is released once it is older than {@code
 * recouvra.schema.stale-lock-after} (on embedded Derby, where only this process can hold it, at
 * once).
 */
@ApplicationScoped
public class SchemaMigration {
  /** Start-up observers that use the database run after this priority. */
  public static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
  private static final String CHANGELOG = "db/changelog/master.xml";

  @Resource(lookup = "jdbc/recouvra")
  DataSource dataSource;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.schema.stale-lock-after", defaultValue = "PT5M")
  Duration staleLockAfter;

  void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object start) {
    Map<String, Object> settings =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
            "liquibase.analytics.enabled",
            false);
    try (Connection connection = dataSource.getConnection()) {
      Scope.child(settings, () -> update(connection));
    } catch (Exception e) {
      throw new IllegalStateException("The database schema could not be brought up to date", e);
    }
    LOG.info("Database schema is up to date");
  }

  private void update(Connection connection) throws LiquibaseException, SQLException {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    releaseStaleLock(database, connection.getMetaData().getDatabaseProductName());
    new CommandScope(UpdateCommandStep.COMMAND_NAME)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
        .execute();
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  private void releaseStaleLock(Database database, String product) throws LiquibaseException {
    LockService locks = LockServiceFactory.getInstance().getLockService(database);
    Duration threshold = product.contains("Derby") ? Duration.ZERO : staleLockAfter;
    Instant staleBefore = clock.instant().minus(threshold);
    for (DatabaseChangeLogLock lock : locks.listLocks()) {
      if (!lock.getLockGranted().toInstant().isAfter(staleBefore)) {
        LOG.warning(
            () ->
                "Releasing a schema migration lock held since "
                    + lock.getLockGranted().toInstant());
        locks.forceReleaseLock();
      }
    }
  }
}
