/* global window, document -- docs/consent-mode.md */
(function (a, b, o) {
  var d = document,
    s = d.currentScript,
    n = ((s && s.dataset.cookieName) || 'privacy_consent') + '=',
    t = 'ad_storage ad_user_data ad_personalization analytics_storage functionality_storage personalization_storage',
    g = [],
    c;
  d.cookie.split('; ').forEach(function (p) {
    if (!p.indexOf(n))
      try {
        c = JSON.parse(decodeURIComponent(p.slice(n.length)));
        if (typeof c.g == 'string') g = c.g.split(' ');
      } catch {
        c = 0;
      }
  });
  t.replace(/\w+/g, function (k) {
    o[k] = g.indexOf(k) < 0 ? 'denied' : 'granted';
  });
  if (!c) o.wait_for_update = 500;
  (window.dataLayer = window.dataLayer || []).push(arguments);
  if (c && d.adoptedStyleSheets) {
    (s = new window.CSSStyleSheet()).replaceSync('privacy-cookie-notice:not(:defined){display:none}');
    d.adoptedStyleSheets = d.adoptedStyleSheets.concat(s);
  }
})('consent', 'default', { security_storage: 'granted' });
