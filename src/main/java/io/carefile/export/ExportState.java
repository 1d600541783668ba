package io.carefile.export;

/** Where a background export is. */
public enum ExportState {
  /** Waiting for a replica's scheduler to pick it. */
  QUEUED,
  /** Being written; its progress counts the rows done. */
  RUNNING,
  /** Written: the file can be downloaded until it expires. */
  DONE,
  /** Its source is no longer offered; nothing was written. */
  FAILED,
  /** Past its expiry: the file is deleted. */
  EXPIRED
}
