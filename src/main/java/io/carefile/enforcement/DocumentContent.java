package io.carefile.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The bytes of a {@link RepresentationDocument}, read only when the document is downloaded. */
@Entity
@Immutable
@Table(name = "enforcement_document_content")
public class DocumentContent {

  @Id
  @Column(name = "document_id")
  public UUID documentId;

  @Column(name = "platform_id", nullable = false, updatable = false)
  public UUID platformId;

  @Column(nullable = false, updatable = false)
  public byte[] content;

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof DocumentContent that
            && documentId != null
            && Objects.equals(documentId, that.documentId);
  }

  @Override
  public int hashCode() {
    return DocumentContent.class.hashCode();
  }
}
