/**
 * Documents: the one rendering service for every PDF Recouvra produces (letters, receipts,
 * statements, reports), with the creditor's letterhead, embedded fonts that cover French and the
 * page parts every document shares.
 *
 * <p>The published API is this package: the facade {@link io.recouvra.documents.Documents} and the
 * {@link io.recouvra.documents.RenderedDocument} it returns. The renderer lives in {@code
 * internal}.
 */
package io.recouvra.documents;
