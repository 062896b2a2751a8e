/* privacy-consent Consent Mode defaults, before any tag (docs/consent-mode.md) */
/* global window, document */
(function (w, d) {
  var s = d.currentScript,
    n = ((s && s.getAttribute('data-cookie-name')) || 'privacy_consent') + '=',
    p = d.cookie.split('; '),
    t = [
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
    ],
    o = { security_storage: 'granted' },
    g = [],
    c,
    i;
  for (i = 0; i < p.length; i++)
    if (p[i].indexOf(n) === 0)
      try {
        c = JSON.parse(decodeURIComponent(p[i].slice(n.length)));
        if (typeof c.g === 'string') g = c.g.split(' ');
      } catch {
        c = 0;
      }
  for (i = 0; i < t.length; i++) o[t[i]] = g.indexOf(t[i]) < 0 ? 'denied' : 'granted';
  if (!c) o.wait_for_update = 500;
  w.dataLayer = w.dataLayer || [];
  (function () {
    w.dataLayer.push(arguments);
  })('consent', 'default', o);
})(window, document);
