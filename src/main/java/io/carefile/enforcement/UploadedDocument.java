package io.carefile.enforcement;

import java.nio.file.Path;

/**
 * A document as the request uploaded it: the name and type its client gave, and where its bytes
 * wait until the request ends.
 */
public record UploadedDocument(String fileName, String declaredType, Path file, long size) {}
