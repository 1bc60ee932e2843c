/**
 * The back/forward cache keeps a page alive, frozen, when the user navigates away, and shows it
 * again as it was on Back or Forward: with the QR code and the key on screen, a signed-in user's
 * tokens in memory, to whoever sits at the computer next. `leaving` runs as the page goes into
 * the cache (what it leaves behind is what is kept), `restored` as it comes out.
 * Where the server can send `Cache-Control: no-store`, the page is mostly kept out of the cache
 * altogether; this covers the servers that do not, and browsers that cache such pages anyway.
 */
export function onBackForwardCache({ leaving, restored }: { leaving: () => void; restored: () => void }) {
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) leaving();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) restored();
  });
}
