/**
 * Browser tests of the portal: Debian's headless Chromium driven by Selenium, with an axe-core
 * accessibility scan run inside each page, no rule disabled. Every portal page joins these.
 */
package io.recouvra.it.browser;
