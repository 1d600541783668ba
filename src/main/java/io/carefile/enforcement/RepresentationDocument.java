package io.carefile.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A document attached to representations: what it is; its bytes are a {@link DocumentContent}. */
@Entity
@Immutable
@Table(name = "enforcement_representation_document")
public class RepresentationDocument {

  @Id public UUID id;

  @Column(name = "representation_id", nullable = false, updatable = false)
  public UUID representationId;

  @Column(name = "case_id", nullable = false, updatable = false)
  public UUID caseId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public int position;

  @Column(name = "file_name", nullable = false, updatable = false)
  public String fileName;

  /** One of {@link DocumentTypes#ALLOWED}, which the bytes were found to be. */
  @Column(name = "content_type", nullable = false, updatable = false)
  public String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  public long sizeBytes;

  @Column(nullable = false, updatable = false)
  public String sha256;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof RepresentationDocument that
            && id != null
            && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return RepresentationDocument.class.hashCode();
  }
}
