package io.recouvra.shared.files.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A kept file's bytes (BLOB on Derby, BYTEA on PostgreSQL). */
@Entity(name = "StoredFileContent")
@Table(name = "stored_file_content", schema = "shared")
class StoredFileContentRecord {
  @Id
  @Column(name = "file_id", length = 36)
  private String fileId;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected StoredFileContentRecord() {}

  StoredFileContentRecord(String fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content.clone();
  }

  byte[] content() {
    return content.clone();
  }
}
