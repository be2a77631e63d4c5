/**
 * Files: uploads and documents the server produced, kept in the database so every server sees them,
 * checked by content and size before they are kept, and handed out through short-lived links signed
 * for one user and one file.
 *
 * <p>The published API is this package: the facade {@link io.recouvra.shared.files.Files}, the file
 * to keep ({@link io.recouvra.shared.files.NewFile}), the kept file's description ({@link
 * io.recouvra.shared.files.StoredFile}) and a download link ({@link
 * io.recouvra.shared.files.FileLink}). The HTTP endpoints ({@code POST /api/files}, {@code GET
 * /api/files/{id}/content}) and the checks live in {@code internal}.
 */
package io.recouvra.shared.files;
