/** Pages of lists, resumed by opaque cursors: how every module hands out long lists. */
package io.recouvra.shared.paging;
