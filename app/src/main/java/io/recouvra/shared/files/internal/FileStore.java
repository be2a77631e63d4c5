package io.recouvra.shared.files.internal;

import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps files and reads them back. */
@ApplicationScoped
@Transactional
public class FileStore {
  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  /** Keeps a checked file's description and bytes in one transaction. */
  public void keep(StoredFile file, String declaredType, byte[] content) {
    em.persist(new StoredFileRecord(file, declaredType));
    em.flush();
    em.persist(new StoredFileContentRecord(file.id().toString(), content));
  }

  /** The file's description, if it exists. */
  public Optional<StoredFile> file(FileId id) {
    return Optional.ofNullable(em.find(StoredFileRecord.class, id.toString()))
        .map(StoredFileRecord::view);
  }

  /** The file's bytes, if it exists. */
  public Optional<byte[]> content(FileId id) {
    return Optional.ofNullable(em.find(StoredFileContentRecord.class, id.toString()))
        .map(StoredFileContentRecord::content);
  }
}
