package io.recouvra.shared.files.internal;

import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.StoredFile;
import io.recouvra.shared.id.CreditorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A kept file's description, as stored; its bytes are a {@link StoredFileContentRecord}. */
@Entity(name = "StoredFile")
@Table(name = "stored_file", schema = "shared")
class StoredFileRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", length = 36)
  private String tenantId;

  @Column(name = "uploaded_by", nullable = false, length = 255)
  private String uploadedBy;

  @Column(name = "original_name", nullable = false, length = 200)
  private String name;

  @Column(name = "declared_type", nullable = false, length = 100)
  private String declaredType;

  @Column(name = "detected_type", nullable = false, length = 100)
  private String detectedType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredFileRecord() {}

  StoredFileRecord(StoredFile file, String declaredType) {
    this.id = file.id().toString();
    this.tenantId = file.tenant().map(CreditorId::toString).orElse(null);
    this.uploadedBy = file.uploadedBy();
    this.name = file.name();
    this.declaredType = declaredType;
    this.detectedType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.createdAt = file.createdAt();
  }

  StoredFile view() {
    return new StoredFile(
        new FileId(UUID.fromString(id)),
        Optional.ofNullable(tenantId).map(CreditorId::of),
        uploadedBy,
        name,
        detectedType,
        size,
        sha256,
        createdAt);
  }
}
