package io.carefile.export;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A background export: who asked, for what, how far it has got, and (once written, until it
 * expires) its file.
 */
@Entity
@Table(name = "export_job")
public class ExportJob {

  @Id public UUID id;

  /** The requester's platform; null for a regulator, who sees every platform. */
  @Column(name = "platform_id", updatable = false)
  public UUID platformId;

  @Column(name = "requester_sees_all", nullable = false, updatable = false)
  public boolean requesterSeesAll;

  /** The requester's subject: only it may read the job. */
  @Column(name = "requested_by", nullable = false, updatable = false)
  public String requestedBy;

  @Column(name = "requester_name", nullable = false, updatable = false)
  public String requesterName;

  @Column(nullable = false, updatable = false)
  public String source;

  @Column(nullable = false, updatable = false)
  public String title;

  /** The list's filter as JSON of its given fields. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public String filters;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ExportState state;

  @Column(name = "rows_total", nullable = false)
  public long rowsTotal;

  @Column(name = "rows_done", nullable = false)
  public long rowsDone;

  @Column(name = "file_name", nullable = false, updatable = false)
  public String fileName;

  /** Read only for a download, never for a status. */
  @Basic(fetch = FetchType.LAZY)
  public byte[] content;

  @Column(name = "requested_at", nullable = false, updatable = false)
  public Instant requestedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Version public long version;
}
