/**
 * Which endpoints a consent record may be sent to. Records are evidence: an endpoint that can
 * never answer (`javascript:`, `data:`) or one anyone on the path can read and rewrite (plain
 * `http:` across the internet) is refused up front instead of being retried for ever.
 */

/** `scheme`: not an absolute http(s) URL. `insecure`: plain http to a host other than this machine. */
export type EndpointProblem = 'scheme' | 'insecure';

// Loopback names and addresses: plain http there never crosses a network.
const LOCAL_HOST = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * What is wrong with an absolute endpoint URL, or undefined when it may be used. Plain `http:` is
 * allowed for loopback hosts, and elsewhere only with `allowHttp` (the host's explicit opt-in).
 */
export const endpointProblem = (endpoint: string, allowHttp = false): EndpointProblem | undefined => {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'scheme';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return 'scheme';
  return allowHttp || LOCAL_HOST.test(url.hostname) ? undefined : 'insecure';
};

/** The endpoint as an absolute URL, resolved against `base` (the page), or undefined if unreadable. */
export const absoluteEndpoint = (endpoint: string, base?: string): string | undefined => {
  try {
    return new URL(endpoint, base).href;
  } catch {
    return undefined;
  }
};
