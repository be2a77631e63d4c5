/**
 * The documents module's renderer, on OpenPDF: the embedded fonts, the wording in each language,
 * the page parts every document shares (letterhead, addressee, title, footer with page numbers,
 * tables with amounts) and the documents built from them; private to the module.
 */
package io.recouvra.documents.internal;
