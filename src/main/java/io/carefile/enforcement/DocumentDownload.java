package io.carefile.enforcement;

/** A stored document's bytes, with what a download needs to name them. */
public record DocumentDownload(
    String fileName, String contentType, String sha256, byte[] content) {}
